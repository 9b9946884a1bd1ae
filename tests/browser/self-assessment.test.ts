import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../helpers/a11y.js';
import {
  type BrowserSession,
  clientDist,
  explainFailure,
  openBrowser,
  screenshot,
  signIn,
  step,
  visible,
} from '../helpers/browser.js';
import { criteriaFile, SMALL_SET } from '../helpers/criteria-sheet.js';
import { unzip } from '../helpers/documents.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/*
 * Tự đánh giá, chấm điểm Chỉ số CCHC in real Chromium (issue 17): the office imports a small criteria set
 * for 2021 (a bad file refused first), scores it on the demo's 2021 records (a suggestion accepted, one
 * overridden with an explanation, one criterion not applicable), cites a record and uploads a PDF,
 * submits; the submitted assessment is read-only and the server refuses an edit; leadership returns it,
 * then approves it; the office enters the appraisal by hand and from the sheet, and finalises. The demo's
 * 44-criterion 2025 assessment is opened once.
 */

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ CLIENT_DIST: clientDist() });
});
afterAll(() => t?.close());

const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

/** Screenshots of the page on a phone and on a desktop, `<name>-390` and `<name>-1366`, `focus` at the top. */
async function bothSizes(page: Page, name: string, focus: Locator): Promise<void> {
  for (const [size, viewport] of [
    ['390', PHONE],
    ['1366', DESKTOP],
  ] as const) {
    await page.setViewportSize(viewport);
    await focus.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    // Below the sticky header.
    await page.evaluate(() => window.scrollBy(0, -130));
    await screenshot(page, `${name}-${size}`);
  }
  await page.setViewportSize(PHONE);
}

const criterion = (page: Page, code: string) => page.getByTestId(`criterion-${code}`);

/** The criterion's card, opened (its area is opened first by "Mở tất cả"). */
async function openCriterion(page: Page, code: string): Promise<Locator> {
  const card = criterion(page, code);
  const toggle = card.getByTestId('criterion-toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await visible(card.getByTestId('criterion-toggle').and(page.locator('[aria-expanded="true"]')));
  return card;
}

async function status(page: Page): Promise<string> {
  return (await page.getByTestId('assessment-status').textContent()) ?? '';
}

async function confirmStep(page: Page, stepName: string): Promise<void> {
  await page.getByTestId(`workflow-${stepName}`).click();
  await visible(page.getByRole('dialog'));
  await page.getByTestId(`confirm-${stepName}`).click();
}

/** Sends scoreCriterion from the page with the user's session, as a hand-made request would. */
async function scoreFromPage(page: Page, assessmentId: string, criterionId: string): Promise<unknown> {
  return page.evaluate(
    async ({ a, c }) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation ($i: ScoreCriterionInput!) { scoreCriterion(input: $i) { id } }',
          variables: { i: { assessmentId: a, criterionId: c, points: 1 } },
        }),
      });
      const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
      return body.errors?.[0]?.extensions?.code ?? null;
    },
    { a: assessmentId, c: criterionId },
  );
}

async function scoreRow(code: string) {
  const [row] = await t.sql<Record<string, unknown>>(
    `select s.points::float8 as points, s.suggested_points::float8 as suggested_points, s.override_explanation,
            s.not_applicable, s.appraisal_points1::float8 as appraisal_points1, a.id as assessment_id,
            c.id as criterion_id
       from criterion_score s join self_assessment a on a.id = s.assessment_id
       join criterion c on c.id = s.criterion_id where a.year = 2021 and c.code = ?`,
    [code],
  );
  return row;
}

/** A message shown before its catalogue loaded reads as its key (client/src/i18n/messages.ts logs it). */
function expectNoMissingMessages(session: BrowserSession): void {
  expect(session.log.filter((line) => line.includes('i18n:'))).toEqual([]);
}

