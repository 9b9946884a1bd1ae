import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CHECKLIST } from '../../server/src/db/seeders/default-checklist.js';
import {
  type BrowserSession,
  clientDist,
  openBrowser,
  screenshot,
  signIn,
  step,
  submitSignIn,
  visible,
} from '../helpers/browser.js';
import { DEMO_YEAR } from '../helpers/demo.js';
import { docxText, pdfText } from '../helpers/documents.js';
import { cameraJpeg, drawSignature, submitForReview } from '../helpers/field.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * A whole year's loop through the UI on a touch phone: office staff publish a checklist, form a team
 * and plan a visit; the inspector does it with photos and signatures; office staff return it, the
 * inspector fixes it, office staff approve; the findings reach the unit head, who reports remediation;
 * office staff close one and reopen the other; the minutes download as .docx and PDF.
 */
const UNIT_CODE = 'CCCNTY';
const UNIT_NAME = 'Chi cục Chăn nuôi và Thú y';
/** The team and plan are made for the year the plans screen opens on: this year, the demo's. */
const TEAM_NAME = `Đoàn kiểm tra Chi cục Chăn nuôi ${DEMO_YEAR}`;
const FAILED = new Map([
  ['1.1', 'Một viên chức đến muộn 20 phút.'],
  ['2.1', 'Hai viên chức không đeo thẻ.'],
]);

let t: TestApp;
let office: BrowserSession;
let inspector: BrowserSession;
let head: BrowserSession;
let visitId = '';

async function go(page: Page, path: string) {
  await page.goto(`${t.url}${path}`);
}

beforeAll(async () => {
  t = await startTestApp({ CLIENT_DIST: clientDist() });
  // The unit head of the inspected unit is an account the admin creates (covered by the users tests).
  const admin = await t.as('admin');
  const units = await admin.request<{ units: { id: string; code: string }[] }>('{ units { id code } }');
  const unitId = units.data?.units.find((u) => u.code === UNIT_CODE)?.id;
  const created = await admin.request('mutation ($i: CreateUserInput!) { createUser(input: $i) { id } }', {
    i: { username: 'truong.cnty', fullName: 'Hà Thị Thu', role: 'UNIT_HEAD', unitId, password: 'TamThoi2026' },
  });
  expect(created.errors).toBeUndefined();
  // As if she had chosen the password herself (the first change is covered by password-change-required.test.ts).
  await t.sql(`update app_user set must_change_password = false where username = 'truong.cnty'`);
  [office, inspector, head] = await Promise.all([
    openBrowser(),
    openBrowser({ touch: true }),
    openBrowser({ touch: true }),
  ]);
});

afterAll(async () => {
  await Promise.all([office?.close(), inspector?.close(), head?.close()]);
  await t?.close();
});

