import { chromium } from '@playwright/test';
const url = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
for (let run = 0; run < 3; run++) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'v8', 'v8.wasm', 'blink.user_timing', 'loading', 'netlog', 'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.compile'] });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('app-rendered').length > 0);
  const mark = await page.evaluate(() => performance.getEntriesByName('app-rendered')[0].startTime);
  const ev = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  const nav = ev.find(e => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && e.args?.data?.documentLoaderURL?.startsWith('http'));
  const t0 = nav.ts, t1 = t0 + mark * 1000;
  const counts = {}; for (const e of ev) if (e.ph === 'X') counts[`${e.pid}:${e.tid}`] = (counts[`${e.pid}:${e.tid}`] ?? 0) + 1;
  const rm = ev.filter(e => e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain').map(e => `${e.pid}:${e.tid}`).sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0))[0];
  const main = ev.filter(e => `${e.pid}:${e.tid}` === rm && e.ph === 'X' && e.ts >= t0 - 1e4 && e.ts <= t1 + 5e3).sort((a, b) => a.ts - b.ts);
  console.log('--- run', run, 'mark', mark.toFixed(1));
  const net = ev.filter(e => e.name === 'ResourceSendRequest' && e.ts >= t0).map(e => `${((e.ts - t0) / 1000).toFixed(1)} ${e.args.data.url.split('/').pop().slice(0, 30)}`);
  const fin = ev.filter(e => e.name === 'ResourceFinish' && e.ts >= t0).map(e => `${((e.ts - t0) / 1000).toFixed(1)}`);
  console.log('requests', net.join(' | ')); console.log('finish', fin.join(' '));
  let end = 0;
  for (const e of main) {
    if (e.ts < end) continue; // only top-level
    end = e.ts + (e.dur ?? 0);
    if ((e.dur ?? 0) < 1000) continue;
    const kids = main.filter(k => k !== e && k.ts >= e.ts && k.ts + (k.dur ?? 0) <= end && (k.dur ?? 0) > 800).map(k => `${k.name}:${(k.dur / 1000).toFixed(1)}`);
    console.log(`${((e.ts - t0) / 1000).toFixed(1).padStart(7)} +${(e.dur / 1000).toFixed(1).padStart(5)} ${e.name} ${[...new Set(kids)].slice(0, 12).join(' ')}`);
  }
  await context.close();
}
await browser.close();
