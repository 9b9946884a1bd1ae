import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../helpers/a11y.js';
import { clientDist, explainFailure, openBrowser, screenshot, signIn, visible } from '../helpers/browser.js';
import { docxText } from '../helpers/documents.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ CLIENT_DIST: clientDist() });
});
afterAll(() => t?.close());

const NARRATIVE = {
  basis: 'Thực hiện Kế hoạch số 167/KH-UBND ngày 28 tháng 5 năm 2021 của UBND tỉnh Lạng Sơn.',
  strengths: 'Các phòng, đơn vị chấp hành tốt giờ giấc làm việc và văn hóa công sở.',
  weaknesses: 'Một số đơn vị chưa niêm yết đầy đủ thủ tục hành chính.\nHồ sơ trực tuyến còn ít.',
  directions: 'Tiếp tục siết chặt kỷ luật, kỷ cương hành chính năm 2022.',
  signerName: 'Nguyễn Phúc Đạt',
};

/** Runs a test in a fresh touch phone (390×844); on failure saves a screenshot and the browser log. */
async function onPhone(name: string, test: (page: Page) => Promise<void>): Promise<void> {
  const session = await openBrowser({ touch: true });
  try {
    await explainFailure(session, name, () => test(session.page));
  } finally {
    await session.close();
  }
}

async function openReport(page: Page, username: string, year: number) {
  await signIn(page, t.url, username);
  await page.getByTestId('card-annual-report').tap();
  await visible(page.getByRole('heading', { name: 'Báo cáo năm SIPAS / PAR INDEX' }));
  await page.getByLabel('Năm báo cáo').selectOption(String(year));
  await visible(page.getByTestId('report-narrative'));
}

const field = (page: Page, name: string) => page.getByTestId(`field-${name}`);

async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).tap()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

