import type { Locator, Page } from 'playwright-core';
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

/** Finds a unit on the units screen, opens its detail and unfolds its change form. */
async function openChange(page: Page, search: string, name: string) {
  await page.getByLabel('Tìm đơn vị').fill(search);
  await page.locator('.unit-main', { hasText: name }).first().click();
  const detail = await visible(page.getByTestId('unit-detail'));
  const form = detail.getByTestId('unit-change');
  await form.locator('summary').click();
  return { detail, form };
}

async function fillBasis(form: Locator, number: string, on = '01/07/2025', basisDate = '25/06/2025') {
  await form.getByLabel('Ngày có hiệu lực').fill(on);
  await form.getByLabel('Căn cứ: số, ký hiệu văn bản').fill(number);
  await form.getByLabel('Ngày ban hành văn bản căn cứ').fill(basisDate);
}

/** Records the previewed change through its confirmation. */
async function recordChange(page: Page, form: Locator) {
  await form.getByTestId('unit-change-submit').filter({ hasText: 'Ghi nhận thay đổi' }).click();
  await page.getByTestId('unit-change-confirm').click();
  await visible(form.getByText('Đã ghi nhận thay đổi tổ chức.'));
}

describe('an organisation change on the units screen', () => {
  it('the office renames a unit from a day with its basis: refused basis date, preview, then the history', async () => {
    await withBrowser('unit-change', async ({ page }) => {
      await signIn(page, t.url, 'vanphong');
      await page.goto(`${t.url}/don-vi`);
      await page.getByLabel('Tìm đơn vị').fill('chi cuc kiem lam');
      await page.locator('.unit-main', { hasText: 'Chi cục Kiểm lâm' }).first().click();
      const detail = await visible(page.getByTestId('unit-detail'));
      const history = await visible(detail.getByTestId('unit-history'));
      await visible(history.getByText(/^Từ \d{2}\/\d{2}\/\d{4} đến nay$/));

      // The demo's own 2025 changes are recorded already; this test's change comes on top of them.
      const changes = () => t.sql<{ id: string }>('select id from unit_change order by id');
      const recorded = await changes();
      const form = detail.getByTestId('unit-change');
      await form.locator('summary').click();
      await form.getByLabel('Ngày có hiệu lực').fill('01/07/2025');
      await form.getByLabel('Căn cứ: số, ký hiệu văn bản').fill('1234/QĐ-UBND');
      await form.getByLabel('Ngày ban hành văn bản căn cứ').fill('15/07/2025');
      await form.getByLabel('Tên mới của đơn vị').fill('Chi cục Kiểm lâm tỉnh Lạng Sơn');

      await step('a basis dated after the change is refused on its field, and nothing is recorded', async () => {
        await form.getByTestId('unit-change-submit').click();
        await visible(
          form.getByText('Văn bản căn cứ phải ban hành trước hoặc đúng ngày thay đổi có hiệu lực.').first(),
        );
        expect(await changes()).toEqual(recorded);
      });

      await step('the preview says what will change before anything is recorded', async () => {
        await form.getByLabel('Ngày ban hành văn bản căn cứ').fill('20/06/2025');
        await form.getByTestId('unit-change-submit').click();
        const preview = await visible(form.getByTestId('unit-change-preview'));
        await visible(preview.getByText('Sau thay đổi: Chi cục Kiểm lâm tỉnh Lạng Sơn (CCKL)'));
        expect(await changes()).toEqual(recorded);
        await screenshot(page, 'unit-change-preview');
        await expectAccessible(page, 'units: change preview');
      });

      await step(
        'recorded after a confirmation: the history shows both periods, the change and its basis',
        async () => {
          await form.getByTestId('unit-change-submit').filter({ hasText: 'Ghi nhận thay đổi' }).click();
          const dialog = await visible(page.getByRole('dialog', { name: 'Xác nhận ghi nhận thay đổi tổ chức' }));
          await visible(dialog.getByText(/không thể hoàn tác/));
          expect(await t.sql('select id from unit_change')).toEqual([]);
          await dialog.getByTestId('unit-change-confirm').click();
          await visible(form.getByText('Đã ghi nhận thay đổi tổ chức.'));
          await visible(history.getByText('Từ 01/07/2025 đến nay'));
          await visible(history.getByText(/^Từ \d{2}\/\d{2}\/\d{4} đến 30\/06\/2025$/));
          await visible(history.getByText('Đổi tên, có hiệu lực từ 01/07/2025, căn cứ 1234/QĐ-UBND ngày 20/06/2025'));
          expect(await t.sql<{ name: string }>(`select name from unit where code = 'CCKL'`)).toEqual([
            { name: 'Chi cục Kiểm lâm tỉnh Lạng Sơn' },
          ]);
          // The unit's own heading follows: the lists were read again.
          await visible(detail.getByRole('heading', { name: 'Chi cục Kiểm lâm tỉnh Lạng Sơn', level: 2 }));
          await screenshot(page, 'unit-change-history');
        },
      );
    });
  });
  it('the office splits a ranger station into two new units, then merges two others into a new one', async () => {
    await withBrowser('unit-change-split-merge', async ({ page }) => {
      await signIn(page, t.url, 'vanphong');
      await page.goto(`${t.url}/don-vi`);
      const open = (search: string, name: string) => openChange(page, search, name);
      const basis = (form: Locator, number: string) => fillBasis(form, number);
      const recordIt = (form: Locator) => recordChange(page, form);

      await step('split: two new units, the preview names the plan line and the units after', async () => {
        const { detail, form } = await open('trang dinh', 'Hạt Kiểm lâm huyện Tràng Định');
        await form.getByLabel('Loại thay đổi').selectOption({ label: 'Chia tách' });
        await basis(form, '21/QĐ-UBND');
        const first = form.getByTestId('new-unit-1');
        await first.getByLabel('Tên đơn vị').fill('Hạt Kiểm lâm khu vực Tràng Định 1');
        await first.getByLabel('Mã đơn vị').fill('HKL-TD1');
        const second = form.getByTestId('new-unit-2');
        await second.getByLabel('Tên đơn vị').fill('Hạt Kiểm lâm khu vực Tràng Định 2');
        await second.getByLabel('Mã đơn vị').fill('HKL-TD2');
        await form.getByTestId('unit-change-submit').click();
        const preview = await visible(form.getByTestId('unit-change-preview'));
        await visible(preview.getByText('Kết thúc hoạt động: Hạt Kiểm lâm huyện Tràng Định'));
        await visible(preview.getByText('Sau thay đổi: Hạt Kiểm lâm khu vực Tràng Định 1 (HKL-TD1)'));
        await visible(preview.getByText('Đơn vị kế thừa: Hạt Kiểm lâm khu vực Tràng Định 1 (HKL-TD1)'));
        await visible(
          preview.getByText('Chuyển 1 dòng kế hoạch chưa kiểm tra sang Hạt Kiểm lâm khu vực Tràng Định 1 (HKL-TD1)'),
        );
        expect(await t.sql("select id from unit_change where kind = 'SPLIT'")).toEqual([]);
        await preview.scrollIntoViewIfNeeded();
        await screenshot(page, 'unit-change-split-preview');
        await expectAccessible(page, 'units: split preview');
        await recordIt(form);
        expect(
          await t.sql<{ code: string }>(
            `select u.code from plan_line l join unit u on u.id = l.unit_id join inspection_plan p on p.id = l.plan_id
              where u.code like 'HKL-TD%' and p.year >= 2025`,
          ),
        ).toEqual([{ code: 'HKL-TD1' }]);
        await detail.getByRole('button', { name: 'Đóng' }).click();
        // The new unit's history says where it came from.
        await page.getByLabel('Tìm đơn vị').fill('trang dinh 2');
        await page.locator('.unit-main', { hasText: 'Hạt Kiểm lâm khu vực Tràng Định 2' }).first().click();
        const created = await visible(page.getByTestId('unit-detail'));
        await visible(
          created
            .getByTestId('unit-history')
            .getByText(
              'Thành lập do chia tách từ Hạt Kiểm lâm huyện Tràng Định, có hiệu lực từ 01/07/2025, căn cứ 21/QĐ-UBND ngày 25/06/2025',
            ),
        );
        await created.getByRole('button', { name: 'Đóng' }).click();
      });

      await step('merge into a new unit: the sources listed, the new unit with its attributes', async () => {
        const { form } = await open('van lang', 'Hạt Kiểm lâm huyện Văn Lãng');
        await form.getByLabel('Loại thay đổi').selectOption({ label: 'Hợp nhất' });
        await basis(form, '22/QĐ-UBND');
        await form
          .getByLabel('Thêm đơn vị cùng hợp nhất')
          .selectOption({ label: 'Hạt Kiểm lâm huyện Cao Lộc (HKL-CL)' });
        await visible(form.getByTestId('merge-sources').getByText('Hạt Kiểm lâm huyện Cao Lộc (HKL-CL)'));
        await form.getByLabel('Hợp nhất vào', { exact: true }).selectOption({ label: 'Một đơn vị mới thành lập' });
        const fresh = form.getByTestId('new-unit-1');
        await fresh.getByLabel('Tên đơn vị').fill('Hạt Kiểm lâm khu vực I');
        await fresh.getByLabel('Tên viết tắt').fill('HKL KV I');
        await fresh.getByLabel('Mã đơn vị').fill('HKL-KV1');
        await fresh.getByLabel('Địa chỉ').fill('Thị trấn Cao Lộc, tỉnh Lạng Sơn');
        await form.getByTestId('unit-change-submit').click();
        const preview = await visible(form.getByTestId('unit-change-preview'));
        await visible(preview.getByText('Kết thúc hoạt động: Hạt Kiểm lâm huyện Cao Lộc'));
        await visible(preview.getByText('Kết thúc hoạt động: Hạt Kiểm lâm huyện Văn Lãng'));
        await visible(preview.getByText('Sau thay đổi: Hạt Kiểm lâm khu vực I (HKL-KV1)'));
        await visible(preview.getByText(/^Chuyển người dùng sang Hạt Kiểm lâm khu vực I \(HKL-KV1\): .*Vi Thị Lan/));
        expect(await t.sql("select id from unit_change where kind = 'MERGE'")).toEqual([]);
        await preview.scrollIntoViewIfNeeded();
        await screenshot(page, 'unit-change-merge-preview');
        await recordIt(form);
        expect(
          await t.sql(`select v.short_name, v.address, p.code as parent from unit_version v join unit u on u.id = v.unit_id
            join unit p on p.id = v.parent_id where u.code = 'HKL-KV1'`),
        ).toEqual([{ short_name: 'HKL KV I', address: 'Thị trấn Cao Lộc, tỉnh Lạng Sơn', parent: 'CCKL' }]);
        expect(await t.sql(`select code from unit where code in ('HKL-VL', 'HKL-CL') and active_to is null`)).toEqual(
          [],
        );
      });
    });
  });

  it('the office merges a station into one that carries on, then dissolves a unit handing its tasks to a unit it picks', async () => {
    await withBrowser('unit-change-receiver', async ({ page }) => {
      await signIn(page, t.url, 'vanphong');
      await page.goto(`${t.url}/don-vi`);

      await step('merge into an existing station: the station that carries on shows it on its timeline', async () => {
        const { detail, form } = await openChange(page, 'binh gia', 'Hạt Kiểm lâm huyện Bình Gia');
        await form.getByLabel('Loại thay đổi').selectOption({ label: 'Hợp nhất' });
        await fillBasis(form, '23/QĐ-UBND');
        await form
          .getByLabel('Đơn vị tiếp nhận', { exact: true })
          .selectOption({ label: 'Hạt Kiểm lâm huyện Lộc Bình (HKL-LB)' });
        await form.getByTestId('unit-change-submit').click();
        const preview = await visible(form.getByTestId('unit-change-preview'));
        await visible(preview.getByText('Đơn vị kế thừa: Hạt Kiểm lâm huyện Lộc Bình (HKL-LB)'));
        await recordChange(page, form);
        await visible(
          detail
            .getByTestId('unit-history')
            .getByText(
              'Sáp nhập vào Hạt Kiểm lâm huyện Lộc Bình, có hiệu lực từ 01/07/2025, căn cứ 23/QĐ-UBND ngày 25/06/2025',
            ),
        );
        await detail.getByRole('button', { name: 'Đóng' }).click();
        await page.getByLabel('Tìm đơn vị').fill('loc binh');
        await page.locator('.unit-main', { hasText: 'Hạt Kiểm lâm huyện Lộc Bình' }).first().click();
        const target = await visible(page.getByTestId('unit-detail'));
        const history = await visible(target.getByTestId('unit-history'));
        await visible(
          history.getByText(
            'Tiếp nhận sáp nhập: Hạt Kiểm lâm huyện Bình Gia, có hiệu lực từ 01/07/2025, căn cứ 23/QĐ-UBND ngày 25/06/2025',
          ),
        );
        // The station that carries on keeps its one period: the merge changed nothing of its own.
        await visible(history.getByText(/^Từ \d{2}\/\d{2}\/\d{4} đến nay$/));
        await history.scrollIntoViewIfNeeded();
        await screenshot(page, 'unit-change-merge-target-history');
        await target.getByRole('button', { name: 'Đóng' }).click();
      });

      const { detail, form } = await openChange(page, 'thuy loi', 'Chi cục Thủy lợi');
      const receiver = form.getByLabel('Đơn vị tiếp nhận nhiệm vụ');
      await step(
        'dissolve: the receiving unit defaults to the parent, any other active unit can be picked',
        async () => {
          await form.getByLabel('Loại thay đổi').selectOption({ label: 'Giải thể' });
          await visible(receiver);
          expect(await receiver.locator('option:checked').textContent()).toBe(
            'Sở Nông nghiệp và Phát triển nông thôn tỉnh Lạng Sơn (SNN) — đơn vị cấp trên (mặc định)',
          );
          await expectAccessible(page, 'units: dissolve with a receiving unit');
        },
      );

      await step(
        'a receiving unit founded after the dissolution day is refused on its field, nothing recorded',
        async () => {
          // The area station the previous test founded on 01/07/2025 did not exist on 01/06/2025.
          await fillBasis(form, '24/QĐ-UBND', '01/06/2025', '20/05/2025');
          await receiver.selectOption({ label: 'Hạt Kiểm lâm khu vực I (HKL-KV1)' });
          await form.getByTestId('unit-change-submit').click();
          await visible(form.getByText('Đơn vị tiếp nhận nhiệm vụ chưa được thành lập vào ngày 01/06/2025.').first());
          expect(await t.sql("select id from unit_change where kind = 'DISSOLVE'")).toEqual([]);
        },
      );

      await step('the preview lists what moves to the receiving unit, then the dissolution is recorded', async () => {
        await fillBasis(form, '24/QĐ-UBND', '01/09/2025', '20/08/2025');
        await receiver.selectOption({ label: 'Trung tâm Khuyến nông (TTKN)' });
        await form.getByTestId('unit-change-submit').click();
        const preview = await visible(form.getByTestId('unit-change-preview'));
        await visible(preview.getByText('Kết thúc hoạt động: Chi cục Thủy lợi'));
        await visible(preview.getByText('Đơn vị tiếp nhận nhiệm vụ: Trung tâm Khuyến nông (TTKN)'));
        await visible(preview.getByText('Chuyển 1 dòng kế hoạch chưa kiểm tra sang Trung tâm Khuyến nông (TTKN)'));
        await visible(preview.getByText('Không có tồn tại chưa khắc phục xong nào phải chuyển'));
        expect(await t.sql("select id from unit_change where kind = 'DISSOLVE'")).toEqual([]);
        await preview.scrollIntoViewIfNeeded();
        await screenshot(page, 'unit-change-dissolve-preview');
        await page.setViewportSize({ width: 1366, height: 768 });
        await preview.scrollIntoViewIfNeeded();
        await screenshot(page, 'unit-change-dissolve-preview-wide');
        await page.setViewportSize({ width: 390, height: 844 });
        await recordChange(page, form);
        await visible(
          detail
            .getByTestId('unit-history')
            .getByText(
              'Giải thể; đơn vị tiếp nhận nhiệm vụ: Trung tâm Khuyến nông, có hiệu lực từ 01/09/2025, căn cứ 24/QĐ-UBND ngày 20/08/2025',
            ),
        );
        expect(
          await t.sql(
            `select u.code from plan_line l join unit u on u.id = l.unit_id join inspection_plan p on p.id = l.plan_id
              where p.year >= 2025 and u.code in ('CCTL', 'TTKN')`,
          ),
        ).toEqual([{ code: 'TTKN' }]);
        await detail.getByRole('button', { name: 'Đóng' }).click();
      });

      await step('the receiving unit’s timeline shows the unit whose tasks it took over', async () => {
        await page.getByLabel('Tìm đơn vị').fill('khuyen nong');
        await page.locator('.unit-main', { hasText: 'Trung tâm Khuyến nông' }).first().click();
        const history = await visible(page.getByTestId('unit-detail').getByTestId('unit-history'));
        await visible(
          history.getByText(
            'Tiếp nhận nhiệm vụ của đơn vị giải thể: Chi cục Thủy lợi, có hiệu lực từ 01/09/2025, căn cứ 24/QĐ-UBND ngày 20/08/2025',
          ),
        );
        await history.scrollIntoViewIfNeeded();
        await screenshot(page, 'unit-change-receiver-history');
        await page.setViewportSize({ width: 1366, height: 768 });
        await history.scrollIntoViewIfNeeded();
        await screenshot(page, 'unit-change-receiver-history-wide');
      });
    });
  });

  it('the actions on a unit open the wizard at their kind: stopping a unit is a dissolution with its basis', async () => {
    await withBrowser('unit-change-actions', async ({ page }) => {
      await signIn(page, t.url, 'vanphong');
      await page.goto(`${t.url}/don-vi`);
      await page.getByLabel('Tìm đơn vị').fill('huu lung');
      await page.locator('.unit-main', { hasText: 'Hạt Kiểm lâm huyện Hữu Lũng' }).first().click();
      const detail = await visible(page.getByTestId('unit-detail'));
      const actions = await visible(detail.getByTestId('unit-change-actions'));
      const form = detail.getByTestId('unit-change');
      const kind = form.getByLabel('Loại thay đổi');

      await step('the old plain forms are gone; the correction says it is no organisation change', async () => {
        for (const old of ['unit-edit', 'unit-move', 'unit-add-child', 'unit-deactivate']) {
          expect(await detail.getByTestId(old).count(), old).toBe(0);
        }
        const correct = detail.getByTestId('unit-correct');
        await correct.getByText('Sửa thông tin (không phải thay đổi tổ chức)').click();
        await visible(correct.getByText(/không mở giai đoạn mới, có ghi nhật ký/));
        await correct.scrollIntoViewIfNeeded();
        await screenshot(page, 'unit-correct');
        await correct.getByText('Sửa thông tin (không phải thay đổi tổ chức)').click();
        await actions.scrollIntoViewIfNeeded();
        await screenshot(page, 'unit-actions');
        await expectAccessible(page, 'units: actions on a unit');
        await page.setViewportSize({ width: 1366, height: 768 });
        await actions.scrollIntoViewIfNeeded();
        await screenshot(page, 'unit-actions-wide');
        await page.setViewportSize({ width: 390, height: 844 });
      });

      await step('each action opens the wizard at its kind, for this unit', async () => {
        await actions.getByRole('button', { name: 'Thêm đơn vị trực thuộc' }).click();
        expect(await form.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
        expect(await kind.inputValue()).toBe('CREATE');
        expect(
          await form.getByTestId('new-unit-1').getByLabel('Đơn vị cấp trên').locator('option:checked').textContent(),
        ).toBe('Hạt Kiểm lâm huyện Hữu Lũng (HKL-HL)');
        // The wizard is scrolled to and its title focused, so a keyboard or screen reader lands on it.
        expect(await form.locator('summary').evaluate((el) => el === document.activeElement)).toBe(true);
        await screenshot(page, 'unit-actions-create-wizard');
        await expectAccessible(page, 'units: wizard opened by an action');
        await page.setViewportSize({ width: 1366, height: 768 });
        await form.locator('summary').scrollIntoViewIfNeeded();
        await screenshot(page, 'unit-actions-create-wizard-wide');
        await page.setViewportSize({ width: 390, height: 844 });
        await actions.getByRole('button', { name: 'Chuyển sang đơn vị cấp trên khác' }).click();
        expect(await kind.inputValue()).toBe('MOVE');
        await visible(form.getByLabel('Đơn vị cấp trên mới'));
        await actions.getByRole('button', { name: 'Đổi tên' }).click();
        expect(await kind.inputValue()).toBe('RENAME');
        expect(await form.getByLabel('Tên mới của đơn vị').inputValue()).toBe('Hạt Kiểm lâm huyện Hữu Lũng');
        // A merge into a unit that carries on may give it a new name from the same day.
        await kind.selectOption({ label: 'Hợp nhất' });
        const targetName = await visible(form.getByLabel('Tên mới của đơn vị tiếp nhận'));
        await visible(form.getByLabel('Tên viết tắt mới của đơn vị tiếp nhận'));
        await targetName.scrollIntoViewIfNeeded();
        await screenshot(page, 'unit-change-merge-target-name');
      });

      await step('"Ngừng hoạt động" is a dissolution: a day, a basis, a preview and its receiving unit', async () => {
        const changes = await t.sql('select id from unit_change');
        await actions.getByRole('button', { name: 'Ngừng hoạt động (giải thể)' }).click();
        expect(await kind.inputValue()).toBe('DISSOLVE');
        // Without a basis nothing is recorded.
        await form.getByLabel('Ngày có hiệu lực').fill('01/09/2025');
        await form.getByLabel('Ngày ban hành văn bản căn cứ').fill('20/08/2025');
        await form.getByTestId('unit-change-submit').click();
        await visible(form.getByText('Vui lòng ghi số, ký hiệu văn bản căn cứ của thay đổi.').first());
        expect(await t.sql('select id from unit_change')).toEqual(changes);
        await form.getByLabel('Căn cứ: số, ký hiệu văn bản').fill('31/QĐ-UBND');
        await form.getByTestId('unit-change-submit').click();
        const preview = await visible(form.getByTestId('unit-change-preview'));
        await visible(preview.getByText('Kết thúc hoạt động: Hạt Kiểm lâm huyện Hữu Lũng'));
        await visible(preview.getByText(/^Chuyển \d+ tồn tại chưa khắc phục xong cho Chi cục Kiểm lâm/));
        await preview.scrollIntoViewIfNeeded();
        await screenshot(page, 'unit-actions-dissolve-preview');
        await recordChange(page, form);
        await visible(
          detail
            .getByTestId('unit-history')
            .getByText(
              /^Giải thể; đơn vị tiếp nhận nhiệm vụ: Chi cục Kiểm lâm.*, có hiệu lực từ 01\/09\/2025, căn cứ 31\/QĐ-UBND ngày 20\/08\/2025$/,
            ),
        );
      });

      await step(
        'recorded as a dated change with its basis: the unit ends the day before, its open findings followed',
        async () => {
          expect(
            await t.sql(
              `select c.kind, c.effective_on::text as on, c.basis_number as basis, r.code as receiver
               from unit_change c join unit r on r.id = (c.event->>'receiverId')::uuid
              where c.event->>'unitId' = (select id::text from unit where code = 'HKL-HL')`,
            ),
          ).toEqual([{ kind: 'DISSOLVE', on: '2025-09-01', basis: '31/QĐ-UBND', receiver: 'CCKL' }]);
          expect(await t.sql(`select active_to::text from unit where code = 'HKL-HL'`)).toEqual([
            { active_to: '2025-08-31' },
          ]);
          const open = await t.sql<{ follower: string | null }>(
            `select fo.code as follower from finding f join unit u on u.id = f.responsible_unit_id
             left join unit fo on fo.id = f.followed_by_unit_id where u.code = 'HKL-HL' and f.status <> 'CLOSED'`,
          );
          expect(open.length).toBeGreaterThan(0);
          expect(open.every((f) => f.follower === 'CCKL')).toBe(true);
        },
      );
    });
  });
});
