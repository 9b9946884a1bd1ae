import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clientDist,
  explainFailure,
  openBrowser,
  readPersistedCache,
  screenshot,
  submitSignIn,
  visible,
} from '../helpers/browser.js';
import { phoneWithVisitOffline, visitIdOf } from '../helpers/field.js';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Issue 13 item 17: on a shared phone, an inspector signing out without network was still signed in
 * when the network came back (the session cookie was never revoked). Now the phone forgets the session
 * at once, keeps the unsent work under that inspector, and revokes the session on the server before it
 * sends anything else. The phone reaches the server through the test proxy, which really refuses every
 * connection while the link is down: the browser still believes it is online (navigator.onLine stays
 * true) and no `online` event says when the link is back.
 */
let t: TestApp;
let proxy: TcpProxy;
let visitId = '';

beforeAll(async () => {
  t = await startTestApp({ CLIENT_DIST: clientDist() });
  proxy = await startTcpProxy(t.url);
  visitId = await visitIdOf(t, 'HKL-TD');
});
afterAll(async () => {
  await proxy?.close();
  await t?.close();
});

async function liveSessions(username: string): Promise<number> {
  const rows = await t.sql<{ n: string }>(
    `select count(*) as n from user_session s join app_user u on u.id = s.user_id
      where u.username = ? and s.revoked_at is null and s.expires_at > now()`,
    [username],
  );
  return Number(rows[0]?.n);
}

async function answersOnServer(): Promise<string[]> {
  const rows = await t.sql<{ code: string }>(
    `select i.code from visit_answer a join checklist_item i on i.id = a.item_id where a.visit_id = ? order by i.code`,
    [visitId],
  );
  return rows.map((row) => row.code);
}

describe('signing out offline on a shared phone', () => {
  it('forgets the session at once, revokes it first when the network returns, and keeps the unsent work', async () => {
    const phone = await openBrowser({ touch: true });
    try {
      await explainFailure(phone, 'offline-sign-out', async () => {
        const { page } = phone;
        await phoneWithVisitOffline(page, proxy.url, visitId);
        expect(await liveSessions('kiemtra')).toBe(1);

        // The link is down (every connection refused): the visit is started and an item answered; the
        // work stays on the phone.
        proxy.cut();
        expect(await page.evaluate(() => navigator.onLine)).toBe(true);
        await page.getByRole('button', { name: 'Bắt đầu kiểm tra' }).click();
        const card = page.getByTestId('visit-item-1.1');
        await card.getByRole('button', { name: 'Đạt', exact: true }).click();
        await expect.poll(() => page.getByTestId('visit-sync-mark').first().getAttribute('data-state')).toBe('local');

        // Sign out, the link still down: the existing warning about unsent work, then the sign-in screen.
        await page.getByRole('button', { name: 'Đăng xuất' }).click();
        await visible(page.getByTestId('sign-out-unsent'));
        await Promise.all([page.waitForEvent('load'), page.getByTestId('sign-out-confirm').click()]);
        await visible(page.getByLabel('Tên đăng nhập'));
        expect(await page.getByTestId('header-user').count()).toBe(0);
        // The phone no longer starts on this inspector's data...
        expect(await readPersistedCache(page)).toBeNull();
        // ...even after a reload without network (the service worker serves the page).
        await Promise.all([page.waitForEvent('load'), page.reload()]);
        await visible(page.getByLabel('Tên đăng nhập'));
        expect(await page.getByTestId('header-user').count()).toBe(0);
        // The name shows only where the phone says whose unsent work it still holds (issue 13, item 19).
        const holdings = await page.getByTestId('sign-in-holding').allTextContents();
        const body = (await page.locator('body').textContent()) ?? '';
        expect(holdings.join(' ')).toContain('Lương Văn Tuấn');
        expect(holdings.reduce((rest, line) => rest.replace(line, ''), body)).not.toContain('Lương Văn Tuấn');
        await screenshot(page, 'offline-sign-out-390');
        await page.setViewportSize({ width: 1366, height: 768 });
        await screenshot(page, 'offline-sign-out-1366');
        await page.setViewportSize({ width: 390, height: 844 });
        // The server never heard of it yet.
        expect(await liveSessions('kiemtra')).toBe(1);

        // The link returns, with no event to say so and nobody touching the phone: the phone finds out by
        // trying again, and the first request it sends is the sign-out.
        const sent: string[] = [];
        const record = (request: Request) => {
          if (request.url().endsWith('/graphql'))
            sent.push(String(JSON.parse(request.postData() ?? '{}').operationName));
        };
        page.on('request', record);
        proxy.pass();
        await expect.poll(() => liveSessions('kiemtra'), { timeout: 30_000 }).toBe(0);
        expect(sent[0]).toBe('SignOut');
        // A reload with the network: still signed out.
        await Promise.all([page.waitForEvent('load'), page.reload()]);
        await visible(page.getByLabel('Tên đăng nhập'));
        expect(await page.getByTestId('header-user').count()).toBe(0);
        page.off('request', record);
        expect(await answersOnServer()).toEqual([]);

        // The same inspector signs in again: the unsent work was kept under them and now reaches the server.
        await submitSignIn(page, 'kiemtra');
        await visible(page.getByTestId('header-user'));
        await expect.poll(() => answersOnServer(), { timeout: 60_000 }).toEqual(['1.1']);
      });
    } finally {
      proxy.pass();
      await phone.close();
    }
  });
});
