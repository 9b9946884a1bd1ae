/*
 * Imported by the service worker (workbox `importScripts` in vite.config.ts): Web Push. A push from the
 * server (features/notifications/web-push-sender.ts: { id, title, body, link }) is shown as a system
 * notification and told to the open pages (the inbox badge refreshes); a tap opens the record's address.
 */
self.addEventListener('push', (event) => {
  let message = {};
  try {
    message = event.data ? event.data.json() : {};
  } catch {
    message = { body: event.data ? event.data.text() : '' };
  }
  const link = typeof message.link === 'string' && /^\/(?!\/)/.test(message.link) ? message.link : '/thong-bao';
  event.waitUntil(
    Promise.all([
      self.registration.showNotification(message.title || 'Kỷ cương', {
        body: message.body || '',
        tag: message.id || undefined,
        icon: '/icon-192.png',
        lang: 'vi',
        data: { link },
      }),
      self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((pages) => {
        for (const page of pages) page.postMessage({ type: 'kycuong-push', message });
      }),
    ]),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = new URL(event.notification.data?.link || '/thong-bao', self.location.origin).href;
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((pages) => {
      const page = pages.find((p) => 'focus' in p);
      if (page) return page.navigate(url).then((opened) => (opened || page).focus());
      return self.clients.openWindow(url);
    }),
  );
});
