import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate, localTimeOfDay, todayLocalDate } from '../../rules/src/index.js';
import { expectAccessible } from '../helpers/a11y.js';
import { clientDist, explainFailure, openBrowser, screenshot, submitSignIn, visible } from '../helpers/browser.js';
import { phoneWithVisitOffline, visitIdOf } from '../helpers/field.js';
import { readOutboxEntries } from '../helpers/phone-steps.mjs';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';
import { type GraphQLCaller, startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * A shared phone: one inspector leaves 8 unsent writes on it and another person signs in. The phone
 * tells the server what it holds for each person whoever is signed in, so the office's "Máy chưa đồng
 * bộ" shows the first inspector's 8 writes, and the sign-in screen says whose work waits and since when.
 */
let t: TestApp;
let proxy: TcpProxy;
let office: GraphQLCaller;

beforeAll(async () => {
  t = await startTestApp({ CLIENT_DIST: clientDist() });
  proxy = await startTcpProxy(t.url);
  office = await t.as('vanphong');
});
afterAll(async () => {
  await proxy?.close();
  await t?.close();
});

interface LedgerRow {
  pendingCount: number;
  oldestPendingAt: string | null;
  user: { username: string };
}

async function ledgerOf(username: string): Promise<LedgerRow[]> {
  const res = await office.request<{ syncDevices: LedgerRow[] }>(
    '{ syncDevices { pendingCount oldestPendingAt user { username } } }',
  );
  return (res.data?.syncDevices ?? []).filter((row) => row.user.username === username);
}

/** `HH:mm ngày dd/MM/yyyy` on Vietnam time, as the app shows an instant whatever the phone's time zone. */
function localTime(iso: string): string {
  const date = new Date(iso);
  return `${localTimeOfDay(date)} ngày ${formatDate(todayLocalDate(date))}`;
}

async function choose(page: Page, code: string) {
  await page.getByTestId(`group-${code.split('.')[0]}`).click();
  const card = page.getByTestId(`visit-item-${code}`);
  await card.scrollIntoViewIfNeeded();
  await card.getByRole('button', { name: 'Đạt', exact: true }).click();
  await expect
    .poll(() => card.getByRole('button', { name: 'Đạt', exact: true }).getAttribute('aria-pressed'))
    .toBe('true');
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  const confirm = page.getByTestId('sign-out-confirm');
  if (await confirm.isVisible().catch(() => false)) await confirm.click();
  await visible(page.getByLabel('Tên đăng nhập'));
}

describe('a shared phone on the ledger', () => {
  it("another person's unsent work is reported by the phone and named on its sign-in screen", async () => {
    const phone = await openBrowser({ touch: true });
    try {
      await explainFailure(phone, 'shared-phone-ledger', async () => {
        const { page, context } = phone;
        const visitId = await visitIdOf(t, 'HKL-CL');
        await phoneWithVisitOffline(page, proxy.url, visitId);

        // An's eight writes do not get through (his syncs fail), and he hands the phone over.
        let blockSync = true;
        const hold = (route: Route) =>
          blockSync && (route.request().postData() ?? '').includes('syncBatch')
            ? route.abort('connectionreset')
            : route.continue();
        await context.route('**/graphql', hold);
        await page.getByRole('button', { name: 'Bắt đầu kiểm tra' }).click();
        for (const code of ['1.1', '1.2', '1.4', '1.5', '2.1', '2.2', '2.3']) await choose(page, code);
        await expect.poll(() => page.getByTestId('sync-status').textContent()).toMatch(/^8 thay đổi trên máy/);
        const oldest = (await readOutboxEntries(page)).map((e) => e.createdAt).sort()[0] ?? '';
        await signOut(page);

        // Bình signs in on the same phone: An's writes stay on it, unsent, and the phone says so.
        blockSync = false;
        await submitSignIn(page, 'kiemtra2');
        await visible(page.getByTestId('header-user'));
        await expect
          .poll(() => ledgerOf('kiemtra'), { timeout: 60_000 })
          .toEqual([{ pendingCount: 8, oldestPendingAt: oldest, user: { username: 'kiemtra' } }]);
        const answers = await t.sql('select 1 from visit_answer where visit_id = ?', [visitId]);
        expect(answers).toEqual([]);

        await signOut(page);
        const holding = await visible(page.getByTestId('sign-in-holding'));
        expect(await holding.textContent()).toBe(
          `Máy này còn 8 thay đổi chưa gửi của Lương Văn Tuấn, từ ${localTime(oldest)}.`,
        );
        await expectAccessible(page, 'sign-in with another person’s unsent work');
        await screenshot(page, 'shared-phone-1-sign-in-390');
        await page.setViewportSize({ width: 1366, height: 768 });
        await screenshot(page, 'shared-phone-1-sign-in-1366');
        await page.setViewportSize({ width: 390, height: 844 });

        // The office sees it on "Máy chưa đồng bộ" (here on the same phone, signed in as office staff).
        await submitSignIn(page, 'vanphong');
        await visible(page.getByTestId('header-user'));
        await page.goto(`${proxy.url}/may-dong-bo`);
        const row = await visible(page.getByTestId('device-row').filter({ hasText: 'Lương Văn Tuấn' }));
        expect(await row.getByTestId('device-pending').textContent()).toMatch(/^8 thay đổi từ /);
        expect(await row.textContent()).toContain('Chưa đồng bộ từ máy này');
        await screenshot(page, 'shared-phone-2-devices-390');
        await page.setViewportSize({ width: 1366, height: 768 });
        await screenshot(page, 'shared-phone-2-devices-1366');
        await page.setViewportSize({ width: 390, height: 844 });
        await signOut(page);

        // An signs in again: his writes go, and the ledger is back to zero.
        await submitSignIn(page, 'kiemtra');
        await visible(page.getByTestId('header-user'));
        await expect.poll(() => page.getByTestId('sync-status').textContent(), { timeout: 60_000 }).toBe('Đã đồng bộ');
        await expect
          .poll(() => ledgerOf('kiemtra'), { timeout: 30_000 })
          .toEqual([{ pendingCount: 0, oldestPendingAt: null, user: { username: 'kiemtra' } }]);
      });
    } finally {
      await phone.close();
    }
  }, 300_000);
});
