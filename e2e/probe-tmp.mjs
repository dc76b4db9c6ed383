import { chromium } from 'playwright-core';
import fs from 'node:fs';
const ARGS = ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
const url = process.argv[2];
for (let i = 0; i < 3; i++) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (i === 2) await browser.startTracing(page, { path: '/tmp/trace.json', categories: ['devtools.timeline', 'v8', 'v8.wasm', 'disabled-by-default-v8.compile', 'blink', 'loading', 'toplevel', 'disabled-by-default-devtools.timeline'] });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('app-rendered').length > 0);
  if (i === 2) await browser.stopTracing();
  await context.close();
}
await browser.close();
const ev = JSON.parse(fs.readFileSync('/tmp/trace.json')).traceEvents;
const threads = {};
for (const e of ev) if (e.name === 'thread_name') threads[`${e.pid}:${e.tid}`] = e.args.name;
const main = ev.filter(e => threads[`${e.pid}:${e.tid}`] === 'CrRendererMain' && e.ph === 'X');
const nav = ev.find(e => e.name === 'navigationStart' || e.name === 'NavigationTiming')?.ts ?? Math.min(...main.map(e => e.ts));
const t0 = Math.min(...main.map(e => e.ts));
// top-level: events not contained in another on the same thread
main.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
let end = 0; const top = [];
for (const e of main) { if (e.ts >= end) { top.push(e); end = e.ts + (e.dur || 0); } }
for (const e of top.filter(e => e.dur > 500)) console.log(((e.ts - t0) / 1000).toFixed(1), (e.dur / 1000).toFixed(1), e.name, JSON.stringify(e.args?.data?.url ?? e.args?.data?.functionName ?? '').slice(0, 60));
const agg = {};
for (const e of main) agg[e.name] = (agg[e.name] ?? 0) + (e.dur || 0);
console.log(Object.entries(agg).sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`).join('\n'));
