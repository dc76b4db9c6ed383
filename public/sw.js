// Service worker: after one visit the app loads and works offline, and a fault never leaves
// it broken.
// `cargo xtask dist` fills in VERSION (a hash of this build's pages, files and worker), PAGES
// (every page's path under the scope, the root being '', with its SHA-256) and ASSETS (the
// files the pages use, with their SHA-256).
// - A deploy installs atomically: the page and every file are fetched with their integrity
//   into a cache of their own; if one is missing or altered, the install fails, that cache is
//   dropped, and the previous version stays installed, whole.
// - Only the app's own pages are navigations it handles, and only an HTML response whose hash
//   is this version's copy of that page goes into its cache: opening robots.txt, or a newer
//   deploy's page, never replaces it. The root page is installed; another page is kept once
//   visited. When the network fails or answers with an error, that page's copy answers, or
//   else the root page, where the app opens the view the address names. An address under the
//   scope that is no page of the app gets the network's answer, or offline this build's
//   `404.html` (a file of ASSETS, checked like the others).
// - A file served from the cache is checked against its hash every time; a corrupt copy is
//   dropped and fetched again (or fails, so that the page's boot watch says so).
// - Its caches are named for its scope, so two copies of the app on one origin keep theirs.
const VERSION = '__CQTW_VERSION__';
const PAGES = __CQTW_PAGES__;
const ASSETS = __CQTW_ASSETS__;
const SCOPE = new URL(self.registration.scope);
const PREFIX = `cqtw-explorer:${SCOPE.pathname}:`;
const CACHE = `${PREFIX}${VERSION}`;
/** The app's page at `url`, as its path under the scope ('' for the root), or undefined. */
function pageOf(url) {
  if (url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return undefined;
  let path = url.pathname.slice(SCOPE.pathname.length);
  if (path.endsWith('index.html')) path = path.slice(0, -'index.html'.length);
  if (path && !path.endsWith('/')) path += '/';
  return Object.hasOwn(PAGES, path) ? path : undefined;
}
const MATCH = { ignoreVary: true };

async function sha256(response) {
  const digest = await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer());
  return `sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}

/** The file's expected hash, by its path under the scope, or undefined for a file not of this build. */
function expected(url) {
  const { pathname, origin } = new URL(url);
  if (origin !== SCOPE.origin || !pathname.startsWith(SCOPE.pathname)) return undefined;
  const name = pathname.slice(SCOPE.pathname.length);
  return Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    // Into a cache of this version's own: an old version's cache never holds a file of this
    // one, nor the reverse. A cache of the same version that exists already is this very
    // build, installed before: it is only ever added to, never dropped.
    const existed = await caches.has(CACHE);
    const cache = await caches.open(CACHE);
    try {
      const files = [['./', PAGES['']], ...Object.entries(ASSETS)];
      await Promise.all(files.map(async ([file, integrity]) => {
        // The copy the page has just loaded, from the HTTP cache where its headers allow (the
        // content-hashed files are immutable), so that a first visit does not download the
        // app twice. Its integrity is checked all the same; a copy that fails it is fetched
        // once more, from the network.
        const get = (mode) => fetch(new Request(file, { cache: mode, integrity }));
        const response = await get('default').catch(() => get('reload'));
        if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
        await cache.put(file, response);
      }));
    } catch (error) {
      // A half-done deploy: drop what this version fetched; the previous one stays.
      if (!existed) await caches.delete(CACHE);
      throw error;
    }
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      // This scope's older versions, and caches named the way versions before scoped names were.
      .then((keys) => keys.filter((k) => (k.startsWith(PREFIX) && k !== CACHE) || /^cqtw-explorer-[A-Za-z0-9]+$/.test(k)))
      .then((old) => Promise.all(old.map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

/** This version's copy of the page at `path` from its cache, when it is intact. */
async function cachedPage(path) {
  const cached = await caches.match(`./${path}`, { ...MATCH, cacheName: CACHE });
  return cached && (await sha256(cached)) === PAGES[path] ? cached : undefined;
}

/** This version's copy of the page at `path`, or else of the root page. */
async function fallback(path) {
  return (await cachedPage(path)) ?? (path ? cachedPage('') : undefined);
}

/** The app's page at `path`: from the network when it answers well (kept when it is this
 * version's page), else this version's copy. */
async function page(event, path) {
  let response;
  try {
    response = await fetch(event.request);
  } catch (error) {
    const cached = await fallback(path);
    if (cached) return cached;
    throw error;
  }
  if (!response.ok) return (await fallback(path)) ?? response;
  const html = (response.headers.get('Content-Type') ?? '').startsWith('text/html');
  if (html) {
    const copy = response.clone();
    event.waitUntil(sha256(copy).then(async (hash) => {
      if (hash === PAGES[path]) await (await caches.open(CACHE)).put(`./${path}`, copy);
    }).catch(() => {}));
  }
  return response;
}

/** A file of this build: from the cache when its copy matches its hash, else fetched with
 * its integrity (and cached again, without holding the response back). */
async function asset(event, integrity) {
  const { request } = event;
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, MATCH);
  if (cached && (await sha256(cached)) === integrity) return cached;
  if (cached) await cache.delete(request, MATCH);
  const response = await fetch(new Request(request.url, { integrity, credentials: 'same-origin' }));
  if (response.ok) event.waitUntil(cache.put(request, response.clone()).catch(() => {}));
  return response;
}

/** An address under the scope that is no page of the app: what the network answers (the
 * host's own not-found page), or offline this build's `404.html`, with a 404 status. */
async function notFound(event) {
  try {
    return await fetch(event.request);
  } catch (error) {
    const cache = await caches.open(CACHE);
    const cached = await cache.match('404.html', MATCH);
    if (!cached || (await sha256(cached)) !== ASSETS['404.html']) throw error;
    return new Response(await cached.blob(), { status: 404, statusText: 'Not Found', headers: cached.headers });
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin) return;
  if (request.mode === 'navigate') {
    const path = pageOf(url);
    if (path !== undefined) event.respondWith(page(event, path));
    else if (url.pathname.startsWith(SCOPE.pathname) && ASSETS['404.html']) event.respondWith(notFound(event));
    return;
  }
  const integrity = expected(request.url);
  if (integrity) event.respondWith(asset(event, integrity));
});
