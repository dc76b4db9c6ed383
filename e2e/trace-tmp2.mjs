import { chromium } from '@playwright/test';
const url = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const groups = {};
const N = 6;
for (let run = 0; run < N; run++) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url.replace(/\/explorer\/.*/, '/explorer/robots.txt'));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('app-rendered').length > 0);
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const us = dt[i + 1] ?? 0;
    const f = byId.get(id).callFrame;
    const name = f.functionName || '(anon)';
    const isWasm = f.url.startsWith('wasm://') || name.startsWith('$');
    const g = isWasm ? 'wasm: ' + name : /cqtw-explorer.*\.js/.test(f.url) ? `js glue: ${name}` : name.startsWith('(') ? name : `other: ${name} ${f.url.slice(-30)}`;
    groups[g] = (groups[g] ?? 0) + us / 1000 / N;
  });
  await context.close();
}
const total = Object.values(groups).reduce((a, b) => a + b, 0);
const wasmTotal = Object.entries(groups).filter(([g]) => g.startsWith('wasm')).reduce((a, [, b]) => a + b, 0);
console.log('total', total.toFixed(1), 'wasm', wasmTotal.toFixed(1));
for (const [g, ms] of Object.entries(groups).sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${ms.toFixed(2).padStart(8)} ms  ${g}`);
await browser.close();
