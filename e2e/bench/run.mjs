// Browser measurements for `cargo xtask bench` (not a test: it asserts nothing and prints
// one JSON object that xtask turns into the report). Usage:
//   node bench/run.mjs ORIGIN DIST_DIR
// ORIGIN serves the release build at /explorer/ and the bench build at /explorer-bench/,
// compressed like a CDN (e2e/serve.mjs). DIST_DIR is the release build on disk.
// Bytes are counted as that server sends them (`encoded`, from serve.mjs), in both encodings
// a browser asks for: brotli and gzip. For the release build they are the `.br` (quality 11)
// and `.gz` (level 9) files the build writes beside each file; a file without them (the
// peers' pages) is compressed at the same levels, and a file of a type that is not
// compressed (Pagefind's index, compressed already) counts as it is.
// BENCH_LOADS sets the counted cold loads of each page (15); BENCH_SIZES the bench build's
// sizes whose keystrokes are timed (3,1000,10000; empty: none, for a quick look at the rest).
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { encoded } from '../serve.mjs';
import { QUERIES, CHROMIUM_ARGS } from './script.mjs';
import { FIRST_ANSWER, FIRST_QUERY, PROFILES, coldLoad, median, stats, throttledPage, typer } from './load.mjs';
import { buildPeers } from './peers.mjs';

const [origin, distDir] = process.argv.slice(2);
const LOADS = Number(process.env.BENCH_LOADS ?? 15);
const SIZES = (process.env.BENCH_SIZES ?? '3,1000,10000').split(',').filter(Boolean).map(Number);
// The link with a query whose cold load is timed beside the default view's: the app mounts
// the view it asks for (the prerendered default view is hidden), so its first cards and its
// `app-interactive` both come from the WASM.
const LINK = '?q=taiwan';
// The delegation whose own page the bench loads (a shared card link).
const DELEGATION = 'taiwan-business-and-construction-association';
const ARGS = [...CHROMIUM_ARGS, '--enable-precise-memory-info'];


function transfer() {
  const html = fs.readFileSync(path.join(distDir, 'index.html'), 'utf8');
  // The files the page loads: those it names, less the service worker (`sw.js`) and the
  // exports worker (`exports-worker.js`), both named only by the page's Trusted Types
  // policy: the app registers the one after the load event, in the background, and starts the
  // other when a reader asks for a download, a QR code or "did you mean". Neither is part of
  // what the reader waits for.
  const later = ['sw.js', 'exports-worker.js'];
  const named = (f) => /\.(js|wasm|css)$/.test(f) && !later.includes(f) && html.includes(f);
  const files = ['index.html', ...fs.readdirSync(distDir).filter(named), 'manifest.webmanifest'];
  return files.map((f) => {
    const file = path.join(distDir, f);
    return { file: f.replace(/-[0-9a-f]{16}/, ''), raw: fs.statSync(file).size, ...served(file) };
  });
}

/** The bytes the server sends for `file` to a browser that accepts brotli, and to one that
 * accepts gzip only. */
function served(file) {
  return { brotli: encoded(file, 'br').length, gzip: encoded(file, 'gzip').length };
}

// Start-up phases of the app, in milliseconds from navigation start: when each file had
// arrived (resource timing) and the page's marks: `app-rendered` when the first cards are in
// the DOM (set by the page as it parses the cards the build prerendered, or by the app when
// it renders them itself), the others by the app (src/ui.rs).
const PHASES = ['html', 'css', 'js', 'wasm', 'app-start', 'app-data', 'app-rendered', 'app-interactive'];

/** The bytes as served (`{ brotli, gzip }`) of the files behind `urls` (the site's files on
 * disk, by path), each request counted: the static server sends the whole file every time
 * (no revalidation). */
function servedOf(urls, siteDir) {
  return urls.map((u) => decodeURIComponent(new URL(u).pathname)).reduce((sum, f) => {
    const file = path.join(siteDir, f.endsWith('/') ? `${f}index.html` : f);
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) return sum;
    const bytes = served(file);
    return { brotli: sum.brotli + bytes.brotli, gzip: sum.gzip + bytes.gzip };
  }, { brotli: 0, gzip: 0 });
}

/** Every file the page fetched so far, the page itself first, with who asked for it. */
const fetched = (page) => page.evaluate(() => [{ name: performance.getEntriesByType('navigation')[0].name, by: 'navigation' },
  ...performance.getEntriesByType('resource').map((r) => ({ name: r.name, by: r.initiatorType }))]);

