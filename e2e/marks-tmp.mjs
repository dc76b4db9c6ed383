import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const rows = [];
for (let run = 0; run < 15; run++) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.goto(process.argv[2]);
  await page.waitForFunction(() => performance.getEntriesByName('app-rendered').length > 0);
  rows.push(await page.evaluate(() => {
    const m = (n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN;
    const r = performance.getEntriesByType('resource');
    const w = r.find(x => x.name.endsWith('.wasm')); const j = r.find(x => x.name.endsWith('.js')); const c = r.find(x => x.name.endsWith('.css'));
    const nav = performance.getEntriesByType('navigation')[0];
    return { html: nav.responseEnd, dcl: nav.domContentLoadedEventStart, css: c?.responseEnd, js: j?.responseEnd, wasm: w?.responseEnd, main: m('t-main'), loaded: m('t-loaded'), model: m('t-model'), rendered: m('app-rendered') };
  }));
  await context.close();
}
const med = (k) => { const s = rows.map(r => r[k]).sort((a, b) => a - b); return s[s.length >> 1].toFixed(1); };
console.log(Object.keys(rows[0]).map(k => `${k}=${med(k)}`).join(' '));
await browser.close();
