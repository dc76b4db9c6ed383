// Service worker: after one visit the app loads and works offline, and a fault never leaves
// it broken.
// `cargo xtask dist` fills in VERSION (a hash of this build's page, files and worker), PAGE
// (the page's SHA-256) and ASSETS (the files the page uses, with their SHA-256).
// - A deploy installs atomically: the page and every file are fetched with their integrity
//   into a cache of their own; if one is missing or altered, the install fails, that cache is
//   dropped, and the previous version stays installed, whole.
// - Only the app's own page is a navigation it handles, and only an HTML response whose hash
//   is this version's page goes into its cache: opening robots.txt, or a newer deploy's page,
//   never replaces it. When the network fails or answers with an error, its own page answers.
// - A file served from the cache is checked against its hash every time; a corrupt copy is
//   dropped and fetched again (or fails, so that the page's boot watch says so).
// - Its caches are named for its scope, so two copies of the app on one origin keep theirs.
const VERSION = '__CQTW_VERSION__';
const PAGE = '__CQTW_PAGE__';
const ASSETS = __CQTW_ASSETS__;
const SCOPE = new URL(self.registration.scope);
const PREFIX = `cqtw-explorer:${SCOPE.pathname}:`;
const CACHE = `${PREFIX}${VERSION}`;
/** The app's own pages, as paths: the scope itself and its index.html. */
const PAGES = new Set([SCOPE.pathname, `${SCOPE.pathname}index.html`]);
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
      const files = [['./', PAGE], ...Object.entries(ASSETS)];
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

/** This version's page from its cache, when it is intact. */
async function cachedPage() {
  const cached = await caches.match('./', { ...MATCH, cacheName: CACHE });
  return cached && (await sha256(cached)) === PAGE ? cached : undefined;
}

/** The app's page: from the network when it answers well (kept when it is this version's
 * page), else this version's copy. */
async function page(event) {
  let response;
  try {
    response = await fetch(event.request);
  } catch (error) {
    const cached = await cachedPage();
    if (cached) return cached;
    throw error;
  }
  if (!response.ok) return (await cachedPage()) ?? response;
  const html = (response.headers.get('Content-Type') ?? '').startsWith('text/html');
  if (html) {
    const copy = response.clone();
    event.waitUntil(sha256(copy).then(async (hash) => {
      if (hash === PAGE) await (await caches.open(CACHE)).put('./', copy);
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

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin) return;
  if (request.mode === 'navigate') {
    if (PAGES.has(url.pathname)) event.respondWith(page(event));
    return;
  }
  const integrity = expected(request.url);
  if (integrity) event.respondWith(asset(event, integrity));
});
