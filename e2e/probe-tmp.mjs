import { chromium } from 'playwright-core';
const ARGS = ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
const res = { app: [], floor: [], live: [] };
const detail = [];
const N = Number(process.argv[2] ?? 12);
for (let i = 0; i < N; i++) for (const [k, url] of [['app', 'http://127.0.0.1:4321/explorer/'], ['floor', 'http://127.0.0.1:4321/explorer/floor.html']]) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('app-rendered').length > 0);
  if (k === 'app') await page.waitForFunction(() => performance.getEntriesByName('app-interactive').length > 0);
  const r = await page.evaluate(() => { const res = (e) => performance.getEntriesByType('resource').find(r => r.name.endsWith(e)); const m = (n) => performance.getEntriesByName(n)[0]?.startTime; return { t: m('app-rendered'), live: m('app-interactive'),
    css: res('.css')?.responseEnd, js: res('.js')?.responseEnd, wasm: res('.wasm')?.responseEnd, start: m('app-start'),
    dcl: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd }; });
  res[k].push(r.t); if (k === 'app') { detail.push(r); res.live.push(r.live); }
  await context.close();
}
const med = (a) => { const s = [...a].sort((x, y) => x - y); return s[s.length >> 1]; };
console.log('app', med(res.app).toFixed(1), 'floor', med(res.floor).toFixed(1), 'ratio', (med(res.app) / med(res.floor)).toFixed(2), 'live', med(res.live).toFixed(1));
for (const k of ['css', 'js', 'wasm', 't', 'dcl', 'start', 'live']) console.log(k, med(detail.map(d => d[k])).toFixed(1));
await browser.close();
