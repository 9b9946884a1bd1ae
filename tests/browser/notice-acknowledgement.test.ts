import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../helpers/a11y.js';
import { clientDist, screenshot, signIn, step, visible, withBrowser } from '../helpers/browser.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let visitId: string;
let visitDay: string;
beforeAll(async () => {
  t = await startTestApp({ CLIENT_DIST: clientDist() });
  // The earliest approved visit of Hạt Kiểm lâm Cao Lộc, thutruong's unit (it found nothing to fix).
  const [row] = await t.sql<{ id: string; day: string }>(
    `select v.id, to_char(v.visit_date, 'DD/MM/YYYY') as day from visit v join unit u on u.id = v.unit_id
     where u.code = 'HKL-CL' and v.status = 'APPROVED' order by v.visit_date limit 1`,
  );
  visitId = row?.id ?? '';
  visitDay = row?.day ?? '';
});
afterAll(() => t?.close());

async function download(page: Page, within: Locator, name: RegExp): Promise<{ name: string; size: number }> {
  const [file] = await Promise.all([page.waitForEvent('download'), within.getByRole('link', { name }).click()]);
  return { name: file.suggestedFilename(), size: (await readFile(await file.path())).length };
}

describe('the conclusion notice reaches the inspected unit', () => {
  it('the office issues the notice; the unit head downloads it and acknowledges receipt; the office sees it', async () => {
    expect(visitId).not.toBe('');
    await withBrowser('notice-issue-office', async ({ page }) => {
      await signIn(page, t.url, 'vanphong');
      await page.goto(`${t.url}/duyet/${visitId}`);
      const notice = await visible(page.getByTestId('conclusion-notice'));
      await visible(notice.getByText('Văn phòng Sở chưa ban hành thông báo kết luận (chưa có số, ngày).'));
      await notice.getByTestId('notice-open').click();
      await step('a bad number is named on its field, and nothing is issued', async () => {
        await page.getByTestId('notice-number').fill('12/KH-SNN');
        await page
          .getByTestId('notice-strengths')
          .fill('Đơn vị chấp hành nghiêm giờ giấc làm việc.\nNiêm yết đầy đủ thủ tục hành chính.');
        await page.getByTestId('notice-signer').fill('Hoàng Văn Minh');
        await page.getByTestId('notice-submit').click();
        await visible(page.getByText('Số thông báo phải có dạng số/TB-ký hiệu cơ quan, ví dụ 25/TB-SNNMT.'));
        await expectAccessible(page, 'review: issue notice dialog');
        await screenshot(page, 'notice-issue-dialog');
      });
      await step('issued with its number and date', async () => {
        await page.getByTestId('notice-number').fill('12/TB-SNN');
        await page.getByTestId('notice-submit').click();
        await visible(notice.getByText('Đã ghi nhận thông báo kết luận.'));
        await visible(
          notice.getByText(/^Thông báo số 12\/TB-SNN ngày \d{2}\/\d{2}\/\d{4}, người ký: Hoàng Văn Minh\.$/),
        );
        await visible(notice.getByTestId('notice-open').filter({ hasText: 'Sửa thông báo kết luận' }));
      });
    });

    await withBrowser('notice-acknowledgement', async ({ page }) => {
      await signIn(page, t.url, 'thutruong');
      await page.goto(`${t.url}/ton-tai`);
      const section = await visible(
        page.getByTestId('unit-visit-documents').filter({ hasText: `Cuộc kiểm tra ngày ${visitDay}` }),
      );
      await visible(section.getByText('Biên bản và thông báo kết luận'));
      await visible(
        section.getByText(/^Thông báo số 12\/TB-SNN ngày \d{2}\/\d{2}\/\d{4}, người ký: Hoàng Văn Minh\.$/),
      );

      await step('downloads the minutes (.docx) and the notice (PDF)', async () => {
        const minutes = await download(page, section, /Biên bản kiểm tra \(\.docx\)/);
        expect(minutes.name).toMatch(/^bien-ban-kiem-tra-HKL-CL-.*\.docx$/);
        expect(minutes.size).toBeGreaterThan(1000);
        const notice = await download(page, section, /Thông báo kết luận \(PDF\)/);
        expect(notice.name).toMatch(/^thong-bao-ket-luan-kiem-tra-HKL-CL-.*\.pdf$/);
        expect(notice.size).toBeGreaterThan(1000);
      });

      await step('acknowledges receipt after a confirmation', async () => {
        await visible(section.getByText('Đơn vị chưa xác nhận đã nhận thông báo kết luận.'));
        await section.getByTestId('acknowledge-notice').click();
        await visible(page.getByText(/Ngày xác nhận và họ tên của bạn được ghi lại/));
        await expectAccessible(page, 'finding: acknowledge notice dialog');
        await page.getByTestId('acknowledge-notice-submit').click();
        await visible(section.getByText(/^Đơn vị đã nhận thông báo ngày \d{2}\/\d{2}\/\d{4} \(Vi Thị Lan\)$/));
        expect(await section.getByTestId('acknowledge-notice').count()).toBe(0);
        await screenshot(page, 'notice-acknowledged');
      });
    });

    await withBrowser('notice-acknowledgement-office', async ({ page }) => {
      await signIn(page, t.url, 'vanphong');
      await page.goto(`${t.url}/duyet/${visitId}`);
      const documents = await visible(page.getByTestId('visit-documents'));
      await visible(documents.getByText(/^Đơn vị đã nhận thông báo ngày \d{2}\/\d{2}\/\d{4} \(Vi Thị Lan\)$/));
      // What the unit received is no longer changed.
      await visible(documents.getByText('Đơn vị đã xác nhận đã nhận nên thông báo không sửa được nữa.'));
      expect(await documents.getByTestId('notice-open').count()).toBe(0);
    });
  });
});
