// Browser measurements for `cargo xtask bench` (not a test: it asserts nothing and prints
// one JSON object that xtask turns into the report). Usage:
//   node bench/run.mjs ORIGIN DIST_DIR
// ORIGIN serves the release build at /explorer/ and the bench build at /explorer-bench/,
// compressed like a CDN (e2e/serve.mjs). DIST_DIR is the release build on disk.
// BENCH_LOADS sets the counted cold loads of each page (15).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from '@playwright/test';
import { QUERIES, CHROMIUM_ARGS } from './script.mjs';

const [origin, distDir] = process.argv.slice(2);
const LOADS = Number(process.env.BENCH_LOADS ?? 15);
const SIZES = [3, 1000, 10000];
// The link with a query whose cold load is timed beside the default view's: the app mounts
// the view it asks for (the prerendered default view is hidden), so its first cards and its
// `app-interactive` both come from the WASM.
const LINK = '?q=taiwan';
const ARGS = [...CHROMIUM_ARGS, '--enable-precise-memory-info'];

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length });

function transfer() {
  const html = fs.readFileSync(path.join(distDir, 'index.html'), 'utf8');
  // The files the page loads: those it names, less the service worker (`sw.js`, named by the
  // page's Trusted Types policy), which the app registers after the load event, in the
  // background; it is not part of what the reader waits for.
  const named = (f) => /\.(js|wasm|css)$/.test(f) && f !== 'sw.js' && html.includes(f);
  const files = ['index.html', ...fs.readdirSync(distDir).filter(named), 'manifest.webmanifest'];
  return files.map((f) => {
    const raw = fs.readFileSync(path.join(distDir, f));
    return {
      file: f.replace(/-[0-9a-f]{16}/, ''),
      raw: raw.length,
      gzip: zlib.gzipSync(raw, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
}

// Start-up phases of the app, in milliseconds from navigation start: when each file had
// arrived (resource timing) and the page's marks: `app-rendered` when the first cards are in
// the DOM (set by the page as it parses the cards the build prerendered, or by the app when
// it renders them itself), the others by the app (src/ui.rs).
const PHASES = ['html', 'css', 'js', 'wasm', 'app-start', 'app-data', 'app-rendered', 'app-interactive'];

// One cold load of `url` (cache disabled): the page's marks and when each file arrived.
async function coldLoad(browser, url, interactive) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('app-rendered').length > 0, null, { timeout: 30_000 });
  if (interactive) {
    await page.waitForFunction(() => performance.getEntriesByName('app-interactive').length > 0, null, { timeout: 30_000 });
  }
  const at = await page.evaluate(() => {
    const files = performance.getEntriesByType('resource');
    const arrived = (ext) => files.find((r) => new URL(r.name).pathname.endsWith(ext))?.responseEnd ?? null;
    const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
    return { html: performance.getEntriesByType('navigation')[0].responseEnd, css: arrived('.css'), js: arrived('.js'),
      wasm: arrived('.wasm'), 'app-start': mark('app-start'), 'app-data': mark('app-data'),
      'app-rendered': mark('app-rendered'), 'app-interactive': mark('app-interactive') };
  });
  await context.close();
  return at;
}

// Cold loads of the app's default view, the floor page and the app opened by a link with a
// query, measured the same way and taking turns (the order rotating each round), so that a
// change in the shared machine's load hits all alike. One load of each comes first and is
// not counted: the browser's own first-use work (a renderer process, its code caches) would
// otherwise land on whichever page went first.
async function coldLoads(browser, appUrl, floorUrl) {
  const urls = { app: appUrl, floor: floorUrl, linked: `${appUrl}${LINK}` };
  const pages = Object.keys(urls);
  const isApp = (which) => which !== 'floor';
  const runs = Object.fromEntries(pages.map((which) => [which, []]));
  for (const which of pages) await coldLoad(browser, urls[which], isApp(which));
  for (let i = 0; i < LOADS; i += 1) {
    const turn = i % pages.length;
    for (const which of [...pages.slice(turn), ...pages.slice(0, turn)]) {
      runs[which].push(await coldLoad(browser, urls[which], isApp(which)));
    }
  }
  const summary = (list, interactive) => {
    const phases = Object.fromEntries(PHASES.map((p) => [p, list.map((at) => at[p]).filter((t) => t !== null)])
      .filter(([, ts]) => ts.length).map(([p, ts]) => [p, median(ts)]));
    return { ...stats(list.map((at) => at['app-rendered'])),
      ...(interactive ? { interactive: stats(list.map((at) => at['app-interactive'])) } : {}), phases };
  };
  return { app: summary(runs.app, true), floor: summary(runs.floor, false),
    linked: { query: LINK, ...summary(runs.linked, true) } };
}

async function makeFloorPage(browser) {
  const page = await browser.newPage({ serviceWorkers: 'block' });
  await page.goto(`${origin}/explorer/`);
  // The whole page, including the sections the app builds after its first paint.
  await page.waitForSelector('#article');
  let html = await page.evaluate(() => document.documentElement.outerHTML);
  await page.close();
  html = html
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<link[^>]+rel="?(modulepreload|preload)"?[^>]*>/g, '')
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
  html = `<!doctype html>${html.replace('</body>', '<script>performance.mark("app-rendered")</script></body>')}`;
  fs.writeFileSync(path.join(distDir, 'floor.html'), html);
  return `${origin}/explorer/floor.html`;
}

async function openBench(browser, size) {
  const context = await browser.newContext({ bypassCSP: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  const q = size === 3 ? '' : `?bench-size=${size}`;
  await page.goto(`${origin}/explorer-bench/${q}`);
  await page.waitForSelector('article.card', { timeout: 120_000 });
  return { context, page };
}

async function keystrokes(page) {
  return page.evaluate(async (queries) => {
    const input = document.querySelector('input[type=search]');
    const macrotask = () => new Promise((resolve) => { const c = new MessageChannel(); c.port1.onmessage = resolve; c.port2.postMessage(0); });
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const ready = [];
    const nextFrame = [];
    for (const query of queries) {
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await macrotask();
      await frame();
      for (let i = 1; i <= query.length; i += 1) {
        const t0 = performance.now();
        input.value = query.slice(0, i);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await macrotask(); // the app's effects have run: the DOM is updated
        void document.body.offsetHeight; // style and layout: the frame is ready to paint
        ready.push(performance.now() - t0);
        await frame();
        nextFrame.push(performance.now() - t0);
      }
    }
    return { ready, nextFrame };
  }, QUERIES);
}

async function compareSearch(page) {
  const base = `${origin}/explorer-bench/lib`;
  return page.evaluate(async ({ base, queries }) => {
    const { default: MiniSearch } = await import(`${base}/minisearch.js`);
    const { default: Fuse } = await import(`${base}/fuse.mjs`);
    const docs = JSON.parse(window.wasmBindings.bench_corpus());
    const mini = new MiniSearch({ fields: ['name', 'leader', 'rest'], storeFields: ['id'],
      searchOptions: { prefix: true, fuzzy: 0.2, combineWith: 'AND', boost: { name: 12, leader: 10 } } });
    mini.addAll(docs);
    const fuse = new Fuse(docs, { keys: ['name', 'leader', 'rest'], threshold: 0.3 });
    const prefixes = queries.flatMap((q) => [...q].map((_, i) => q.slice(0, i + 1))).filter((q) => q.trim().length > 0);
    const time = (fn, reps) => { const ts = []; for (let r = 0; r < reps; r += 1) { const t0 = performance.now(); fn(); ts.push(performance.now() - t0); } ts.sort((a, b) => a - b); return ts[ts.length >> 1]; };
    const ours = [], ms = [], fu = [], agreement = [], jaccard = [];
    for (const q of prefixes) {
      ours.push(time(() => window.wasmBindings.bench_query(q), 7));
      ms.push(time(() => mini.search(q), 7));
      fu.push(time(() => fuse.search(q, { limit: 10 }), 1));
      const a = window.wasmBindings.bench_query(q).split('\n').filter(Boolean);
      const b = mini.search(q).slice(0, 10).map((r) => r.id);
      const denom = Math.min(10, Math.max(a.length, b.length));
      if (denom > 0) agreement.push(a.filter((x) => b.includes(x)).length / denom);
      const all = new Set(window.wasmBindings.bench_all(q).split('\n').filter(Boolean));
      const theirs = mini.search(q).map((r) => r.id);
      const union = new Set([...all, ...theirs]);
      if (union.size > 0) jaccard.push(theirs.filter((x) => all.has(x)).length / union.size);
    }
    const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
    return { queries: prefixes.length, ours, minisearch: ms, fuse: fu, agreement: mean(agreement), sets: mean(jaccard) };
  }, { base, queries: QUERIES });
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
const out = { transfer: transfer(), keystrokes: {}, queries: QUERIES };
const floorUrl = await makeFloorPage(browser);
out.coldLoad = await coldLoads(browser, `${origin}/explorer/`, floorUrl);
for (const size of SIZES) {
  const { context, page } = await openBench(browser, size);
  const k = await keystrokes(page);
  out.keystrokes[size] = { ready: stats(k.ready), nextFrame: stats(k.nextFrame) };
  if (size === 10000) {
    out.memory = await page.evaluate(() => ({ wasm: window.wasmBindings.bench_wasm_memory(), jsHeap: performance.memory?.usedJSHeapSize ?? null }));
    const cmp = await compareSearch(page);
    out.search = { size, queries: cmp.queries, ours: stats(cmp.ours), minisearch: stats(cmp.minisearch), fuse: stats(cmp.fuse), agreement: cmp.agreement, sets: cmp.sets };
  }
  await context.close();
}
await browser.close();
console.log(JSON.stringify(out));
