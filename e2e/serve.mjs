// A static file server that behaves like a CDN in front of `dist/`: brotli or gzip when the
// client accepts it (the precompressed `.br` or `.gz` file the release build wrote beside the
// file, as static hosts serve them; compressed on the fly where there is none), the response headers of the site's `_headers` file (the same file a
// Netlify or Cloudflare Pages deploy reads), long-lived caching for content-hashed files and
// revalidation for the rest where `_headers` says nothing.
// Used by the end-to-end tests, `cargo xtask audit` and `cargo xtask bench`.
// Usage: node serve.mjs DIR PORT
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { pathToFileURL } from 'node:url';

const [root, port] = [path.resolve(process.argv[2] ?? '.'), Number(process.argv[3] ?? 4174)];
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.wasm': 'application/wasm', '.json': 'application/json', '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8', '.xml': 'application/xml',
  '.csv': 'text/csv; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.webmanifest', '.svg', '.txt', '.xml', '.csv']);
const cache = new Map();

/** The precompressed file beside `file` for `encoding` (`<file>.br`, `<file>.gz`), as
 * `cargo xtask dist` writes them, when there is one at least as new as `file`: a file
 * changed after the build (a test's copy of the site, edited) is compressed on the fly
 * rather than served from a sibling that no longer matches it. */
export function precompressed(file, encoding) {
  const suffix = { br: '.br', gzip: '.gz' }[encoding];
  if (!suffix) return null;
  try {
    const sibling = fs.statSync(`${file}${suffix}`);
    return sibling.isFile() && sibling.mtimeMs >= fs.statSync(file).mtimeMs ? `${file}${suffix}` : null;
  } catch {
    return null;
  }
}

/** The body this server sends for `file` to a client that accepts `encoding` (`br`, `gzip`
 * or `identity`): the precompressed sibling where there is one, else the file compressed
 * here, or the file itself for a type that is not compressed. */
export function encoded(file, encoding) {
  if (encoding !== 'identity' && !COMPRESSIBLE.has(path.extname(file))) encoding = 'identity';
  const sibling = precompressed(file, encoding);
  if (sibling) return fs.readFileSync(sibling);
  const stat = fs.statSync(file);
  const key = `${file}:${encoding}:${stat.mtimeMs}:${stat.size}`;
  if (!cache.has(key)) {
    const raw = fs.readFileSync(file);
    // Brotli 11 and gzip 9, as the release build precompresses its files; a large file (a
    // debug build's 7 MB WASM) gets quality 5 (gzip 6), as a CDN compresses on the fly, so
    // that the first request does not take seconds.
    const quality = raw.length > 1_000_000 ? 5 : 11;
    cache.set(key, encoding === 'br'
      ? zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality } })
      : encoding === 'gzip' ? zlib.gzipSync(raw, { level: raw.length > 1_000_000 ? 6 : 9 }) : raw);
  }
  return cache.get(key);
}

/** Whether `file` is `root` itself or inside it: compared with a trailing separator, so that
 * a sibling such as `<root>-secret` is outside. */
export function inside(rootDir, file) {
  return file === rootDir || file.startsWith(rootDir.endsWith(path.sep) ? rootDir : rootDir + path.sep);
}

/** The rules of a `_headers` file: `[{ pattern, headers: [[name, value]] }]`. A rule is a path
 * pattern at the start of a line (`*` matches any run of characters), then its headers, one
 * `Name: value` per indented line; `#` starts a comment. */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) { rules.push({ pattern: line.trim(), headers: [] }); continue; }
    const colon = line.indexOf(':');
    if (colon > 0 && rules.length) rules.at(-1).headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The headers the rules give `urlPath` (relative to the `_headers` file's folder): every
 * matching rule in order, a later one replacing a header an earlier one set. */
export function headersFor(rules, urlPath) {
  const out = {};
  for (const { pattern, headers } of rules) {
    const re = new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    if (re.test(urlPath)) for (const [name, value] of headers) out[name] = value;
  }
  return out;
}

/** The headers `_headers` gives `file`: the nearest `_headers` in the file's folder or above
 * it, up to the served root (a site copied into a sub-folder keeps its file there), with its
 * patterns matched as hosts match them, against the whole path (`/explorer/*`). */
function siteHeaders(file) {
  for (let dir = path.dirname(file); inside(root, dir); dir = path.dirname(dir)) {
    const rules = path.join(dir, '_headers');
    if (fs.existsSync(rules)) {
      const urlPath = `/${path.relative(root, file).split(path.sep).join('/')}`.replace(/\/index\.html$/, '/');
      return headersFor(parseHeaders(fs.readFileSync(rules, 'utf8')), urlPath);
    }
    if (dir === root) break;
  }
  return {};
}

/** The nearest `404.html` in the folder of `file` (which does not exist) or above it, up to
 * the served root, or undefined. */
function notFoundPage(file) {
  for (let dir = path.dirname(file); inside(root, dir); dir = path.dirname(dir)) {
    const page = path.join(dir, '404.html');
    if (fs.existsSync(page)) return page;
    if (dir === root) break;
  }
  return undefined;
}

function handle(req, res) {
  const url = new URL(req.url, 'http://localhost');
  let decoded;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    res.writeHead(400, { 'Content-Type': 'text/plain' }).end('bad request: malformed percent-encoding');
    return;
  }
  let file = path.resolve(root, `.${decoded}`);
  if (!inside(root, file) || decoded.includes('\0')) { res.writeHead(403).end('forbidden'); return; }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
    // One leading slash: `//host` in a Location would leave the site.
    if (!url.pathname.endsWith('/')) { res.writeHead(301, { Location: `/${url.pathname.replace(/^\/+/, '')}/${url.search}` }).end(); return; }
    file = path.join(file, 'index.html');
  }
  // A host publishes `_headers` as configuration, never as a file.
  if (!fs.existsSync(file) || path.basename(file) === '_headers') {
    // As static hosts do: the nearest `404.html` up the tree, with a 404 status.
    const page = notFoundPage(file);
    if (!page) { res.writeHead(404).end('not found'); return; }
    res.writeHead(404, { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-cache', ...siteHeaders(page) });
    res.end(req.method === 'HEAD' ? undefined : fs.readFileSync(page));
    return;
  }
  const ext = path.extname(file);
  const accept = req.headers['accept-encoding'] ?? '';
  const encoding = !COMPRESSIBLE.has(ext) ? 'identity' : /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : 'identity';
  // Trunk writes its hash without leading zeros: 15 hex digits as often as 1 in 16 builds.
  const hashed = /-[0-9a-f]{1,16}(_bg)?\.(js|wasm|css)$/.test(file);
  const headers = {
    'Content-Type': TYPES[ext] ?? 'application/octet-stream',
    'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...siteHeaders(file),
    Vary: 'Accept-Encoding',
  };
  if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
  const body = encoded(file, encoding);
  headers['Content-Length'] = body.length;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  http.createServer((req, res) => {
    try {
      handle(req, res);
    } catch (e) {
      // One bad request never takes the server down.
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(`server error: ${e.message}`);
    }
  }).listen(port, '127.0.0.1');
}
