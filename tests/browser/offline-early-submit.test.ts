import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientDist, explainFailure, openBrowser, screenshot, visible } from '../helpers/browser.js';
import { phoneWithVisitOffline, visitIdOf } from '../helpers/field.js';
import { readOutboxEntries } from '../helpers/phone-steps.mjs';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Issue 13 item 21: with most of the checklist unanswered and no signatures, "Gửi duyệt" offline used to
 * say "Đã gửi duyệt"; the server's refusal came after the team had left the unit. The phone now checks
 * with the server's own rule before it queues a submission, and lists what is missing. The phone reaches
 * the server through the test proxy, which really refuses every connection while the link is down.
 */
let t: TestApp;
let proxy: TcpProxy;
let visitId = '';

beforeAll(async () => {
  t = await startTestApp({ CLIENT_DIST: clientDist() });
  proxy = await startTcpProxy(t.url);
  visitId = await visitIdOf(t, 'HKL-CL');
});
afterAll(async () => {
  await proxy?.close();
  await t?.close();
});

async function onServer(): Promise<{ status: string | undefined; answers: string[] }> {
  const [visit] = await t.sql<{ status: string }>('select status from visit where id = ?', [visitId]);
  const answers = await t.sql<{ code: string }>(
    `select i.code from visit_answer a join checklist_item i on i.id = a.item_id where a.visit_id = ? order by i.code`,
    [visitId],
  );
  return { status: visit?.status, answers: answers.map((row) => row.code) };
}

/** The outbox's writes of every user on the phone, by kind. */
async function queuedKinds(page: Page): Promise<string[]> {
  return (await readOutboxEntries(page)).map((entry) => entry.kind);
}

async function choose(page: Page, code: string, choice: 'Đạt' | 'Không đạt') {
  await page.getByTestId(`group-${code.split('.')[0]}`).click();
  const button = page.getByTestId(`visit-item-${code}`).getByRole('button', { name: choice, exact: true });
  await button.click();
  await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
}

describe('submitting offline too early', () => {
  it('is refused on the phone with the list of what is missing, and nothing is queued', async () => {
    const phone = await openBrowser({ touch: true });
    try {
      await explainFailure(phone, 'early-submit', async () => {
        const { page } = phone;
        await phoneWithVisitOffline(page, proxy.url, visitId);

        // The link is down: every connection refused, while the browser still believes it is online.
        proxy.cut();
        expect(await page.evaluate(() => navigator.onLine)).toBe(true);
        await page.getByRole('button', { name: 'Bắt đầu kiểm tra' }).click();
        await expect.poll(() => page.getByTestId('visit-status').first().textContent()).toContain('Đang kiểm tra');
        await choose(page, '1.1', 'Đạt');
        await choose(page, '1.2', 'Đạt');
        // A failed item whose checklist asks for a photo, given none.
        await choose(page, '1.4', 'Không đạt');

        const submit = page.getByRole('button', { name: 'Gửi duyệt' });
        await submit.scrollIntoViewIfNeeded();
        await submit.click();
        const blocked = await visible(page.getByTestId('submit-blocked'));
        const text = (await blocked.textContent()) ?? '';
        expect(text).toMatch(/Chưa thể gửi duyệt: còn \d+ mục chưa hoàn thành/);
        expect(text).toContain('Tiêu chí 1.3 chưa có kết quả.');
        expect(text).toContain('Tiêu chí 1.4 không đạt nên cần ảnh minh chứng.');
        expect(text).toContain('Tiêu chí 1.4 không đạt nên cần ghi thực trạng phát hiện.');
        expect(text).not.toContain('Tiêu chí 1.1 chưa có kết quả.');
        expect(text).toContain('Chưa ghi thành phần tham dự.');
        expect(text).toContain('Chưa ghi kết luận.');
        expect(text).toContain('Thiếu chữ ký của trưởng đoàn.');
        expect(text).toContain('Thiếu chữ ký của đại diện đơn vị.');
        // Not "sent for approval": still in progress, and no submission waits on the phone.
        expect(await page.getByTestId('submit-waiting').count()).toBe(0);
        expect(await page.getByTestId('visit-status').first().textContent()).toContain('Đang kiểm tra');
        expect(await queuedKinds(page)).not.toContain('SUBMIT_VISIT');
        // The phone met the refused connections and says so, though the browser believes it is online.
        await expect
          .poll(() => page.getByTestId('sync-status').textContent())
          .toBe('4 thay đổi trên máy · không kết nối được máy chủ');

        // The banner's heading just under the sticky header.
        const showTop = () =>
          blocked.evaluate((element) => {
            element.scrollIntoView({ block: 'start' });
            window.scrollBy(0, -(document.querySelector('.app-header')?.getBoundingClientRect().height ?? 0) - 16);
          });
        await showTop();
        await screenshot(page, 'early-submit-390');
        await page.setViewportSize({ width: 1366, height: 768 });
        await showTop();
        await screenshot(page, 'early-submit-1366');

        // The link returns: the writes made meanwhile reach the server, and no submission with them.
        proxy.pass();
        await expect
          .poll(onServer, { timeout: 60_000, interval: 1000 })
          .toEqual({ status: 'IN_PROGRESS', answers: ['1.1', '1.2', '1.4'] });
        await expect.poll(() => queuedKinds(page)).toEqual([]);
      });
    } finally {
      proxy.pass();
      await phone.close();
    }
  });
});