describe('the PAR INDEX self-assessment in the browser', () => {
  it('the demo 2025 assessment opens from the home card with its 8 areas and every scored criterion', async () => {
    const session = await openBrowser();
    try {
      await explainFailure(session, 'self-assessment-demo', async () => {
        const { page } = session;
        await signIn(page, t.url, 'vanphong');
        await page.getByTestId('card-self-assessment').click();
        await page.waitForURL(/\/tu-danh-gia\/2025$/);
        await visible(page.getByRole('heading', { name: 'Tự đánh giá, chấm điểm Chỉ số CCHC' }));
        await expect.poll(() => status(page)).toBe('Dự thảo');
        await expect.poll(() => page.getByTestId('total-self').textContent()).toMatch(/\/99 điểm$/);
        expect(await page.getByTestId('area-toggle').count()).toBe(8);
        await page.getByRole('button', { name: 'Mở tất cả' }).click();
        const [leaves] = await t.sql<{ n: string }>(
          `select count(*) as n from criterion c join criteria_set s on s.id = c.set_id
            where s.year = 2025 and c.is_leaf`,
        );
        expect(Number(leaves?.n)).toBeGreaterThan(40);
        await expect.poll(() => page.getByTestId('criterion-toggle').count()).toBe(Number(leaves?.n));
        await visible(criterion(page, '2.1.1').getByTestId('criterion-state').getByText('Không áp dụng'));
        await screenshot(page, 'self-assessment-demo-390');
        await expectAccessible(page, 'self-assessment: the demo 2025 draft');
        expectNoMissingMessages(session);
      });
    } finally {
      await session.close();
    }
  });

  it('office imports a set and scores 2021, leadership returns then approves, the appraisal is entered and final', async () => {
    const office = await openBrowser();
    const leadership = await openBrowser();
    try {
      await explainFailure(office, 'self-assessment-workflow', async () => {
        const { page } = office;
        await signIn(page, t.url, 'vanphong');

        await step('a bad criteria file is refused with every bad row named, nothing saved', async () => {
          await page.goto(`${t.url}/tu-danh-gia/bo-tieu-chi?nam=2021`);
          await visible(page.getByRole('heading', { name: 'Bộ tiêu chí chấm điểm Chỉ số CCHC' }));
          await visible(page.getByText('Năm 2021 chưa có bộ tiêu chí.'));
          const form = page.getByTestId('criteria-import');
          await form.getByTestId('set-title').fill('Bộ tiêu chí thử nghiệm năm 2021');
          await form.getByTestId('set-number').fill('12/QĐ-UBND');
          await form.getByTestId('set-total').fill('10');
          await form.getByTestId('set-issued').fill('10/01/2021');
          const bad = SMALL_SET.map((row) => (row[0] === '1.1.2' ? ['1.1.2', row[1], 2, ...row.slice(3)] : row));
          bad.push(['2.2', 'Xử lý phản ánh, kiến nghị (trùng mã)', 3, null, null, 1, null, null, null]);
          await form.getByTestId('criteria-import-input').setInputFiles({
            name: 'bo-tieu-chi-loi.xlsx',
            mimeType: XLSX,
            buffer: await criteriaFile(bad),
          });
          const preview = await visible(form.getByTestId('criteria-preview'));
          await visible(
            preview
              .getByTestId('criteria-row-3')
              .getByText('Tiêu chí 1.1 có điểm tối đa 2 nhưng các tiêu chí con cộng lại 3.'),
          );
          await visible(preview.getByTestId('criteria-row-10').getByText('Mã 2.2 bị trùng: mỗi tiêu chí một mã.'));
          await expect.poll(() => preview.getByTestId('criteria-import-confirm').isDisabled()).toBe(true);
          await bothSizes(page, 'self-assessment-criteria-preview-bad', preview);
          await expectAccessible(page, 'criteria import: a bad file');
          expect(await t.sql('select id from criteria_set where year = 2021')).toEqual([]);
        });

        await step('the good file is previewed and imported as revision 1', async () => {
          const form = page.getByTestId('criteria-import');
          await form.getByTestId('criteria-import-input').setInputFiles({
            name: 'bo-tieu-chi.xlsx',
            mimeType: XLSX,
            buffer: await criteriaFile(SMALL_SET),
          });
          const preview = form.getByTestId('criteria-preview');
          await visible(
            preview.getByText('2 lĩnh vực · 4 tiêu chí · 2 tiêu chí thành phần · 0 dòng lỗi', { exact: true }),
          );
          await bothSizes(page, 'self-assessment-criteria-preview-good', preview);
          await preview.getByTestId('criteria-import-confirm').click();
          await visible(form.getByText('Đã nhập bộ tiêu chí năm 2021, lần ban hành 1.'));
          const set = await visible(page.getByTestId('criteria-set-1'));
          await visible(set.getByText('Văn bản 12/QĐ-UBND ngày 10/01/2021, áp dụng từ 10/01/2021; tổng 10 điểm'));
          await set.getByTestId('criteria-set-show-1').click();
          await visible(set.getByTestId('criteria-set-tree').getByText('Kiểm tra cải cách hành chính'));
        });

        await step('the 2021 assessment is started; submitting it empty lists what is missing', async () => {
          await page.getByRole('link', { name: 'Bản tự đánh giá năm 2021' }).click();
          await visible(page.getByText('Năm 2021 chưa có bản tự đánh giá, chấm điểm.'));
          await page.getByTestId('self-assessment-start').click();
          await expect.poll(() => status(page)).toBe('Dự thảo');
          await confirmStep(page, 'submit');
          const refusal = await visible(page.getByTestId('workflow-refusal'));
          await visible(refusal.getByText('Còn 5 tiêu chí chưa chấm hoặc cần chấm lại', { exact: false }));
          for (const code of ['1.1.1', '1.1.2', '1.2', '2.1', '2.2'])
            await visible(refusal.getByRole('link', { name: code, exact: true }));
          // A code in the list opens its area and its card.
          await refusal.getByRole('link', { name: '2.2', exact: true }).click();
          await visible(criterion(page, '2.2').getByTestId('score-form'));
          await page.getByRole('button', { name: 'Mở tất cả' }).click();
        });

        await step('1.2: the suggestion from the records is accepted', async () => {
          const card = await openCriterion(page, '1.2');
          await visible(
            card
              .getByTestId('suggestion-computation')
              .getByText('23/23 đơn vị được kiểm tra theo kế hoạch = 100% -> 2/2 điểm', {
                exact: false,
              }),
          );
          await card.getByTestId('accept-suggestion').click();
          await visible(card.getByTestId('criterion-state').getByText('2 điểm'));
          await visible(card.getByTestId('suggestion-accepted'));
          expect(await scoreRow('1.2')).toMatchObject({ points: 2, suggested_points: 2 });
        });

        await step('1.1.1: the suggestion is accepted, then overridden with an explanation', async () => {
          const card = await openCriterion(page, '1.1.1');
          await visible(
            card.getByText('1/8 Kế hoạch ban hành đúng hạn (chậm nhất ngày 31/01/2021) = 12,5% -> 0/1 điểm', {
              exact: false,
            }),
          );
          await card.getByRole('button', { name: 'Xem 8 hồ sơ được tính' }).click();
          await visible(card.getByTestId('suggestion-records').getByText('12/KH-SNN', { exact: false }));
          await card.getByTestId('accept-suggestion').click();
          await visible(card.getByTestId('criterion-state').getByText('0 điểm'));
          await card.getByTestId('score-choice').getByRole('button', { name: '1', exact: true }).click();
          await card.getByTestId('score-save').click();
          await visible(card.getByText('Điểm khác điểm gợi ý từ dữ liệu: vui lòng giải trình vì sao.'));
          await card
            .getByTestId('override-explanation')
            .fill(
              'Kế hoạch CCHC năm 2021 (12/KH-SNN) ban hành đúng hạn; các kế hoạch khác không phải kế hoạch CCHC năm.',
            );
          await card.getByTestId('score-save').click();
          await visible(card.getByTestId('criterion-state').getByText('1 điểm'));
          expect(await scoreRow('1.1.1')).toMatchObject({ points: 1, suggested_points: 0 });
          expect(String((await scoreRow('1.1.1'))?.override_explanation)).toContain('12/KH-SNN');

          // Evidence: a record the suggestion counted, the first source offered.
          await card.getByTestId('evidence-add-record').click();
          const form = card.getByTestId('record-evidence-form');
          expect(await form.getByTestId('record-source').inputValue()).toBe('SUGGESTED');
          await form.getByTestId('record-search').fill('12/KH-SNN');
          await form.getByRole('radio', { name: /12\/KH-SNN/ }).check();
          await form.getByTestId('record-pointer').fill('mục II');
          await form.getByTestId('record-evidence-save').click();
          await visible(card.getByTestId('evidence-item').getByText(/^Văn bản 12\/KH-SNN ngày 22\/01\/2021/));
          await visible(card.getByTestId('evidence-item').getByText('xem mục II', { exact: false }));
        });

        await step('1.1.2: a score on the step with an explanation', async () => {
          const card = await openCriterion(page, '1.1.2');
          await card.getByTestId('score-choice').getByRole('button', { name: '0,75', exact: true }).click();
          await card.getByTestId('explanation').fill('Hoàn thành 3/4 nhiệm vụ của kế hoạch.');
          await card.getByTestId('score-save').click();
          await visible(card.getByTestId('criterion-state').getByText('0,75 điểm'));
          await visible(card.getByTestId('score-saved'));
          await bothSizes(page, 'self-assessment-draft', card);
          await expectAccessible(page, 'self-assessment: scoring a criterion');
        });

        await step('2.1: not applicable, with its reason required', async () => {
          const card = await openCriterion(page, '2.1');
          await visible(card.getByTestId('suggestion-computation').getByText('80/91', { exact: false }));
          await card.getByLabel('Không áp dụng').check();
          await card.getByTestId('score-save').click();
          await visible(card.getByText('Vui lòng ghi lý do tiêu chí không áp dụng.'));
          await card.getByTestId('na-reason').fill('Năm 2021 Sở chưa được giao cung cấp dịch vụ công trực tuyến.');
          await card.getByTestId('score-save').click();
          await visible(card.getByTestId('criterion-state').getByText('Không áp dụng'));
          expect(await scoreRow('2.1')).toMatchObject({ not_applicable: true, points: null });
        });

        await step('2.2: scored, a record cited then removed, a PDF uploaded with its page', async () => {
          const card = await openCriterion(page, '2.2');
          await card.getByTestId('score-choice').getByRole('button', { name: '3', exact: true }).click();
          await card.getByTestId('score-save').click();
          await visible(card.getByTestId('criterion-state').getByText('3 điểm'));

          await card.getByTestId('evidence-add-record').click();
          const form = card.getByTestId('record-evidence-form');
          await form.getByTestId('record-source').selectOption('PROCEDURE');
          const first = form.getByRole('radio').first();
          await visible(first);
          await first.check();
          await form.getByTestId('record-evidence-save').click();
          await visible(card.getByTestId('evidence-item').getByText(/^TTHC /));

          await card.getByTestId('evidence-add-file').click();
          const upload = card.getByTestId('file-evidence-form');
          await upload.getByTestId('evidence-file-input').setInputFiles({
            name: 'bao-cao.pdf',
            mimeType: 'application/pdf',
            buffer: PDF,
          });
          await upload.getByTestId('file-pointer').fill('trang 3, mục II.2');
          await upload.getByTestId('file-number').fill('25/BC-SNN');
          await upload.getByTestId('file-date').fill('10/12/2021');
          await upload.getByTestId('file-issuer').fill('Sở Nông nghiệp và Phát triển nông thôn');
          await upload.getByTestId('file-evidence-save').click();
          await visible(card.getByRole('link', { name: '25/BC-SNN, Sở Nông nghiệp và Phát triển nông thôn' }));
          await expect.poll(() => card.getByTestId('evidence-item').count()).toBe(2);

          await card
            .getByTestId('evidence-item')
            .filter({ hasText: /^TTHC / })
            .getByTestId('evidence-remove')
            .click();
          await visible(
            page.getByRole('dialog').getByText('khỏi tài liệu kiểm chứng của tiêu chí 2.2', { exact: false }),
          );
          await expectAccessible(page, 'self-assessment: remove evidence dialog');
          await page.getByTestId('confirm-remove-evidence').click();
          await expect.poll(() => card.getByTestId('evidence-item').count()).toBe(1);
          const kept = await t.sql<{ file_id: string | null; pointer: string; document_date: string }>(
            `select e.file_id, e.pointer, e.document_date::text as document_date from assessment_evidence e
                 join criterion_score s on s.id = e.score_id join criterion c on c.id = s.criterion_id
                 join self_assessment a on a.id = s.assessment_id where a.year = 2021 and c.code = '2.2'`,
          );
          expect(kept).toEqual([
            { file_id: expect.any(String), pointer: 'trang 3, mục II.2', document_date: '2021-12-10' },
          ]);
          await expect.poll(() => page.getByTestId('total-self').textContent()).toBe('6,75/7 điểm');
        });

        await step(
          'a re-issued set: the preview says what carries over, the changed criterion is flagged',
          async () => {
            await page.getByRole('link', { name: 'Bộ tiêu chí chấm điểm' }).click();
            const form = await visible(page.getByTestId('criteria-import'));
            await form.getByTestId('set-title').fill('Bộ tiêu chí thử nghiệm năm 2021 (ban hành lại)');
            await form.getByTestId('set-number').fill('15/QĐ-UBND');
            await form.getByTestId('set-total').fill('10');
            await form.getByTestId('set-issued').fill('01/03/2021');
            const reissued = SMALL_SET.map((row) =>
              row[0] === '1.1.2' ? ['1.1.2', 'Mức độ hoàn thành kế hoạch CCHC năm', ...row.slice(2)] : row,
            );
            await form.getByTestId('criteria-import-input').setInputFiles({
              name: 'bo-tieu-chi-2.xlsx',
              mimeType: XLSX,
              buffer: await criteriaFile(reissued),
            });
            const carry = await visible(form.getByTestId('criteria-carry-over'));
            await visible(carry.getByText('Phải chấm lại 1 tiêu chí thay đổi: 1.1.2'));
            await visible(carry.getByText('Giữ điểm 4 tiêu chí không đổi: 1.1.1, 1.2, 2.1, 2.2'));
            await form.getByTestId('criteria-import-confirm').click();
            await visible(form.getByText('Đã nhập bộ tiêu chí năm 2021, lần ban hành 2.'));
            await visible(page.getByTestId('criteria-set-2').getByText('Đang áp dụng'));

            await page.getByRole('link', { name: 'Bản tự đánh giá năm 2021' }).click();
            await visible(page.getByText('lần ban hành 2, văn bản 15/QĐ-UBND', { exact: false }));
            await page.getByRole('button', { name: 'Mở tất cả' }).click();
            const card = await openCriterion(page, '1.1.2');
            await visible(card.getByTestId('criterion-state').getByText('Cần chấm lại'));
            await visible(
              card
                .getByTestId('needs-review')
                .getByText('Điểm đã chấm theo lần ban hành trước: 0,75/1 (không được tính).'),
            );
            await expect.poll(() => page.getByTestId('total-self').textContent()).toBe('6/7 điểm');
            await card.getByTestId('score-choice').getByRole('button', { name: '0,75', exact: true }).click();
            await card.getByTestId('score-save').click();
            await visible(card.getByTestId('criterion-state').getByText('0,75 điểm'));
            await expect.poll(() => page.getByTestId('total-self').textContent()).toBe('6,75/7 điểm');
            // The evidence and the accepted suggestion of the unchanged criteria came along.
            await visible(criterion(page, '1.1.1').getByText('1 tài liệu kiểm chứng'));
          },
        );

        await step('submitted, the assessment is read-only and the server refuses an edit', async () => {
          await confirmStep(page, 'submit');
          await expect.poll(() => status(page)).toBe('Đã trình');
          await visible(page.getByText('Đã trình lãnh đạo, đang chờ phê duyệt.'));
          const card = await openCriterion(page, '1.1.2');
          await visible(card.getByTestId('score-view'));
          expect(await page.getByTestId('score-form').count()).toBe(0);
          expect(await page.getByTestId('evidence-remove').count()).toBe(0);
          expect(await page.getByTestId('evidence-add-record').count()).toBe(0);
          const row = await scoreRow('1.1.2');
          expect(await scoreFromPage(page, String(row?.assessment_id), String(row?.criterion_id))).toBe(
            'SELF_ASSESSMENT_LOCKED',
          );
          expect(await scoreRow('1.1.2')).toMatchObject({ points: 0.75 });
        });
      });

      await explainFailure(leadership, 'self-assessment-leadership', async () => {
        const { page } = leadership;
        await step('leadership reads it and returns it with a comment', async () => {
          await signIn(page, t.url, 'lanhdao');
          await visible(
            page.getByTestId('card-self-assessment').getByText('Xem, phê duyệt bản tự đánh giá', { exact: false }),
          );
          await page.goto(`${t.url}/tu-danh-gia/2021`);
          await expect.poll(() => status(page)).toBe('Đã trình');
          await visible(
            page.getByText(
              'Bạn xem và phê duyệt hoặc trả lại khi Văn phòng trình; Văn phòng tự chấm điểm và nhập kết quả thẩm định.',
            ),
          );
          await page.getByRole('button', { name: 'Mở tất cả' }).click();
          await openCriterion(page, '1.1.1');
          expect(await page.getByTestId('score-form').count()).toBe(0);
          expect(await page.getByTestId('accept-suggestion').count()).toBe(0);
          await page.getByTestId('workflow-return').click();
          await page.getByTestId('confirm-return').click();
          await visible(page.getByRole('dialog').getByText('Vui lòng ghi ý kiến khi trả lại.'));
          await page.getByTestId('return-comment').fill('Bổ sung tài liệu kiểm chứng cho tiêu chí 1.1.2.');
          await screenshot(page, 'self-assessment-return-dialog-390');
          await expectAccessible(page, 'self-assessment: return dialog (leadership)');
          await page.getByTestId('confirm-return').click();
          await expect.poll(() => status(page)).toBe('Dự thảo');
        });
      });

      await explainFailure(office, 'self-assessment-workflow-2', async () => {
        const { page } = office;
        await step('the office sees the comment and submits again', async () => {
          await page.reload();
          await visible(
            page.getByTestId('assessment-returned').getByText('Bổ sung tài liệu kiểm chứng cho tiêu chí 1.1.2.'),
          );
          await confirmStep(page, 'submit');
          await expect.poll(() => status(page)).toBe('Đã trình');
        });
      });

      await explainFailure(leadership, 'self-assessment-leadership-2', async () => {
        const { page } = leadership;
        await step('leadership approves', async () => {
          await page.reload();
          await confirmStep(page, 'approve');
          await expect.poll(() => status(page)).toBe('Đã phê duyệt');
          await visible(page.getByText('Phê duyệt: Hoàng Văn Minh', { exact: false }));
        });
      });

      await explainFailure(office, 'self-assessment-appraisal', async () => {
        const { page } = office;
        await step('the office sends it to the appraisal and enters a score by hand', async () => {
          await page.reload();
          await confirmStep(page, 'startAppraisal');
          await expect.poll(() => status(page)).toBe('Đang thẩm định');
          await visible(page.getByTestId('appraisal-section'));
          await page.getByRole('button', { name: 'Mở tất cả' }).click();
          const card = await openCriterion(page, '1.2');
          const form = card.getByTestId('appraisal-form');
          await form.getByTestId('appraisal-choice').getByRole('button', { name: '1', exact: true }).click();
          await form.getByTestId('appraisal-comment').fill('Hai đơn vị kiểm tra sau tháng kế hoạch.');
          await form.getByTestId('appraisal-save').click();
          await visible(card.getByTestId('criterion-appraised').getByText('Thẩm định: 1 điểm'));
          expect(await scoreRow('1.2')).toMatchObject({ appraisal_points1: 1 });
          await bothSizes(page, 'self-assessment-appraisal', page.getByTestId('assessment-totals'));
          await bothSizes(page, 'self-assessment-appraisal-criterion', card);
          await expectAccessible(page, 'self-assessment: appraisal');
        });

        await step('finalising early lists the criteria not appraised', async () => {
          await confirmStep(page, 'finalise');
          const refusal = await visible(page.getByTestId('workflow-refusal'));
          for (const code of ['1.1.1', '1.1.2', '2.2'])
            await visible(refusal.getByRole('link', { name: code, exact: true }));
          expect(await refusal.getByRole('link', { name: '2.1', exact: true }).count()).toBe(0);
        });

        await step('the appraisal sheet: the template filled, a bad score refused, then imported', async () => {
          const section = page.getByTestId('appraisal-section');
          const [download] = await Promise.all([
            page.waitForEvent('download'),
            section.getByRole('link', { name: 'Tải mẫu bảng thẩm định (.xlsx)' }).click(),
          ]);
          const book = new ExcelJS.Workbook();
          await book.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
          const sheet = book.worksheets[0];
          if (!sheet) throw new Error('the template has no sheet');
          const fill = async (scores: Record<string, number>) => {
            sheet.eachRow((row, n) => {
              const code = String(row.getCell(1).value ?? '');
              if (n > 1 && code in scores) row.getCell(2).value = scores[code] ?? null;
            });
            return Buffer.from(await book.xlsx.writeBuffer());
          };
          const input = section.getByTestId('appraisal-import-input');
          await input.setInputFiles({
            name: 'tham-dinh.xlsx',
            mimeType: XLSX,
            buffer: await fill({ '1.1.1': 1, '1.1.2': 0.5, '2.2': 2.5 }),
          });
          const preview = await visible(section.getByTestId('appraisal-preview'));
          await visible(preview.getByText('Điểm của tiêu chí 2.2 phải là bội số của 1.', { exact: false }));
          await expect.poll(() => preview.getByTestId('appraisal-import-confirm').isDisabled()).toBe(true);
          expect(await scoreRow('2.2')).toMatchObject({ appraisal_points1: null });

          await input.setInputFiles({
            name: 'tham-dinh.xlsx',
            mimeType: XLSX,
            buffer: await fill({ '1.1.1': 1, '1.1.2': 0.5, '2.2': 2 }),
          });
          await expect.poll(() => preview.getByTestId('appraisal-import-confirm').isDisabled()).toBe(false);
          await preview.getByTestId('appraisal-import-confirm').click();
          await visible(section.getByText(/Đã nhập điểm thẩm định của \d+ tiêu chí\./));
          expect(await scoreRow('2.2')).toMatchObject({ appraisal_points1: 2 });
          expect(await scoreRow('1.2')).toMatchObject({ appraisal_points1: 1 });
          await expect.poll(() => page.getByTestId('total-appraisal').textContent()).toBe('4,5/7 điểm');
        });

        await step('the appraisal is finalised', async () => {
          await confirmStep(page, 'finalise');
          await expect.poll(() => status(page)).toBe('Hoàn thành');
          expect(await page.getByTestId('workflow-finalise').count()).toBe(0);
          await screenshot(page, 'self-assessment-final-390');
        });

        await step(
          'the self-scoring table downloads and the evidence pack is built with the uploaded PDF',
          async () => {
            const outputs = page.getByTestId('assessment-outputs');
            const [table] = await Promise.all([
              page.waitForEvent('download'),
              outputs.getByTestId('scoring-table-xlsx').click(),
            ]);
            const book = new ExcelJS.Workbook();
            await book.xlsx.load((await readFile(await table.path())) as unknown as ArrayBuffer);
            const cells: string[] = [];
            book.worksheets[0]?.eachRow((row) => {
              for (const value of row.values as unknown[]) if (value != null) cells.push(String(value));
            });
            expect(cells.some((c) => c.includes('BIỂU TỰ ĐÁNH GIÁ, CHẤM ĐIỂM'))).toBe(true);
            for (const code of ['1.1.1', '1.1.2', '2.2']) expect(cells).toContain(code);

            await outputs.getByTestId('evidence-pack-start').click();
            const link = await visible(outputs.getByTestId('evidence-pack-download'), 120_000);
            const [pack] = await Promise.all([page.waitForEvent('download'), link.click()]);
            const files = unzip(await readFile(await pack.path()));
            const names = [...files.keys()];
            expect(names.some((n) => /^danh-muc-tai-lieu-kiem-chung-\d{4}\.xlsx$/.test(n))).toBe(true);
            expect(names.some((n) => n.endsWith('.pdf'))).toBe(true);
            await screenshot(page, 'self-assessment-outputs-390');
          },
        );
      });
      expectNoMissingMessages(office);
      expectNoMissingMessages(leadership);
    } finally {
      await office.close();
      await leadership.close();
    }
  }, 600_000);
});