// What a variant transfers (unthrottled, cache disabled): its first load, every file it
// fetches until the network is idle; then, once the first query is typed and answered, the
// files its scripts fetched for the search (Pagefind fetches its index in chunks, on demand).
// A file the browser asks for by itself later (the icon) counts in the first load.
async function transferOf(browser, variant, siteDir) {
  const { context, page } = await throttledPage(browser, 'none');
  await page.goto(variant.url, { waitUntil: 'networkidle', timeout: 60_000 });
  const before = (await fetched(page)).length;
  if (variant.kind !== 'floor') {
    await page.evaluate(typer, { kind: variant.kind, query: FIRST_QUERY, answer: FIRST_ANSWER });
    await page.waitForFunction(() => performance.getEntriesByName('first-answer').length > 0, null, { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
  }
  const all = await fetched(page);
  const bySearch = (f, i) => i >= before && ['fetch', 'script', 'xmlhttprequest'].includes(f.by);
  const first = all.filter((f, i) => !bySearch(f, i)).map((f) => f.name);
  const after = all.filter(bySearch).map((f) => f.name);
  await context.close();
  return { first: servedOf(first, siteDir), requests: first.length, afterSearch: servedOf(after, siteDir), requestsAfterSearch: after.length };
}

// Cold loads of every variant under one profile, taking turns (the order rotating each
// round), so that a change in the shared machine's load hits all alike. One load of each
// comes first and is not counted: the browser's own first-use work (a renderer process, its
// code caches) would otherwise land on whichever page went first.
async function coldLoads(browser, variants, profile) {
  const names = Object.keys(variants);
  const runs = Object.fromEntries(names.map((n) => [n, []]));
  for (const n of names) await coldLoad(browser, variants[n], profile);
  for (let i = 0; i < LOADS; i += 1) {
    const turn = i % names.length;
    for (const n of [...names.slice(turn), ...names.slice(0, turn)]) runs[n].push(await coldLoad(browser, variants[n], profile));
  }
  return Object.fromEntries(names.map((n) => {
    const list = runs[n];
    const phases = Object.fromEntries(PHASES.map((p) => [p, list.map((at) => at[p]).filter((t) => t !== null)])
      .filter(([, ts]) => ts.length).map(([p, ts]) => [p, median(ts)]));
    const answers = list.map((at) => at['first-answer']).filter((t) => t !== null);
    return [n, { ...stats(list.map((at) => at['app-rendered'])),
      ...(answers.length ? { answer: stats(answers) } : {}),
      ...(n === 'app' || n === 'linked' ? { interactive: stats(list.map((at) => at['app-interactive'])) } : {}),
      phases }];
  }));
}

// The query script on a variant's own page (3 delegations) under a profile: each query typed
// one character at a time; a keystroke's time runs from its input event to its answer: for
// ours and the MiniSearch page (whose input handlers answer synchronously) the DOM updated,
// style and layout done; for Pagefind (which answers after its debounce, asynchronously) its
// results message naming the text typed. Also the cards (ids, in order) each full query shows.
async function queryScript(browser, variant, profile) {
  const { context, page } = await throttledPage(browser, profile);
  await page.goto(variant.url, { timeout: 60_000 });
  const pagefind = variant.kind === 'pagefind';
  await page.waitForFunction((pf) => (pf ? document.querySelector('.pagefind-ui__search-input')
    : performance.getEntriesByName('app-interactive').length > 0), pagefind, { timeout: 60_000 });
  const result = await page.evaluate(async ({ queries, pf }) => {
    const input = document.querySelector(pf ? '.pagefind-ui__search-input' : 'input[type=search]');
    const macrotask = () => new Promise((resolve) => { const c = new MessageChannel(); c.port1.onmessage = resolve; c.port2.postMessage(0); });
    const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
    const message = () => document.querySelector('.pagefind-ui__message')?.textContent ?? '';
    const ids = () => (pf ? [...document.querySelectorAll('.pagefind-ui__result-link')].map((a) => a.hash.slice(1))
      : [...document.querySelectorAll('#results article.card')].filter((c) => c.checkVisibility({ visibilityProperty: true })).map((c) => c.id));
    const answer = async (typed) => {
      if (!pf) { await macrotask(); void document.body.offsetHeight; return; }
      // Its message names the text ("2 results for fuling"), then each result's link comes
      // once its fragment has loaded (it shows at most five at first).
      const want = typed.trim();
      const deadline = performance.now() + 5000;
      const done = () => {
        const m = message();
        if (!m.endsWith(` ${want}`)) return false;
        const n = /^\d+/.test(m) ? Math.min(5, Number(m.match(/^\d+/)[0])) : 0;
        return document.querySelectorAll('.pagefind-ui__result-link').length === n;
      };
      while (want && !done() && performance.now() < deadline) await sleep(2);
      if (want && !done()) timedOut += 1;
    };
    const times = [];
    const shown = {};
    let timedOut = 0;
    for (const query of queries) {
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await sleep(pf ? 400 : 20);
      for (let i = 1; i <= query.length; i += 1) {
        const t0 = performance.now();
        input.value = query.slice(0, i);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await answer(input.value);
        times.push(performance.now() - t0);
      }
      shown[query] = ids();
    }
    return { times, shown, timedOut };
  }, { queries: QUERIES, pf: pagefind });
  await context.close();
  return result;
}

// The first visit with the service worker allowed: every request, by the page and by the
// worker, until the worker is active; which of them the network answered (a request the
// browser's HTTP cache answered transfers nothing: Playwright reports a body size of zero or
// less for it); and when the worker started against when the app became interactive.
async function firstVisit(browser, url, siteDir) {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const requests = [];
  const at = new Map();
  context.on('request', (r) => at.set(r, Date.now()));
  context.on('requestfinished', async (r) => {
    const sizes = await r.sizes().catch(() => ({ responseBodySize: 1 }));
    requests.push({ url: r.url(), worker: Boolean(r.serviceWorker()), network: sizes.responseBodySize > 0, at: at.get(r) });
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('app-interactive').length > 0, null, { timeout: 60_000 });
  const interactiveAt = await page.evaluate(() => performance.timeOrigin + performance.getEntriesByName('app-interactive')[0].startTime);
  const active = await page.evaluate(() => Promise.race([
    navigator.serviceWorker.ready.then(() => true), new Promise((r) => setTimeout(() => r(false), 20_000))]));
  await page.waitForTimeout(500);
  await context.close();
  const part = (list) => {
    const sent = list.filter((r) => r.network);
    return { requests: list.length, fromNetwork: sent.length, ...servedOf(sent.map((r) => r.url), siteDir),
      files: [...new Set(list.map((r) => new URL(r.url).pathname.split('/').pop() || 'index.html'))].sort() };
  };
  const registered = requests.find((r) => new URL(r.url).pathname.endsWith('/sw.js'));
  return {
    active,
    ...part(requests),
    page: part(requests.filter((r) => !r.worker)),
    worker: part(requests.filter((r) => r.worker)),
    registeredAfterInteractiveMs: registered ? registered.at - interactiveAt : null,
  };
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
const siteDir = path.dirname(distDir);
const out = { transfer: transfer(), keystrokes: {}, queries: QUERIES, firstQuery: FIRST_QUERY, profiles: {}, queryScript: {}, quality: {} };
out.peers = await buildPeers(browser, origin, '/explorer/', distDir);
const variants = { app: { kind: 'app', url: `${origin}/explorer/` }, linked: { kind: 'app', url: `${origin}/explorer/${LINK}` } };
for (const name of ['floor', 'minisearch', 'pagefind']) {
  if (out.peers[name].page) variants[name] = { kind: name, url: `${origin}/explorer/${out.peers[name].page}` };
}
for (const profile of Object.keys(PROFILES)) {
  process.stderr.write(`    cold loads, profile ${profile}\n`);
  out.profiles[profile] = await coldLoads(browser, variants, profile);
  if (profile === 'none') {
    for (const name of Object.keys(variants)) out.profiles.none[name].transfer = await transferOf(browser, variants[name], siteDir);
  }
  out.queryScript[profile] = {};
  for (const name of ['app', 'minisearch', 'pagefind'].filter((n) => variants[n])) {
    const r = await queryScript(browser, variants[name], profile);
    out.queryScript[profile][name] = { ...stats(r.times), timedOut: r.timedOut };
    if (profile === 'none') for (const [q, ids] of Object.entries(r.shown)) (out.quality[q] ??= {})[name] = ids;
  }
}
// A delegation's own page (what a shared card link opens): what its first load transfers.
out.delegationPage = await transferOf(browser, { kind: 'floor', url: `${origin}/explorer/delegations/${DELEGATION}/` }, siteDir);
// The tables that came before the profiles read these: the unthrottled loads.
out.coldLoad = { app: out.profiles.none.app, floor: out.profiles.none.floor, linked: { query: LINK, ...out.profiles.none.linked } };
out.firstVisit = await firstVisit(browser, `${origin}/explorer/`, siteDir);
for (const size of SIZES) {
  const { context, page } = await openBench(browser, size);
  const k = await keystrokes(page);
  out.keystrokes[size] = { ready: stats(k.ready), nextFrame: stats(k.nextFrame) };
  if (size === 3) {
    // The card corpus itself: the three delegations' texts, the queries of the script.
    const cmp = await compareSearch(page);
    out.searchCards = { size, queries: cmp.queries, agreement: cmp.agreement, sets: cmp.sets };
  }
  if (size === 10000) {
    out.memory = await page.evaluate(() => ({
      wasm: window.wasmBindings.bench_wasm_memory(),
      jsHeap: performance.memory?.usedJSHeapSize ?? null,
      index: window.wasmBindings.bench_index_bytes(),
      scopeIndex: window.wasmBindings.bench_scope_index_bytes(),
    }));
    const cmp = await compareSearch(page);
    out.search = { size, queries: cmp.queries, ours: stats(cmp.ours), minisearch: stats(cmp.minisearch), fuse: stats(cmp.fuse), agreement: cmp.agreement, sets: cmp.sets };
  }
  await context.close();
}
await browser.close();
console.log(JSON.stringify(out));
