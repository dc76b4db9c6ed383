// A/B of two builds on a noisy machine (not a test, not part of `cargo xtask bench`): cold
// loads (cache disabled) and the keystroke script's ready-to-paint times, the two builds
// alternating load by load so that a change in the machine's load hits both alike.
// Usage: node bench/ab.mjs ORIGIN [PAIRS]   ORIGIN serves the builds at /old/ and /new/
// (e.g. `cargo xtask dist --public-url /old/` in a worktree of the earlier commit).
import { chromium } from '@playwright/test';
import { QUERIES, CHROMIUM_ARGS } from './script.mjs';
const [origin, n] = [process.argv[2], Number(process.argv[3] ?? 20)];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const res = { old: { load: [], key: [] }, new: { load: [], key: [] } };
for (let i = 0; i < n; i += 1) {
  for (const v of (i % 2 ? ['old', 'new'] : ['new', 'old'])) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.goto(`${origin}/${v}/`);
    await page.waitForFunction(() => performance.getEntriesByName('app-rendered').length > 0);
    res[v].load.push(await page.evaluate(() => performance.getEntriesByName('app-rendered')[0].startTime));
    await page.waitForTimeout(300);
    const ready = await page.evaluate(async (queries) => {
      const input = document.querySelector('input[type=search]');
      const macrotask = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      const out = [];
      for (const q of queries) {
        input.value = ''; input.dispatchEvent(new Event('input', { bubbles: true })); await macrotask(); await frame();
        for (let k = 1; k <= q.length; k += 1) {
          const t0 = performance.now();
          input.value = q.slice(0, k); input.dispatchEvent(new Event('input', { bubbles: true }));
          await macrotask(); void document.body.offsetHeight; out.push(performance.now() - t0); await frame();
        }
      }
      return out;
    }, QUERIES);
    res[v].key.push(...ready);
    await context.close();
  }
}
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
for (const v of ['old', 'new']) console.log(v, 'cold load median', med(res[v].load).toFixed(1), 'ms (n=' + res[v].load.length + ')', 'keystroke ready median', med(res[v].key).toFixed(2), 'ms (n=' + res[v].key.length + ')');
await browser.close();
