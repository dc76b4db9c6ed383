// Service worker: after one visit the app loads and works offline.
// `cargo xtask dist` fills in VERSION (a hash of the build) and ASSETS (the hashed files of
// this build); a new deployment therefore installs a new cache and deletes the old ones.
// Navigations go to the network first, so an online reader always gets the newest page;
// hashed assets never change, so they are served from the cache first.
const VERSION = '__CQTW_VERSION__';
const ASSETS = __CQTW_ASSETS__;
const CACHE = `cqtw-explorer-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(['./', ...ASSETS])).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('cqtw-explorer-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request)
        .then((response) => {
          const copy = response.clone();
          if (response.ok) caches.open(CACHE).then((cache) => cache.put('./', copy));
          return response;
        })
        .catch(() => caches.match('./', { cacheName: CACHE })),
    );
    return;
  }
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit ?? fetch(request)));
});
