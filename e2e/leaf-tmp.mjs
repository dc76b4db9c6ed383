import { chromium } from '@playwright/test';
const url = process.argv[2]; const filt = new RegExp(process.argv[3] ?? 'cqtw_explorer');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const incl = {}; const N = 10; let totalRender = 0;
for (let run = 0; run < N; run++) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url + 'robots.txt');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 50 }); await cdp.send('Profiler.start');
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('app-rendered').length > 0);
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const us = dt[i + 1] ?? 0; const names = new Set();
    let under = false; for (let n = id; n !== undefined; n = parent.get(n)) { if (byId.get(n).callFrame.functionName === 'main') under = true; }
    if (under) { const f = byId.get(id).callFrame; names.add((f.url.includes('.wasm') ? 'W ' : f.url.includes('.js') ? 'JS ' : 'B ') + f.functionName.replace(/::h[0-9a-f]{16}$/, '')); }
    for (const nm of names) incl[nm] = (incl[nm] ?? 0) + us / 1000 / N;
  });
  await context.close();
}
for (const [g, ms] of Object.entries(incl).sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(`${ms.toFixed(2).padStart(8)} ms  ${g.slice(0, 150)}`);
await browser.close();