describe('Báo cáo năm on a phone', () => {
  it('office staff write, save, keep after a reload, resolve a conflict, download, start 2022 from 2021, and issue', async () => {
    await onPhone('annual-report', async (page) => {
      await openReport(page, 'vanphong', 2021);
      await visible(page.getByText('Chưa có nội dung'));
      await screenshot(page, 'annual-report-empty');

      for (const [name, text] of Object.entries(NARRATIVE)) await field(page, name).fill(text);
      await visible(page.getByTestId('save-state').getByText('Có thay đổi chưa lưu'));
      await screenshot(page, 'annual-report-unsaved');
      await expectAccessible(page, 'annual report: editing, unsaved');
      await page.getByTestId('report-save').tap();
      await visible(page.getByTestId('save-state').getByText(/✓ Đã lưu lúc/));
      await screenshot(page, 'annual-report-saved');
      // The preview shows what was saved, in the files' words.
      await page.getByTestId('report-preview-toggle').tap();
      await expect
        .poll(async () => (await page.getByTestId('report-preview').textContent()) ?? '')
        .toContain('Hồ sơ trực tuyến còn ít.');

      await page.reload();
      await visible(page.getByTestId('report-narrative'));
      expect(await page.getByLabel('Năm báo cáo').inputValue()).toBe('2021');
      for (const [name, text] of Object.entries(NARRATIVE)) {
        await expect.poll(() => field(page, name).inputValue()).toBe(text);
      }
      await visible(page.getByTestId('save-state').getByText('✓ Đã lưu'));

      // Someone else saves meanwhile: the text on the phone is kept, and the user chooses.
      const other = await t.as('vanphong');
      const [row] = await t.sql<{ version: number }>('select version from annual_report_draft where year = 2021');
      const otherSave = await other.request(
        `mutation ($i: SaveAnnualReportDraftInput!) { saveAnnualReportDraft(input: $i) { version } }`,
        { i: { year: 2021, version: row?.version, ...NARRATIVE, strengths: 'Bản của người khác.' } },
      );
      expect(otherSave.errors).toBeUndefined();
      const mine = `${NARRATIVE.strengths}\nCông khai đầy đủ 91 thủ tục hành chính.`;
      await field(page, 'strengths').fill(mine);
      await page.getByTestId('report-save').tap();
      const conflict = await visible(page.getByTestId('save-conflict'));
      await visible(conflict.getByText(/người khác đã lưu dự thảo năm 2021/));
      expect(await field(page, 'strengths').inputValue()).toBe(mine);
      await conflict.scrollIntoViewIfNeeded();
      await screenshot(page, 'annual-report-conflict');
      await expectAccessible(page, 'annual report: save conflict');
      await page.getByTestId('conflict-keep-mine').tap();
      await visible(page.getByTestId('save-state').getByText(/✓ Đã lưu lúc/));
      const [kept] = await t.sql<{ strengths: string }>('select strengths from annual_report_draft where year = 2021');
      expect(kept?.strengths).toBe(mine);

      // The Word file carries the narrative and the figures drawn from data.
      await page.getByTestId('report-downloads').scrollIntoViewIfNeeded();
      const docx = await download(page, 'download-docx');
      expect(docx.name).toBe('bao-cao-sipas-par-index-2021.docx');
      const { text } = docxText(docx.bytes);
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain('Công khai đầy đủ 91 thủ tục hành chính.');
      expect(flat).toContain('Hồ sơ trực tuyến còn ít.');
      expect(flat).toContain('Nguyễn Phúc Đạt');
      expect(flat).toContain('toàn bộ 91 TTHC');
      expect(flat).toMatch(/bưu chính công ích: 89\/91 TTHC \(97,8%\)/);
      expect(flat).toContain('kiểm tra 100% các đơn vị trực thuộc');
      await visible(page.getByText('Đã tải bao-cao-sipas-par-index-2021.docx.'));
      const xlsx = await download(page, 'download-xlsx');
      expect(xlsx.name).toBe('tong-hop-2021.xlsx');
      expect(xlsx.bytes.subarray(0, 2).toString()).toBe('PK');
      await screenshot(page, 'annual-report-downloads');

      // 2022 starts from 2021's text, after a confirmation.
      await page.getByLabel('Năm báo cáo').selectOption('2022');
      const start = await visible(page.getByTestId('start-from-year'));
      await visible(page.getByText('Chưa có nội dung'));
      await screenshot(page, 'annual-report-2022-empty');
      // Text typed but not saved survives a change of year (a copy stays on the phone).
      const unsaved = 'Ghi chú chưa lưu năm 2022.';
      await field(page, 'strengths').fill(unsaved);
      await page.getByLabel('Năm báo cáo').selectOption('2021');
      await expect.poll(() => field(page, 'strengths').inputValue()).toBe(mine);
      await page.getByLabel('Năm báo cáo').selectOption('2022');
      await visible(page.getByText('Đã khôi phục nội dung bạn gõ nhưng chưa lưu trên máy này.', { exact: false }));
      expect(await field(page, 'strengths').inputValue()).toBe(unsaved);
      await start.getByRole('button', { name: 'Bắt đầu từ nội dung năm 2021' }).tap();
      const startDialog = await visible(page.getByRole('dialog', { name: 'Chép nội dung năm 2021?' }));
      await visible(startDialog.getByText('Nội dung bạn đang gõ (chưa lưu) trên màn hình sẽ bị thay thế.'));
      await screenshot(page, 'annual-report-start-confirm');
      await expectAccessible(page, 'annual report: copy from last year dialog');
      await page.getByTestId('confirm-start').tap();
      await visible(page.getByText('Đã chép nội dung năm 2021. Hãy sửa lại cho năm 2022 rồi lưu.'));
      await expect.poll(() => field(page, 'strengths').inputValue()).toBe(mine);
      expect(await field(page, 'directions').inputValue()).toBe(NARRATIVE.directions);
      const [copy] = await t.sql<{ strengths: string }>('select strengths from annual_report_draft where year = 2022');
      expect(copy?.strengths).toBe(mine);

      // 2021 is issued with a number and a day typed dd/MM/yyyy.
      await page.getByLabel('Năm báo cáo').selectOption('2021');
      const issue = await visible(page.getByTestId('report-issue'));
      await issue.scrollIntoViewIfNeeded();
      await page.getByTestId('issue-number').fill('215');
      await page.getByTestId('issue-date').fill('31/02/2021');
      await page.getByTestId('issue-report').tap();
      await visible(issue.getByText('Ngày phải có dạng ngày/tháng/năm, ví dụ 25/11/2021.'));
      await page.getByTestId('issue-date').fill('25/11/2021');
      await page.getByTestId('issue-report').tap();
      await visible(page.getByText('Báo cáo sẽ mang số 215 ngày 25/11/2021.', { exact: false }));
      await screenshot(page, 'annual-report-issue-confirm');
      await page.getByTestId('confirm-issue').tap();
      await visible(page.getByText('Đã ban hành: báo cáo số 215 ngày 25/11/2021. Nội dung không còn sửa được.'));
      // Issued: the text reads as it will print, nothing to type into.
      expect(await field(page, 'strengths').textContent()).toBe(mine);
      expect(await page.locator('textarea').count()).toBe(0);
      expect(await page.getByTestId('report-save-bar').count()).toBe(0);
      const [issued] = await t.sql<{ issued_number: number; issued_on: string }>(
        `select issued_number, issued_on::text as issued_on from annual_report_draft where year = 2021`,
      );
      expect(issued).toMatchObject({ issued_number: 215, issued_on: '2021-11-25' });
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, 'annual-report-issued');
      await expectAccessible(page, 'annual report: issued');
    });
  });

  it('is read-only for leadership, who can still download', async () => {
    await onPhone('annual-report-leadership', async (page) => {
      const office = await t.as('vanphong');
      const saved = await office.request(
        `mutation ($i: SaveAnnualReportDraftInput!) { saveAnnualReportDraft(input: $i) { version } }`,
        { i: { year: 2020, ...NARRATIVE } },
      );
      expect(saved.errors).toBeUndefined();
      await openReport(page, 'lanhdao', 2020);
      await visible(page.getByText('Bạn chỉ được xem; Văn phòng soạn và ban hành báo cáo.'));
      await expect.poll(() => field(page, 'strengths').textContent()).toContain(NARRATIVE.strengths);
      expect(await page.locator('textarea').count()).toBe(0);
      expect(await page.getByTestId('report-save-bar').count()).toBe(0);
      expect(await page.getByTestId('start-from-year').count()).toBe(0);
      expect(await page.getByTestId('report-issue').count()).toBe(0);
      await screenshot(page, 'annual-report-leadership');
      const pdf = await download(page, 'download-pdf');
      expect(pdf.bytes.subarray(0, 4).toString()).toBe('%PDF');

      // A slow file shows that it is being made; a failed one says why.
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      await page.route('**/api/annual-reports/2020.docx', async (route) => {
        await held;
        await route.fulfill({
          status: 500,
          contentType: 'application/json',
          body: JSON.stringify({ code: 'INTERNAL_SERVER_ERROR', message: 'Đã xảy ra lỗi không mong muốn.' }),
        });
      });
      await page.getByTestId('download-docx').tap();
      await visible(page.getByText('Đang tạo tệp Word…'));
      expect(await page.getByTestId('download-pdf').isDisabled()).toBe(true);
      await screenshot(page, 'annual-report-downloading');
      release();
      await visible(page.getByText('Không tải được tệp: Đã xảy ra lỗi không mong muốn.'));
      await screenshot(page, 'annual-report-download-error');
      await expectAccessible(page, 'annual report: download error (leadership)');
      await page.getByTestId('report-narrative').scrollIntoViewIfNeeded();
      await screenshot(page, 'annual-report-leadership-text');

      // Leadership reads the report on screen, as the files say it, without downloading.
      await page.getByTestId('report-preview-toggle').tap();
      const preview = await visible(page.getByTestId('report-preview'));
      const text = ((await preview.textContent()) ?? '').replace(/\s+/g, ' ');
      expect(text).toContain(
        'Thực hiện Kế hoạch số 167/KH-UBND ngày 28 tháng 5 năm 2021 của UBND tỉnh Lạng Sơn, Sở Nông nghiệp và Phát triển nông thôn báo cáo kết quả thực hiện như sau:',
      );
      expect(text).toContain('Số: /BC-SNN');
      expect(text).toContain(NARRATIVE.strengths);
      expect(text).toContain('Nguyễn Phúc Đạt');
      // 2020 has no TTHC catalogue and no plan in the demo: the report says so.
      expect(text).toContain('Danh mục TTHC năm 2020 của Sở Nông nghiệp và Phát triển nông thôn chưa được cập nhật');
      expect(text).not.toContain('toàn bộ 0 TTHC');
      await preview.scrollIntoViewIfNeeded();
      await screenshot(page, 'annual-report-preview');
      await preview.getByText('II. KẾT QUẢ THỰC HIỆN').scrollIntoViewIfNeeded();
      await screenshot(page, 'annual-report-preview-results');
      await expectAccessible(page, 'annual report: preview (leadership)');

      // The dashboard offers the same Excel file for its year and scope (by default the last complete year).
      await page.goto(`${t.url}/tong-hop`);
      const xlsx = await visible(page.getByTestId('dashboard-xlsx'));
      expect(await xlsx.getAttribute('href')).toBe(`/api/rollup/${new Date().getFullYear() - 1}.xlsx`);
      await screenshot(page, 'annual-report-dashboard-xlsx');
    });
  });
});
