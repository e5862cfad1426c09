// SPDX-License-Identifier: EUPL-1.2
// Offline use of this site, only after the person asked for it (js/offline.js registers this worker).
// Keeps the site's own files in one cache; "Alles vergeten" tells it to stop, then removes the cache
// and the worker. It never touches another origin.
const CACHE = 'helder-offline-v1';
let stopped = false;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('message', (event) => {
  const { type, urls } = event.data ?? {};
  if (type === 'stop') { stopped = true; event.source?.postMessage({ type: 'stopped' }); return; }
  if (type !== 'keep' || stopped) return;
  const own = (urls ?? []).filter((u) => new URL(u, self.location.href).origin === self.location.origin);
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(own))
    .then(() => event.source?.postMessage({ type: 'kept' }), () => event.source?.postMessage({ type: 'failed' })));
});

// The network first, so that a newer version is used when there is one; the kept copy when offline.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (stopped || request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(fetch(request).then((response) => {
    if (response.ok && !stopped) {
      const copy = response.clone();
      event.waitUntil(caches.open(CACHE).then((cache) => (stopped ? undefined : cache.put(request, copy))));
    }
    return response;
  }, () => caches.match(request, { ignoreSearch: true }).then((kept) => kept ?? Response.error())));
});
