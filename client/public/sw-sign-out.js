/*
 * Imported by the service worker (workbox `importScripts` in vite.config.ts). The photos and signatures
 * of visits taken offline sit in the worker's 'kycuong-files' cache, served without a session: on a
 * shared phone the next person would see them. When the page signs out (the SignOut mutation passes
 * through this worker, online or not), the cache is emptied, and this browser's Web Push subscription
 * ends (the next person must not get the last one's notifications; the server drops it at the next
 * push, which the push service answers 410). The request itself goes on untouched.
 */
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'POST' || new URL(request.url).pathname !== '/graphql') return;
  event.waitUntil(
    request
      .clone()
      .text()
      .then((body) =>
        /"operationName"\s*:\s*"SignOut"/.test(body)
          ? Promise.all([
              caches.delete('kycuong-files'),
              self.registration.pushManager.getSubscription().then((subscription) => subscription?.unsubscribe()),
            ])
          : false,
      )
      .catch(() => false),
  );
});
