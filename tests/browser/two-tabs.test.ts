import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientDist, explainFailure, openBrowser, screenshot, visible } from '../helpers/browser.js';
import { phoneWithVisitOffline, visitIdOf } from '../helpers/field.js';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Two tabs of one visit on one phone, both used while offline. What each tab shows at the end of the
 * offline period must be what ends on the server (or be kept as a conflict): nothing a person saw saved
 * may vanish without a trace. The phone reaches the server through the test proxy.
 */
let t: TestApp;
let proxy: TcpProxy;

beforeAll(async () => {
  t = await startTestApp({ CLIENT_DIST: clientDist() });
  proxy = await startTcpProxy(t.url);
});
afterAll(async () => {
  await proxy?.close();
  await t?.close();
});

const card = (page: Page, code: string) => page.getByTestId(`visit-item-${code}`);

async function choose(page: Page, code: string, choice: 'Đạt' | 'Không đạt') {
  await page.getByTestId(`group-${code.split('.')[0]}`).click();
  const button = card(page, code).getByRole('button', { name: choice, exact: true });
  await button.scrollIntoViewIfNeeded();
  await button.click();
  await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
}

/** What a tab shows for item `code` ('Đạt', 'Không đạt' or null) and for the conclusion. */
async function shown(page: Page, code: string): Promise<{ answer: string | null; conclusion: string }> {
  await page.getByTestId(`group-${code.split('.')[0]}`).click();
  let answer: string | null = null;
  for (const choice of ['Đạt', 'Không đạt'] as const) {
    const pressed = await card(page, code)
      .getByRole('button', { name: choice, exact: true })
      .getAttribute('aria-pressed');
    if (pressed === 'true') answer = choice;
  }
  return { answer, conclusion: await page.getByLabel('Kết luận').inputValue() };
}

async function setConclusion(page: Page, text: string) {
  const field = page.getByLabel('Kết luận');
  await field.scrollIntoViewIfNeeded();
  await field.fill(text);
  await field.blur();
}

describe('two tabs of one visit on one phone', () => {
  it('what each tab shows at the end of the offline period is what ends on the server', async () => {
    const phone = await openBrowser({ touch: true });
    try {
      await explainFailure(phone, 'two-tabs', async () => {
        const { page: tabA, context } = phone;
        const visitId = await visitIdOf(t, 'HKL-CL');
        await phoneWithVisitOffline(tabA, proxy.url, visitId);
        // The link is gone (the proxy refuses every connection; the browser still thinks it is online).
        proxy.cut();
        await tabA.getByRole('button', { name: 'Bắt đầu kiểm tra' }).click();
        await expect.poll(() => tabA.getByTestId('visit-status').first().textContent()).toContain('Đang kiểm tra');

        // A second tab of the same visit, opened while offline (served by the service worker).
        const tabB = await context.newPage();
        await tabB.goto(`${proxy.url}/cuoc-kiem-tra/${visitId}`);
        await visible(tabB.getByTestId('visit-screen'));
        await expect.poll(() => tabB.getByTestId('visit-status').first().textContent()).toContain('Đang kiểm tra');

        // Each tab changes what the other one has shown saved.
        await choose(tabA, '1.1', 'Đạt');
        await setConclusion(tabA, 'Kết luận ghi ở thẻ thứ nhất.');
        await choose(tabB, '1.1', 'Không đạt');
        await setConclusion(tabB, 'Kết luận ghi ở thẻ thứ hai.');
        await choose(tabA, '1.2', 'Đạt');
        await choose(tabB, '1.2', 'Không đạt');
        await choose(tabA, '1.2', 'Đạt');

        // The end of the offline period: both tabs show the same, the last value written on the phone.
        const last = { answer: 'Không đạt', conclusion: 'Kết luận ghi ở thẻ thứ hai.' };
        await expect.poll(() => shown(tabA, '1.1')).toEqual(last);
        await expect.poll(() => shown(tabB, '1.1')).toEqual(last);
        await expect.poll(async () => (await shown(tabA, '1.2')).answer).toBe('Đạt');
        await expect.poll(async () => (await shown(tabB, '1.2')).answer).toBe('Đạt');
        await screenshot(tabA, 'two-tabs-1-tab-a-offline');
        await screenshot(tabB, 'two-tabs-2-tab-b-offline');

        // The link is back: both tabs' engines send the one outbox, with no "online" event to wake them.
        proxy.pass();
        const onServer = async () => {
          const answers = await t.sql<{ code: string; pass_fail: string }>(
            `select i.code, a.pass_fail from visit_answer a join checklist_item i on i.id = a.item_id
              where a.visit_id = ? order by i.code`,
            [visitId],
          );
          const visit = await t.sql<{ conclusion: string | null }>('select conclusion from visit where id = ?', [
            visitId,
          ]);
          return { answers, conclusion: visit[0]?.conclusion ?? null };
        };
        await expect.poll(onServer, { timeout: 90_000, interval: 1000 }).toEqual({
          answers: [
            { code: '1.1', pass_fail: 'FAIL' },
            { code: '1.2', pass_fail: 'PASS' },
          ],
          conclusion: 'Kết luận ghi ở thẻ thứ hai.',
        });
        // Every value written on the phone reached the server in the phone's order (in the audit trail).
        const writes = await t.sql<{ n: string }>(
          `select count(*) as n from audit_entry where visit_id = ? and entity_type = 'VisitAnswer'`,
          [visitId],
        );
        expect(Number(writes[0]?.n)).toBe(5);
        // Neither tab loses what it showed after the sync (one tab's sync reloads the other's copy too).
        for (const tab of [tabA, tabB]) {
          await expect.poll(() => tab.getByTestId('sync-status').textContent(), { timeout: 60_000 }).toBe('Đã đồng bộ');
          await expect.poll(() => shown(tab, '1.1'), { timeout: 30_000 }).toEqual(last);
          await expect.poll(async () => (await shown(tab, '1.2')).answer).toBe('Đạt');
        }
      });
    } finally {
      proxy.pass();
      await phone.close();
    }
  }, 300_000);
});
