// A/B of builds on the slow phone (not a test, not part of `cargo xtask bench`): what a change
// buys a reader, measured the bench's way. The builds' cold loads alternate, the order reversed
// every round, so that a change in the shared machine's load hits them alike. Used to decide
// hand work (ARCHITECTURE.md, "Hand work and what it buys"; docs/bench.md).
//
// Usage: node bench/ab.mjs ORIGIN SITE_ROOT LOADS VARIANT...
//   SITE_ROOT holds each variant's release build in a folder of its name, built for that path
//   (`cargo xtask dist --public-url /<variant>/`, then dist/ copied to SITE_ROOT/<variant>/);
//   ORIGIN serves SITE_ROOT like a CDN (`node serve.mjs SITE_ROOT PORT`).
// Prints one JSON object (every load, the medians, each variant's bytes as served) on stdout
// and a summary table on stderr. The first variant is the base the others are compared with,
// load by load (each round's difference, then their median).
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { chromium } from '@playwright/test';
import { encoded } from '../serve.mjs';
import { CHROMIUM_ARGS } from './script.mjs';
import { coldLoad, stats } from './load.mjs';

const [origin, siteRoot, loadsArg, ...variants] = process.argv.slice(2);
if (!origin || !siteRoot || variants.length < 2) {
  throw new Error('usage: node bench/ab.mjs ORIGIN SITE_ROOT LOADS VARIANT VARIANT...');
}
const LOADS = Number(loadsArg);

/** The first load's files of a build, as served (brotli, gzip): the page, its WASM, glue and
 * stylesheet. */
function bytes(dir) {
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const files = ['index.html', ...fs.readdirSync(dir).filter((f) => /^(cqtw-explorer-.*(_bg\.wasm|\.js)|main-.*\.css)$/.test(f) && html.includes(f))];
  return Object.fromEntries(files.map((f) => {
    const file = path.join(dir, f);
    return [f.replace(/-[0-9a-f]{12,16}/, ''), { raw: fs.statSync(file).size, brotli: encoded(file, 'br').length, gzip: encoded(file, 'gzip').length }];
  }));
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const url = (v) => ({ kind: 'app', url: `${origin}/${v}/` });
const runs = Object.fromEntries(variants.map((v) => [v, []]));
// One uncounted load of each: the browser's own first-use work would land on the first.
for (const v of variants) await coldLoad(browser, url(v), 'slow');
for (let i = 0; i < LOADS; i += 1) {
  for (const v of i % 2 ? [...variants].reverse() : variants) {
    runs[v].push(await coldLoad(browser, url(v), 'slow'));
    const at = runs[v].at(-1);
    process.stderr.write(`${v} ${runs[v].length}/${LOADS}: first cards ${at['app-rendered'].toFixed(0)} ms, first answer ${at['first-answer'].toFixed(0)} ms\n`);
  }
}
await browser.close();

const METRICS = ['app-rendered', 'wasm', 'app-start', 'app-interactive', 'first-answer'];
const summary = Object.fromEntries(variants.map((v) => [v, Object.fromEntries(METRICS.map((m) => [m, stats(runs[v].map((at) => at[m]).filter((t) => t !== null))]))]));
const [base] = variants;
const paired = Object.fromEntries(variants.slice(1).map((v) => [v, Object.fromEntries(METRICS.map((m) => {
  const d = runs[v].map((at, i) => at[m] - runs[base][i][m]).filter(Number.isFinite);
  return [m, stats(d)];
}))]));
const out = {
  when: new Date().toISOString(), loads: LOADS, profile: 'slow', base,
  machine: { cpus: os.cpus().length, loadavg: os.loadavg() },
  bytes: Object.fromEntries(variants.map((v) => [v, bytes(path.join(siteRoot, v))])),
  summary, paired, runs,
};
console.log(JSON.stringify(out, null, 1));
const ms = (s) => (s ? `${s.median.toFixed(0)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})` : '—');
process.stderr.write(`\nslow phone, ${LOADS} cold loads each, alternating; ms from navigation start, median (min–max)\n`);
for (const m of METRICS) process.stderr.write(`${m.padEnd(16)} ${variants.map((v) => `${v}: ${ms(summary[v][m])}`).join('   ')}\n`);
for (const v of variants.slice(1)) {
  process.stderr.write(`${v} − ${base}, paired by round: first answer ${paired[v]['first-answer'].median.toFixed(0)} ms, WASM arrived ${paired[v].wasm.median.toFixed(0)} ms\n`);
}
for (const v of variants) {
  const b = out.bytes[v];
  const sum = (k) => Object.values(b).reduce((s, x) => s + x[k], 0);
  process.stderr.write(`${v.padEnd(16)} first load as served: ${(sum('brotli') / 1000).toFixed(1)} KB brotli, ${(sum('gzip') / 1000).toFixed(1)} KB gzip (1 KB = 1000 bytes)\n`);
}
