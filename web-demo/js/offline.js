// SPDX-License-Identifier: EUPL-1.2
// Working offline, as a choice: a service worker and its cache show that this site was visited, so
// nothing is kept until the person asks for it. forgetOffline() removes all of it again.

/** Whether this browser keeps the site for offline use now. */
export async function offlineKept() {
  if (!('serviceWorker' in navigator)) return false;
  return Boolean(await navigator.serviceWorker.getRegistration());
}

/** Registers sw.js and has it keep every file of this site the page has loaded so far. */
export async function keepOffline() {
  if (!('serviceWorker' in navigator)) throw new Error('no service worker');
  const registration = await navigator.serviceWorker.register('sw.js', { scope: './' });
  const worker = registration.active ?? (await navigator.serviceWorker.ready).active;
  const here = new URL('./', location.href).href;
  const urls = [here, location.href.split('#')[0], new URL('neutral.html', here).href, new URL('css/neutral.css', here).href,
    ...performance.getEntriesByType('resource').map((e) => e.name)]
    .filter((u) => new URL(u).origin === location.origin);
  const answer = new Promise((ok, fail) => {
    navigator.serviceWorker.addEventListener('message', function onMessage(e) {
      if (e.data?.type !== 'kept' && e.data?.type !== 'failed') return;
      navigator.serviceWorker.removeEventListener('message', onMessage);
      (e.data.type === 'kept' ? ok : fail)(new Error('not kept'));
    });
  });
  worker.postMessage({ type: 'keep', urls: [...new Set(urls)] });
  await answer;
}

/** Stops the worker keeping files, then removes every cache of this site and the worker itself. */
export async function forgetOffline() {
  if ('serviceWorker' in navigator) {
    const worker = navigator.serviceWorker.controller;
    if (worker) {
      // Wait until it has stopped (or a second has passed), so that no file is kept after the caches are gone.
      const stopped = new Promise((ok) => {
        navigator.serviceWorker.addEventListener('message', (e) => { if (e.data?.type === 'stopped') ok(); });
        setTimeout(ok, 1000);
      });
      worker.postMessage({ type: 'stop' });
      await stopped;
    }
    for (const registration of await navigator.serviceWorker.getRegistrations()) {
      registration.active?.postMessage({ type: 'stop' });
      await registration.unregister();
    }
  }
  if ('caches' in window) { for (const key of await caches.keys()) await caches.delete(key); }
}
