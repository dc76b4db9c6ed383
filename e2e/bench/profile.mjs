// CPU profile of the keystroke script at 3 delegations (bench build), grouped by where the
// time goes: WASM, the JS glue, browser work (style, layout, DOM, GC) or idle.
// Usage: node bench/profile.mjs ORIGIN   (ORIGIN serves /explorer-bench/, as in run.mjs)
import { chromium } from '@playwright/test';
import { QUERIES, CHROMIUM_ARGS } from './script.mjs';

const [origin] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const page = await browser.newPage();
await page.goto(`${origin}/explorer-bench/${process.argv[3] ?? ''}`);
await page.waitForSelector('article.card', { timeout: 120_000 });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.evaluate(async (queries) => {
  const input = document.querySelector('input[type=search]');
  const macrotask = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
  for (let rep = 0; rep < 5; rep += 1) {
    for (const q of queries) {
      for (let i = 1; i <= q.length; i += 1) {
        input.value = q.slice(0, i);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await macrotask();
        void document.body.offsetHeight;
      }
    }
  }
}, QUERIES);
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
profile.samples.forEach((id, i) => { self.set(id, (self.get(id) ?? 0) + (dt[i + 1] ?? 0)); });
const groups = {};
for (const [id, us] of self) {
  const f = byId.get(id).callFrame;
  const g = f.url.startsWith('wasm://') || f.functionName.startsWith('wasm-function') || f.functionName.startsWith('$') ? 'wasm'
    : /cqtw-explorer.*\.js/.test(f.url) ? `js glue: ${f.functionName || '(anonymous)'}`
    : f.functionName.startsWith('(') ? f.functionName : `other: ${f.functionName}`;
  groups[g] = (groups[g] ?? 0) + us / 1000;
}
const total = Object.values(groups).reduce((a, b) => a + b, 0);
const rows = Object.entries(groups).sort((a, b) => b[1] - a[1]).slice(0, 14);
for (const [g, ms] of rows) console.log(`${ms.toFixed(1).padStart(8)} ms ${(100 * ms / total).toFixed(1).padStart(5)}%  ${g}`);
await browser.close();
