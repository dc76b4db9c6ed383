// Service worker: after one visit the app loads and works offline, and a fault never leaves
// it broken.
// `cargo xtask dist` fills in VERSION (a hash of the build's page), PAGE (the page's SHA-256)
// and ASSETS (every other file of this build, with its SHA-256).
// - A deploy installs atomically: the page and every file are fetched with their integrity
//   into a cache of their own; if one is missing or altered, the install fails and the
//   previous version keeps serving, whole.
// - Only the app's own page is a navigation it handles, and only an HTML response whose hash
//   is this version's page goes into its cache: opening robots.txt, or a newer deploy's page,
//   never replaces it.
// - A file served from the cache is checked against its hash every time; a corrupt copy is
//   dropped and fetched again (or fails, so that the page's boot watch says so).
const VERSION = '__CQTW_VERSION__';
const PAGE = '__CQTW_PAGE__';
const ASSETS = __CQTW_ASSETS__;
const CACHE = `cqtw-explorer-${VERSION}`;
const SCOPE = new URL(self.registration.scope);
/** The app's own pages, as paths: the scope itself and its index.html. */
const PAGES = new Set([SCOPE.pathname, `${SCOPE.pathname}index.html`]);

async function sha256(response) {
  const digest = await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer());
  return `sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}

/** The file's expected hash, by its path under the scope, or undefined for a file not of this build. */
function expected(url) {
  const { pathname, origin } = new URL(url);
  if (origin !== SCOPE.origin || !pathname.startsWith(SCOPE.pathname)) return undefined;
  return ASSETS[pathname.slice(SCOPE.pathname.length)];
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    // Into a new cache: an old version's cache never holds a file of this one, nor the reverse.
    const cache = await caches.open(CACHE);
    const files = [['./', PAGE], ...Object.entries(ASSETS)];
    await Promise.all(files.map(async ([file, integrity]) => {
      const response = await fetch(new Request(file, { cache: 'no-cache', integrity }));
      if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
      await cache.put(file, response);
    }));
    await self.skipWaiting();
  })().catch(async (error) => {
    // A half-done deploy: drop what this version fetched and keep the previous one.
    await caches.delete(CACHE);
    throw error;
  }));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('cqtw-explorer-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

/** The app's page: from the network when online (kept only if it is this version's page),
 * else this version's copy. */
async function page(request) {
  try {
    const response = await fetch(request);
    const html = (response.headers.get('Content-Type') ?? '').startsWith('text/html');
    if (response.ok && html && (await sha256(response)) === PAGE) {
      const cache = await caches.open(CACHE);
      await cache.put('./', response.clone());
    }
    return response;
  } catch (error) {
    const cached = await caches.match('./', { cacheName: CACHE });
    if (cached && (await sha256(cached)) === PAGE) return cached;
    throw error;
  }
}

/** A file of this build: from the cache when its copy matches its hash, else fetched with
 * its integrity (and cached again). */
async function asset(request, integrity) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached && (await sha256(cached)) === integrity) return cached;
  if (cached) await cache.delete(request);
  const response = await fetch(new Request(request.url, { integrity, credentials: 'same-origin' }));
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin) return;
  if (request.mode === 'navigate') {
    if (PAGES.has(url.pathname)) event.respondWith(page(request));
    return;
  }
  const integrity = expected(request.url);
  if (integrity) event.respondWith(asset(request, integrity));
});
