import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../helpers/a11y.js';
import { clientDist, screenshot, signIn, step, visible, withBrowser } from '../helpers/browser.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  // Organisation changes are tried on the demo as it was before the 2025 reform (its units of 2021).
  t = await startTestApp({ CLIENT_DIST: clientDist(), SEED_DEMO_REFORM: 'false' });
});
afterAll(() => t?.close());

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The template's sheet with these rows in place of its example. */
async function fromTemplate(template: Buffer, rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  sheet.spliceRows(2, sheet.rowCount - 1);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('a restructure imported from Excel on the units screen', () => {
  it('the office fills the template: a bad file is refused row by row, a good one recorded after the preview', async () => {
    await withBrowser('unit-import', async ({ page }) => {
      await signIn(page, t.url, 'vanphong');
      await page.goto(`${t.url}/don-vi`);
      const section = await visible(page.getByTestId('unit-import'));
      await section.locator('summary').click();

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        section.getByRole('link', { name: 'Tải tệp mẫu (.xlsx)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('mau-thay-doi-to-chuc.xlsx');
      const template = await readFile(await download.path());
      const input = section.getByTestId('unit-import-input');

      await step('a bad file: every bad row named with its reason, nothing can be recorded', async () => {
        const bad = await fromTemplate(template, [
          [
            'Đổi tên',
            'TTKN',
            '',
            'Trung tâm Khuyến nông tỉnh Lạng Sơn',
            '',
            '',
            '01/03/2025',
            '12/QĐ-UBND',
            '20/02/2025',
          ],
          ['Đổi tên', 'KHONG-CO', '', 'Tên mới', '', '', '01/03/2025', '12/QĐ-UBND', '20/02/2025'],
          ['Sắp xếp lại', 'TTKN', '', '', '', '', '01/03/2025', '12/QĐ-UBND', '20/02/2025'],
          ['Giải thể', 'CCKL', '', '', '', '', '01/03/2025', '12/QĐ-UBND', '20/02/2025'],
        ]);
        await input.setInputFiles({ name: 'sai.xlsx', mimeType: XLSX, buffer: bad });
        const preview = await visible(section.getByTestId('unit-import-preview'));
        await visible(preview.getByText('1 thay đổi hợp lệ · 3 dòng lỗi'));
        await visible(preview.getByTestId('unit-import-row-3').getByText('Không có đơn vị nào mã "KHONG-CO".'));
        await visible(preview.getByTestId('unit-import-row-4').getByText(/Loại thay đổi "Sắp xếp lại" không hợp lệ/));
        await visible(preview.getByTestId('unit-import-row-5').getByText(/còn đơn vị cấp dưới đang hoạt động/));
        await visible(
          preview
            .getByTestId('unit-import-row-2')
            .getByText('Sau thay đổi: Trung tâm Khuyến nông tỉnh Lạng Sơn (TTKN)'),
        );
        expect(await preview.getByTestId('unit-import-confirm').isDisabled()).toBe(true);
        expect(await t.sql('select id from unit_change')).toEqual([]);
        await screenshot(page, 'unit-import-bad');
        await expectAccessible(page, 'units: import preview with bad rows');
      });

      await step('a good file: the preview in date order, then recorded after the confirmation', async () => {
        const good = await fromTemplate(template, [
          ['Điều chuyển', 'HKL-KV1', '', '', '', 'SNN', '15/07/2025', '15/QĐ-UBND', '10/07/2025'],
          [
            'Hợp nhất',
            'HKL-VL; HKL-CL',
            'HKL-KV1',
            'Hạt Kiểm lâm khu vực I',
            'Hạt Kiểm lâm',
            '',
            '01/07/2025',
            '14/QĐ-UBND',
            '25/06/2025',
          ],
          // A dissolution names the unit taking over its tasks in the new code column.
          ['Giải thể', 'CCTL', 'TTKN', '', '', '', '01/09/2025', '16/QĐ-UBND', '20/08/2025'],
        ]);
        await input.setInputFiles({ name: 'dung.xlsx', mimeType: XLSX, buffer: good });
        const preview = await visible(section.getByTestId('unit-import-preview'));
        await visible(preview.getByText('3 thay đổi hợp lệ · 0 dòng lỗi'));
        const merge = preview.getByTestId('unit-import-row-3');
        await visible(merge.getByText('· ghi nhận thứ 1'));
        await visible(merge.getByText('Sau thay đổi: Hạt Kiểm lâm khu vực I (HKL-KV1)'));
        await visible(
          merge.getByText(
            'Chuyển sang Hạt Kiểm lâm khu vực I (HKL-KV1): 1 dòng kế hoạch chưa kiểm tra, 1 người dùng, 0 tồn tại chưa khắc phục xong',
          ),
        );
        await visible(
          preview
            .getByTestId('unit-import-row-4')
            .getByText(
              'Chuyển sang Trung tâm Khuyến nông (TTKN): 1 dòng kế hoạch chưa kiểm tra, 0 người dùng, 0 tồn tại chưa khắc phục xong',
            ),
        );
        expect(await t.sql('select id from unit_change')).toEqual([]);
        await screenshot(page, 'unit-import-good');
        await preview.getByTestId('unit-import-confirm').click();
        await page.getByTestId('unit-import-apply').click();
        await visible(section.getByText('Đã ghi nhận 3 thay đổi tổ chức.'));
        expect(await t.sql(`select kind, effective_on::text as on from unit_change order by effective_on`)).toEqual([
          { kind: 'MERGE', on: '2025-07-01' },
          { kind: 'MOVE', on: '2025-07-15' },
          { kind: 'DISSOLVE', on: '2025-09-01' },
        ]);
        // The tree follows: the new unit is listed under the department.
        await page.getByLabel('Tìm đơn vị').fill('khu vuc I');
        await visible(page.locator('.unit-main', { hasText: 'Hạt Kiểm lâm khu vực I' }).first());
      });
    });
  });
});
