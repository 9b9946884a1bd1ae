import webPush from 'web-push';
import type { VapidKeys } from './vapid-keys.js';

/** A stored browser subscription, as the sender needs it. */
export interface PushTarget {
  endpoint: string;
  p256dh: string;
  auth: string;
}

/** What the service worker receives (client/src/pwa/sw.ts reads the same shape). */
export interface PushMessage {
  title: string;
  body: string;
  link: string;
  id: string;
}

/** The outcome of one push: sent, the subscription is gone (404/410: remove it), or failed for now. */
export type PushOutcome = 'SENT' | 'GONE' | 'FAILED';

/** A day: a reminder after that is stale. */
const TTL_SECONDS = 24 * 60 * 60;

/**
 * Sends one Web Push message: `web-push` signs it with the VAPID keys and encrypts the payload for the
 * browser (RFC 8291, aes128gcm); the request itself goes with fetch, so a push service on any address
 * the subscription names is reached the same way.
 */
export async function sendPush(keys: VapidKeys, subject: string, target: PushTarget, message: PushMessage) {
  const request = webPush.generateRequestDetails(
    { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
    JSON.stringify(message),
    { vapidDetails: { subject, ...keys }, TTL: TTL_SECONDS, contentEncoding: 'aes128gcm' },
  );
  const res = await fetch(request.endpoint, {
    method: request.method,
    headers: request.headers as Record<string, string>,
    body: new Uint8Array(request.body),
    signal: AbortSignal.timeout(10_000),
  });
  await res.body?.cancel();
  if (res.status === 404 || res.status === 410) return 'GONE' satisfies PushOutcome;
  return (res.ok ? 'SENT' : 'FAILED') satisfies PushOutcome;
}
