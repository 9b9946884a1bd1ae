/*
 * Imported by the service worker (workbox `importScripts` in vite.config.ts). The photos and signatures
 * of visits taken offline sit in the worker's 'kycuong-files' cache, served without a session: on a
 * shared phone the next person would see them. When the page signs out (the SignOut mutation passes
 * through this worker, online or not), the cache is emptied. The request itself goes on untouched.
 */
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'POST' || new URL(request.url).pathname !== '/graphql') return;
  event.waitUntil(
    request
      .clone()
      .text()
      .then((body) => (/"operationName"\s*:\s*"SignOut"/.test(body) ? caches.delete('kycuong-files') : false))
      .catch(() => false),
  );
});
