import fs from 'node:fs';
const ev = JSON.parse(fs.readFileSync('/tmp/trace.json')).traceEvents;
const threads = {};
for (const e of ev) if (e.name === 'thread_name') threads[`${e.pid}:${e.tid}`] = e.args.name;
const main = ev.filter(e => threads[`${e.pid}:${e.tid}`] === 'CrRendererMain' && e.ph === 'X' && e.dur);
const t0 = Math.min(...main.map(e => e.ts));
main.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
const stack = [];
for (const e of main) {
  while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
  const depth = stack.length;
  stack.push(e);
  if (e.dur > 2000 && depth <= 6 && (e.ts - t0) > 30000) console.log(' '.repeat(depth * 2) + ((e.ts - t0) / 1000).toFixed(1), (e.dur / 1000).toFixed(1), e.name, JSON.stringify(e.args?.data?.url ?? e.args?.data?.functionName ?? e.args?.data?.type ?? '').slice(0, 70));
}
// marks
for (const e of ev.filter(e => /app-|navigationStart|domContentLoaded|firstContentfulPaint/.test(e.name))) console.log('MARK', e.name, ((e.ts - t0) / 1000).toFixed(1));
