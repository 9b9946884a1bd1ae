/**
 * This browser's Web Push subscription, through the app's service worker (public/sw-push.js shows what
 * arrives). The server's VAPID public key binds the subscription to this server.
 */

/** Whether this browser can receive push at all (a secure page, a service worker, the Push API). */
export function pushSupported(): boolean {
  return (
    typeof window !== 'undefined' &&
    window.isSecureContext &&
    'serviceWorker' in navigator &&
    'PushManager' in window &&
    'Notification' in window
  );
}

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const raw = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

export interface PushKeys {
  endpoint: string;
  p256dh: string;
  auth: string;
}

function keysOf(subscription: PushSubscription): PushKeys {
  const json = subscription.toJSON();
  return { endpoint: subscription.endpoint, p256dh: json.keys?.p256dh ?? '', auth: json.keys?.auth ?? '' };
}

/** The subscription this browser has now, if any. */
export async function currentPushSubscription(): Promise<PushKeys | null> {
  if (!pushSupported()) return null;
  const registration = await navigator.serviceWorker.ready;
  const subscription = await registration.pushManager.getSubscription();
  return subscription ? keysOf(subscription) : null;
}

export type SubscribeOutcome = { ok: true; keys: PushKeys } | { ok: false; reason: 'unsupported' | 'denied' };

/** Asks for permission (once, on the user's tap) and subscribes with the server's key. */
export async function subscribeToPush(publicKey: string): Promise<SubscribeOutcome> {
  if (!pushSupported()) return { ok: false, reason: 'unsupported' };
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') return { ok: false, reason: 'denied' };
  const registration = await navigator.serviceWorker.ready;
  const subscription = await registration.pushManager.subscribe({
    userVisibleOnly: true,
    applicationServerKey: keyBytes(publicKey),
  });
  return { ok: true, keys: keysOf(subscription) };
}

/** Ends this browser's subscription; resolves with its endpoint, for the server to forget it. */
export async function unsubscribeFromPush(): Promise<string | null> {
  if (!pushSupported()) return null;
  const registration = await navigator.serviceWorker.ready;
  const subscription = await registration.pushManager.getSubscription();
  if (!subscription) return null;
  await subscription.unsubscribe();
  return subscription.endpoint;
}

/** The message the service worker posts to the open pages when a push arrives. */
export const PUSH_MESSAGE = 'kycuong-push';
