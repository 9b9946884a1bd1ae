import { createECDH, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../helpers/a11y.js';
import {
  clientDist,
  screenshot,
  signIn,
  step,
  visible,
  waitForServiceWorker,
  withBrowser,
} from '../helpers/browser.js';
import { completeVisitThroughApi, visitIdOf } from '../helpers/field.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * A returned visit reaches the inspector: in the inbox (/thong-bao, with the unread badge) and as a Web
 * Push message shown by the app's service worker.
 *
 * Chromium's own push service is Google's FCM, out of reach here (and in CI), so the push is tested in
 * its two real halves. The server half: the browser's subscription names a push endpoint run by this
 * test (a plain HTTP receiver), and the server's web-push request reaching it is decrypted with the
 * subscription's keys, as a push service hands it to the browser. For that, the page's
 * `PushManager.subscribe` gives a subscription with this endpoint and keys (everything else the app does,
 * the permission, the server's VAPID key, saving the subscription, is real). The browser half: the
 * decrypted message is delivered to the app's service worker with the DevTools Protocol
 * (`ServiceWorker.deliverPushMessage`), which shows it (`registration.getNotifications()`) and tells the
 * page, whose badge refreshes.
 */

/** http_ece, the Web Push content encoding that web-push uses: here to decrypt as the browser would. */
const httpEce = createRequire(createRequire(import.meta.url).resolve('web-push'))('http_ece') as {
  decrypt(body: Buffer, params: { version: string; privateKey: unknown; authSecret: string }): Buffer;
};

let t: TestApp;
let visitId: string;
let receiver: Server;
let receiverUrl: string;
const pushes: Buffer[] = [];
const browserKeys = createECDH('prime256v1');
const authSecret = randomBytes(16).toString('base64url');

beforeAll(async () => {
  t = await startTestApp({ CLIENT_DIST: clientDist() });
  browserKeys.generateKeys();
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      pushes.push(Buffer.concat(chunks));
      res.statusCode = 201;
      res.end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/push/kiemtra-phone`;
  visitId = await visitIdOf(t, 'CCTL');
  await completeVisitThroughApi(await t.as('kiemtra'), visitId);
});
afterAll(async () => {
  await t?.close();
  await new Promise((resolve) => receiver?.close(resolve));
});

describe('notifications', () => {
  it('a returned visit reaches the inspector’s inbox and, with a push subscription, the service worker', async () => {
    await withBrowser('notifications-push', async ({ context, page }) => {
      await context.grantPermissions(['notifications'], { origin: t.url });
      await page.addInitScript(
        ({ endpoint, p256dh, auth }) => {
          const subscription = {
            endpoint,
            toJSON: () => ({ endpoint, keys: { p256dh, auth } }),
            unsubscribe: async () => true,
          };
          let subscribed = false;
          PushManager.prototype.subscribe = async () => {
            subscribed = true;
            return subscription as unknown as PushSubscription;
          };
          PushManager.prototype.getSubscription = async () =>
            (subscribed ? subscription : null) as unknown as PushSubscription;
        },
        { endpoint: receiverUrl, p256dh: browserKeys.getPublicKey().toString('base64url'), auth: authSecret },
      );
      await signIn(page, t.url, 'kiemtra');
      await waitForServiceWorker(page, { controlling: false });

      await step('push is turned on for this phone from the inbox', async () => {
        await page.goto(`${t.url}/thong-bao`);
        await visible(page.getByText('Chưa có thông báo nào.'));
        await page.getByText('Chọn thông báo muốn nhận').click();
        await page.getByTestId('push-enable').click();
        await visible(page.getByText('Máy này đang nhận thông báo đẩy.'));
        const saved = await t.sql<{ username: string }>(
          `select a.username from push_subscription s join app_user a on a.id = s.user_id where s.endpoint = ?`,
          [receiverUrl],
        );
        expect(saved).toEqual([{ username: 'kiemtra' }]);
      });

      const office = await t.as('vanphong');
      const returned = await office.request(`mutation ($i: ReturnVisitInput!) { returnVisit(input: $i) { status } }`, {
        i: { visitId, comment: 'Bổ sung ảnh tiêu chí 1.2' },
      });
      expect(returned.data).toEqual({ returnVisit: { status: 'RETURNED' } });

      let message = '';
      await step('the server pushes it, encrypted for this subscription', async () => {
        await expect.poll(() => pushes.length).toBe(1);
        const plain = httpEce.decrypt(pushes[0] as Buffer, {
          version: 'aes128gcm',
          privateKey: browserKeys,
          authSecret,
        });
        message = plain.toString('utf8');
        expect(JSON.parse(message)).toMatchObject({
          title: 'Cuộc kiểm tra Chi cục Thủy lợi bị trả lại',
          body: 'Văn phòng Sở trả lại để bổ sung: Bổ sung ảnh tiêu chí 1.2',
          link: `/cuoc-kiem-tra/${visitId}`,
        });
      });

      await step('the service worker shows the push, and the badge counts it', async () => {
        const cdp = await context.newCDPSession(page);
        const registrationId = new Promise<string>((resolve) =>
          cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
            const found = registrations.find((r) => r.scopeURL === `${t.url}/` && !r.isDeleted);
            if (found) resolve(found.registrationId);
          }),
        );
        await cdp.send('ServiceWorker.enable');
        const deliver = async () =>
          cdp.send('ServiceWorker.deliverPushMessage', {
            origin: t.url,
            registrationId: await registrationId,
            data: message,
          });
        await deliver();
        // On a busy machine Chromium can drop a delivery made while it starts the worker (a CI run saw no
        // notification in 30 s): it is delivered again every 8 s, as a push service retries. The message's
        // id is the notification's tag, so however many arrive, one notification shows.
        let deliveredAt = Date.now();
        await expect
          .poll(async () => {
            const shown = await page.evaluate(async () =>
              (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => ({
                title: n.title,
                link: (n.data as { link?: string } | null)?.link,
              })),
            );
            if (shown.length === 0 && Date.now() - deliveredAt > 8_000) {
              deliveredAt = Date.now();
              await deliver();
            }
            return shown;
          })
          .toEqual([{ title: 'Cuộc kiểm tra Chi cục Thủy lợi bị trả lại', link: `/cuoc-kiem-tra/${visitId}` }]);
        await expect.poll(() => page.getByTestId('inbox-unread').textContent()).toContain('1');
      });

      await step('the inbox lists it; opening it marks it read and opens the visit', async () => {
        await page.goto(`${t.url}/thong-bao`);
        const item = await visible(page.getByTestId('inbox-item').first());
        await visible(item.getByText('Cuộc kiểm tra Chi cục Thủy lợi bị trả lại'));
        await expectAccessible(page, 'inbox');
        await screenshot(page, 'inbox-phone');
        await page.setViewportSize({ width: 1366, height: 768 });
        await screenshot(page, 'inbox-desktop');
        await page.getByText('Chọn thông báo muốn nhận').click();
        await screenshot(page, 'inbox-settings-desktop');
        await page.setViewportSize({ width: 390, height: 844 });
        await item.click();
        await page.waitForURL(`${t.url}/cuoc-kiem-tra/${visitId}`);
        await expect.poll(async () => (await page.getByTestId('inbox-unread').count()) === 0).toBe(true);
        const unread = await t.sql(`select 1 from notification n join app_user a on a.id = n.recipient_id
          where a.username = 'kiemtra' and n.read_at is null`);
        expect(unread).toEqual([]);
      });
    });
  });
});
