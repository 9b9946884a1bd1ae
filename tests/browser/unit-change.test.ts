import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../helpers/a11y.js';
import { clientDist, screenshot, signIn, step, visible, withBrowser } from '../helpers/browser.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ CLIENT_DIST: clientDist() });
});
afterAll(() => t?.close());

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
      await form.getByLabel('Có hiệu lực từ ngày').fill('01/07/2025');
      await form.getByLabel('Văn bản căn cứ', { exact: true }).fill('1234/QĐ-UBND');
      await form.getByLabel('Ngày ban hành văn bản căn cứ').fill('15/07/2025');
      await form.getByLabel('Tên đơn vị').fill('Chi cục Kiểm lâm tỉnh Lạng Sơn');

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

      await step('recorded: the history shows both periods, the change and its basis', async () => {
        await form.getByTestId('unit-change-submit').filter({ hasText: 'Ghi nhận thay đổi' }).click();
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
      });
    });
  });
});