describe('a year of inspections through the UI', () => {
  it('goes from the plan to the signed minutes, one step after another', { timeout: 600_000 }, async () => {
    await step('1. office staff publish the checklist, form a team and plan the visit', async () => {
      const page = office.page;
      await signIn(page, t.url, 'vanphong');
      await page.getByTestId('card-checklists').click();
      await page.getByTestId('checklist-row').filter({ hasText: DEFAULT_CHECKLIST.name }).click();
      const firstGroup = page.getByTestId('draft-group').first().getByLabel('Tên nhóm tiêu chí');
      await firstGroup.fill(`Giờ giấc làm việc (bổ sung năm ${DEMO_YEAR})`);
      await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
      await visible(page.getByText('Đã lưu bản nháp.'));
      await page.getByRole('button', { name: 'Ban hành', exact: true }).first().click();
      await page.getByRole('dialog').getByRole('button', { name: 'Ban hành' }).click();
      await visible(page.getByText('Đã ban hành phiên bản 2.'));

      await go(page, '/ke-hoach');
      await page.getByRole('button', { name: 'Thành lập đoàn' }).click();
      const team = page.getByTestId('team-form');
      await team.getByLabel('Tên đoàn').fill(TEAM_NAME);
      await team.getByLabel('Số quyết định').fill('145/QĐ-SNN');
      await team.getByLabel('Ngày quyết định').fill(`${DEMO_YEAR}-10-01`);
      await team.getByTestId('team-member').first().getByLabel('Người').selectOption({ label: 'Lương Văn Tuấn' });
      await team.getByRole('button', { name: 'Lưu' }).click();
      await visible(page.getByTestId('team-row').filter({ hasText: TEAM_NAME }));

      await page.getByRole('button', { name: 'Tạo kế hoạch' }).click();
      await page.getByLabel('Tên kế hoạch').fill(`Kế hoạch kiểm tra bổ sung năm ${DEMO_YEAR}`);
      await page.getByLabel('Số kế hoạch').fill('160/KH-SNN');
      await page.getByLabel('Ngày ban hành').fill(`${DEMO_YEAR}-10-05`);
      await page.locator('form').getByRole('button', { name: 'Tạo kế hoạch' }).click();
      // A new plan opens at once, ready for its units.
      const line = await visible(page.getByTestId('add-line-form'));
      await line.getByLabel('Đơn vị').selectOption({ label: UNIT_NAME });
      await line.getByLabel('Tháng').selectOption('11');
      await line.getByLabel('Đoàn').selectOption({ label: TEAM_NAME });
      await line.getByRole('button', { name: 'Thêm' }).click();
      await visible(page.getByTestId('plan-line').filter({ hasText: UNIT_NAME }));
      await screenshot(page, 'loop-1-plan');

      const rows = await t.sql<{ id: string }>(
        `select v.id from visit v join unit u on u.id = v.unit_id join plan_line l on l.id = v.plan_line_id
          join inspection_plan p on p.id = l.plan_id where u.code = ? and p.document_number = '160/KH-SNN'`,
        [UNIT_CODE],
      );
      visitId = rows[0]?.id ?? '';
      expect(visitId).not.toBe('');
    });

    await step(
      '2. the inspector conducts the visit on the phone, with photos and signatures, and submits',
      async () => {
        const page = inspector.page;
        await inspector.context.grantPermissions(['geolocation']);
        await inspector.context.setGeolocation({ latitude: 21.8537, longitude: 106.7615 });
        await signIn(page, t.url, 'kiemtra');
        await page.getByTestId('card-my-visits').click();
        await page.getByTestId(`my-visit-${visitId}`).click();
        await page.getByRole('button', { name: 'Bắt đầu kiểm tra' }).click();
        await expect.poll(() => page.getByTestId('visit-status').first().textContent()).toContain('Đang kiểm tra');

        // Submitting too early lists what is missing.
        await page.getByRole('button', { name: 'Gửi duyệt' }).click();
        await visible(page.getByRole('alert').filter({ hasText: 'chưa có kết quả' }).first());

        const photo = await cameraJpeg(page);
        for (const group of DEFAULT_CHECKLIST.groups) {
          await page.getByTestId(`group-${group.code}`).click();
          for (const item of group.items) {
            const card = page.getByTestId(`visit-item-${item.code}`);
            await card.scrollIntoViewIfNeeded();
            if (item.answerType === 'PASS_FAIL') {
              const failure = FAILED.get(item.code);
              await card.getByRole('button', { name: failure ? 'Không đạt' : 'Đạt', exact: true }).click();
              await expect
                .poll(() =>
                  card
                    .getByRole('button', { name: failure ? 'Không đạt' : 'Đạt', exact: true })
                    .getAttribute('aria-pressed'),
                )
                .toBe('true');
              if (failure) {
                await card.getByLabel('Ghi chú').fill(failure);
                await card.getByLabel('Ghi chú').blur();
                await card.getByLabel('Thực trạng phát hiện').fill(failure);
                await card.getByLabel('Thực trạng phát hiện').blur();
                if (item.photoRequiredOnFail) {
                  await card
                    .getByTestId(`photo-input-${item.code}`)
                    .setInputFiles({ name: 'anh.jpg', mimeType: 'image/jpeg', buffer: photo });
                  await visible(card.locator('img'));
                }
              }
            } else if (item.answerType === 'NUMBER' && item.required) {
              await card.getByLabel('Số liệu').fill('0');
              await card.getByLabel('Số liệu').blur();
            }
            if (item.required) await visible(card.getByText('Đã lưu').first());
          }
        }
        await screenshot(page, 'loop-2-item-with-photo');

        const attendees = page.getByTestId('visit-attendees');
        // Prefilled with the team and the unit's head: her position is made exact, her name not typed again.
        expect(await attendees.getByLabel('Họ và tên').last().inputValue()).toBe('Hà Thị Thu');
        expect(await attendees.getByLabel('Thuộc').last().inputValue()).toBe('UNIT');
        await attendees.getByLabel('Chức vụ').last().fill('Chi cục trưởng');
        await attendees.getByLabel('Chức vụ').last().blur();
        const conclusion = page.getByLabel('Kết luận');
        await conclusion.fill(
          'Đơn vị cơ bản chấp hành tốt kỷ luật, kỷ cương hành chính; còn hai tồn tại cần khắc phục.',
        );
        await conclusion.blur();
        await drawSignature(page, 'signature-team-lead');
        await drawSignature(page, 'signature-unit');
        await screenshot(page, 'loop-2-signatures');

        await submitForReview(page);
        await expect
          .poll(() => page.getByTestId('visit-status').first().textContent(), { timeout: 30_000 })
          .toContain('Đã gửi duyệt');
        // Written on the phone first: the reviewer sees it once the phone has synced.
        await expect
          .poll(() => page.getByTestId('visit-sync-mark').first().getAttribute('data-state'), { timeout: 30_000 })
          .toBe('server');
      },
    );

    await step('3. office staff return it with a comment', async () => {
      const page = office.page;
      // The review list is paged: the visits waiting for review bring this one onto the first page.
      await go(page, '/duyet?trang-thai=SUBMITTED');
      await page.getByTestId('review-row').filter({ hasText: UNIT_NAME }).click();
      await page.getByRole('button', { name: 'Trả lại', exact: true }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Ý kiến', { exact: true }).fill('Đề nghị ghi rõ thời gian đến muộn trong kết luận.');
      await dialog.getByRole('button', { name: 'Trả lại cho đoàn' }).click();
      await expect.poll(() => page.getByText('Bị trả lại').first().isVisible()).toBe(true);
    });

    await step('4. the inspector sees the comment, fixes the visit and submits it again', async () => {
      const page = inspector.page;
      await page.reload();
      await visible(page.getByText('Đề nghị ghi rõ thời gian đến muộn trong kết luận.').first());
      const conclusion = page.getByLabel('Kết luận');
      await conclusion.fill(
        'Đơn vị cơ bản chấp hành tốt; một viên chức đến muộn 20 phút ngày kiểm tra; hai tồn tại cần khắc phục.',
      );
      await conclusion.blur();
      await visible(page.getByTestId('visit-conclusion').getByText('Đã lưu'));
      await submitForReview(page);
      await expect
        .poll(() => page.getByTestId('visit-status').first().textContent(), { timeout: 30_000 })
        .toContain('Đã gửi duyệt');
      // Written on the phone first: the reviewer sees it once the phone has synced.
      await expect
        .poll(() => page.getByTestId('visit-sync-mark').first().getAttribute('data-state'), { timeout: 30_000 })
        .toBe('server');
    });

    await step('5. office staff approve it', async () => {
      const page = office.page;
      await page.reload();
      await page.getByRole('button', { name: 'Duyệt', exact: true }).first().click();
      await page.getByRole('dialog').getByRole('button', { name: 'Duyệt', exact: true }).click();
      await expect.poll(() => page.getByText('Đã duyệt').first().isVisible()).toBe(true);
      await screenshot(page, 'loop-5-approved');
    });

    await step('6. the findings appear, for office staff and for the unit head', async () => {
      // The findings list is paged: the unit's search brings its two findings onto the first page.
      await go(office.page, `/ton-tai?q=${encodeURIComponent('chan nuoi')}`);
      const officeRows = office.page.getByTestId('finding-row').filter({ hasText: UNIT_NAME });
      // The list holds every finding of the demo years too: give it time on a busy machine.
      await expect.poll(() => officeRows.count(), { timeout: 15_000 }).toBe(2);
      await head.page.goto(t.url);
      await submitSignIn(head.page, 'truong.cnty', 'TamThoi2026');
      await visible(head.page.getByTestId('header-user'));
      await head.page.getByTestId('card-findings').click();
      const rows = head.page.getByTestId('finding-row');
      await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(2);
      for (const note of FAILED.values()) await visible(rows.filter({ hasText: note }));
      await screenshot(head.page, 'loop-6-unit-findings');
    });

    await step('7. the unit head reports remediation on both, with a photo', async () => {
      const page = head.page;
      const photo = await cameraJpeg(page);
      for (const [code, note] of FAILED) {
        await go(page, '/ton-tai');
        await page.getByTestId('finding-row').filter({ hasText: note }).click();
        const form = page.getByTestId('remediation-form');
        await form.getByLabel('Kết quả khắc phục').fill(`Đã khắc phục tồn tại ở tiêu chí ${code}.`);
        await form
          .getByTestId('remediation-photo-input')
          .setInputFiles({ name: 'khac-phuc.jpg', mimeType: 'image/jpeg', buffer: photo });
        await form.getByRole('button', { name: 'Gửi báo cáo khắc phục' }).click();
        await visible(page.getByText('Đã gửi báo cáo khắc phục.'));
      }
      await screenshot(page, 'loop-7-remediation');
    });

    await step('8. office staff accept one report and send the other back with a reason', async () => {
      const page = office.page;
      const [first, second] = [...FAILED.values()];
      // The findings list is paged: the unit's search brings its findings onto the first page.
      const unitFindings = `/ton-tai?q=${encodeURIComponent('chan nuoi')}`;
      await go(page, unitFindings);
      await page.getByTestId('finding-row').filter({ hasText: UNIT_NAME }).filter({ hasText: first }).click();
      await page.getByRole('button', { name: 'Chấp nhận', exact: true }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận chấp nhận' }).click();
      await visible(page.getByText('Đã chấp nhận báo cáo khắc phục và đóng tồn tại.'));

      await go(page, unitFindings);
      await page.getByTestId('finding-row').filter({ hasText: UNIT_NAME }).filter({ hasText: second }).click();
      await page.getByRole('button', { name: 'Không chấp nhận', exact: true }).click();
      await page.getByRole('dialog').getByLabel('Lý do không chấp nhận').fill('Ảnh chưa cho thấy thẻ công chức.');
      await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận không chấp nhận' }).click();
      await visible(page.getByText('Đã trả lại báo cáo khắc phục cho đơn vị.'));

      const statuses = await t.sql<{ description: string; status: string; reopen_count: number }>(
        `select f.found_text as description, f.status, f.reopen_count from finding f where f.visit_id = ?
          order by f.found_text`,
        [visitId],
      );
      expect(statuses).toHaveLength(2);
      expect(statuses.find((s) => s.description.includes(first))?.status).toBe('CLOSED');
      expect(statuses.find((s) => s.description.includes(second))).toMatchObject({ status: 'OPEN', reopen_count: 1 });
    });

    await step('9. the minutes download as .docx and PDF, with the unit and the findings in Vietnamese', async () => {
      const page = office.page;
      await go(page, `/duyet/${visitId}`);
      const documents = page.getByTestId('visit-documents');
      const download = async (name: string) => {
        const [file] = await Promise.all([
          page.waitForEvent('download'),
          documents.getByRole('link', { name }).click(),
        ]);
        const path = await file.path();
        return { name: file.suggestedFilename(), bytes: await readFile(path) };
      };
      const docx = await download('Biên bản kiểm tra (.docx)');
      expect(docx.name).toMatch(/^bien-ban-kiem-tra-CCCNTY-\d{4}-\d{2}-\d{2}\.docx$/);
      const word = docxText(docx.bytes).text;
      expect(word).toContain('BIÊN BẢN');
      expect(word).toContain(UNIT_NAME);
      for (const note of FAILED.values()) expect(word).toContain(note);

      const pdf = await download('Biên bản kiểm tra (PDF)');
      expect(pdf.name).toMatch(/\.pdf$/);
      const text = pdfText(pdf.bytes);
      expect(text).toContain('BIÊN BẢN');
      expect(text).toContain(UNIT_NAME);
      for (const note of FAILED.values()) expect(text).toContain(note);
    });
  });
});
