import { chromium } from 'playwright-core';
const ARGS = ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
for (let i = 0; i < 3; i++) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (i === 2) await browser.startTracing(page, { path: '/tmp/trace.json', categories: ['devtools.timeline', 'v8', 'v8.wasm', 'blink', 'loading', 'toplevel', 'blink.user_timing'] });
  await page.goto('http://127.0.0.1:4321/explorer/');
  await page.waitForFunction(() => performance.getEntriesByName('app-interactive').length > 0);
  if (i === 2) await browser.stopTracing();
  await context.close();
}
await browser.close();
