import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientDist, screenshot, signIn, visible, withBrowser } from '../helpers/browser.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ CLIENT_DIST: clientDist() });
});
afterAll(() => t?.close());

describe('a checklist through Excel, in the office screen', () => {
  it('downloads the published version and loads it back into the draft', async () => {
    await withBrowser('checklist-excel', async ({ page }) => {
      await signIn(page, t.url, 'vanphong');
      await page.getByTestId('card-checklists').click();
      await page.getByTestId('checklist-row').first().click();
      const excel = await visible(page.getByTestId('checklist-excel'));
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        excel.getByRole('link', { name: 'Tải về Excel (phiên bản 1)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('bo-tieu-chi-klkc-v1.xlsx');
      const bytes = await readFile(await download.path());
      await excel.locator('input[type=file]').setInputFiles({
        name: 'bo-tieu-chi.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: bytes,
      });
      await visible(excel.getByText('Đã nhập 27 tiêu chí vào bản nháp (phiên bản 2).'));
      await screenshot(page, 'checklist-excel');
      await excel.locator('input[type=file]').setInputFiles({
        name: 'khong-phai-excel.xlsx',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from('không phải Excel'),
      });
      await visible(excel.getByText(/chưa có gì được lưu/));
      const drafts = await t.sql<{ n: string }>(`select count(*) as n from checklist_version where status = 'DRAFT'`);
      expect(Number(drafts[0]?.n)).toBe(1);
    });
  });
});
