import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../helpers/a11y.js';
import { clientDist, screenshot, signIn, visible, withBrowser } from '../helpers/browser.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ CLIENT_DIST: clientDist() });
});
afterAll(() => t?.close());

const HEADER = ['Loại văn bản', 'Số, ký hiệu', 'Ngày ban hành', 'Mã đơn vị ban hành', 'Trích yếu'];

async function documentsFile(rows: unknown[][]): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Văn bản chỉ đạo');
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  return {
    name: 'van-ban.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}

const documentCount = async (year: number) =>
  Number((await t.sql<{ n: string }>('select count(*) as n from directive_document where year = ?', [year]))[0]?.n);

describe('Số liệu năm on a phone', () => {
  it('shows the 2021 TTHC figures, checks a document number, and imports a file only without bad rows', async () => {
    await withBrowser('registers', async ({ page }) => {
      await signIn(page, t.url, 'vanphong');
      await page.getByTestId('card-registers').click();
      await visible(page.getByRole('heading', { name: 'Số liệu năm' }));
      await page.getByLabel('Năm', { exact: true }).selectOption('2021');

      await page.getByRole('tab', { name: 'Thủ tục hành chính' }).click();
      const figures = await visible(page.getByTestId('tthc-figures'));
      await expect.poll(() => figures.getByTestId('figure-total').textContent()).toContain('91');
      await visible(figures.getByText('(97,8%)'));
      await visible(figures.getByText(/Cấp tỉnh: rà soát 7 TTHC, cắt giảm 99\/299 ngày \(33,11%\)/));
      await screenshot(page, 'registers-tthc-figures');
      await expectAccessible(page, 'registers: TTHC figures');
      const procedures = page.getByTestId('register-procedures');
      await visible(procedures.getByText('1–20 trên 91 thủ tục'));
      // The search (without accents) narrows the catalogue, kept in the address; the figures stay the year's.
      await procedures.getByLabel('Tìm thủ tục').fill('bao ve thuc vat');
      await visible(procedures.getByText('1–6 trên 6 thủ tục'));
      await expect.poll(() => new URL(page.url()).searchParams.get('q-tthc')).toBe('bao ve thuc vat');
      expect(await procedures.getByTestId('procedure-record').count()).toBe(6);
      await expect.poll(() => figures.getByTestId('figure-total').textContent()).toContain('91');
      await screenshot(page, 'registers-tthc-search');

      await page.getByRole('tab', { name: 'Văn bản chỉ đạo' }).click();
      const documents = await visible(page.getByTestId('register-documents'));
      const before = await documentCount(2021);
      await visible(documents.getByText(`trên ${before} văn bản năm 2021`));
      await documents.getByTestId('document-add').click();
      const form = await visible(page.getByTestId('document-form'));
      await form.getByLabel('Loại văn bản').selectOption({ label: 'Kế hoạch' });
      await form.getByLabel('Số, ký hiệu').fill('81-KH/SNN');
      await form.getByLabel('Ngày ban hành').fill('2021-05-10');
      await form.getByLabel('Đơn vị ban hành').selectOption({ label: 'Văn phòng Sở (VP)' });
      await form.getByLabel('Trích yếu').fill('Kế hoạch tuyên truyền cải cách hành chính');
      await form.getByTestId('document-save').click();
      await visible(form.getByText(/Số, ký hiệu văn bản phải gồm số/));
      await screenshot(page, 'registers-document-error');
      await expectAccessible(page, 'registers: document form with an error');
      await form.getByLabel('Số, ký hiệu').fill('81/KH-SNN');
      await form.getByTestId('document-save').click();
      // The year holds more than a page: the search finds the new document by its number.
      await documents.getByLabel('Tìm văn bản').fill('81/kh-snn');
      await expect.poll(() => new URL(page.url()).searchParams.get('q-vb')).toBe('81/kh-snn');
      await visible(documents.getByText('81/KH-SNN · Kế hoạch'));
      await visible(documents.getByText('10/05/2021 · Văn phòng Sở'));
      expect(await documentCount(2021)).toBe(before + 1);

      const input = documents.getByTestId('import-input-directive-documents');
      await input.setInputFiles(
        await documentsFile([
          ['Công văn', '3001/SNN-VP', '02/06/2021', 'VP', 'Về việc niêm yết TTHC'],
          ['Công văn', '3002/SNN-VP', '03/06/2021', 'KHONGCO', 'Đơn vị không có'],
        ]),
      );
      const preview = await visible(documents.getByTestId('import-preview'));
      await visible(preview.getByTestId('preview-row-3').getByText('Không có đơn vị nào mã "KHONGCO".'));
      await visible(preview.getByTestId('preview-row-2').getByText('Mới'));
      await expect.poll(() => preview.getByTestId('import-confirm').isDisabled()).toBe(true);
      await screenshot(page, 'registers-import-bad');
      await expectAccessible(page, 'registers: import preview with bad rows');
      expect(await documentCount(2021)).toBe(before + 1);

      await input.setInputFiles(
        await documentsFile([
          ['Công văn', '3001/SNN-VP', '02/06/2021', 'VP', 'Về việc niêm yết TTHC'],
          ['Thông báo', '3002/TB-SNN', '03/06/2021', 'SNN', 'Kết luận kiểm tra công vụ'],
        ]),
      );
      await visible(preview.getByText('2 mới · 0 cập nhật · 0 không đổi · 0 dòng lỗi'));
      await screenshot(page, 'registers-import-good');
      await preview.getByTestId('import-confirm').click();
      await visible(documents.getByText('Đã nhập: 2 dòng mới, 0 dòng cập nhật.'));
      await documents.getByLabel('Tìm văn bản').fill('300');
      await visible(documents.getByText('3001/SNN-VP · Công văn'));
      await visible(documents.getByText('3002/TB-SNN · Thông báo'));
      expect(await documentCount(2021)).toBe(before + 3);
      await screenshot(page, 'registers-imported');

      await documents
        .getByTestId('document-record')
        .filter({ hasText: '3002/TB-SNN' })
        .getByRole('button', { name: 'Xóa' })
        .click();
      await visible(page.getByText('"3002/TB-SNN" sẽ bị xóa khỏi sổ.', { exact: false }));
      await screenshot(page, 'registers-delete');
      await expectAccessible(page, 'registers: delete confirmation');
      await page.getByTestId('confirm-delete').click();
      await expect.poll(() => documents.getByText('3002/TB-SNN · Thông báo').count()).toBe(0);
      expect(await documentCount(2021)).toBe(before + 2);
    });
  });

  it('is read-only for leadership', async () => {
    await withBrowser('registers-leadership', async ({ page }) => {
      await signIn(page, t.url, 'lanhdao');
      await page.getByTestId('card-registers').click();
      await visible(page.getByText('Bạn chỉ được xem số liệu; Văn phòng cập nhật số liệu.'));
      await page.getByLabel('Năm', { exact: true }).selectOption('2021');
      await visible(page.getByRole('link', { name: 'Tải Excel' }));
      expect(await page.getByTestId('document-add').count()).toBe(0);
      expect(await page.getByText('Nhập từ tệp').count()).toBe(0);
      await page.getByRole('tab', { name: 'SIPAS / PAR INDEX' }).click();
      await visible(page.getByTestId('index-SIPAS').getByText(/Tổng điểm/));
      await screenshot(page, 'registers-leadership-indices');
      await expectAccessible(page, 'registers: indices (leadership)');
    });
  });
});
