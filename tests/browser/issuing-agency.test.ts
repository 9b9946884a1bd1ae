import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../helpers/a11y.js';
import { clientDist, screenshot, signIn, visible, withBrowser } from '../helpers/browser.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ CLIENT_DIST: clientDist() });
});
afterAll(() => t?.close());

describe('the issuing agency per period on the organisation screen', () => {
  it('office staff see the periods, are refused a start before the current one, and add a new one', async () => {
    await withBrowser('issuing-agency', async ({ page }) => {
      await signIn(page, t.url, 'vanphong');
      await page.getByTestId('card-units').click();
      await page.waitForURL(`${t.url}/don-vi`);
      const section = await visible(page.getByTestId('agency-periods'));
      await visible(section.getByRole('heading', { name: 'Cơ quan ban hành văn bản theo thời kỳ' }));
      const periods = section.getByTestId('agency-period');
      await expect.poll(() => periods.count(), { timeout: 10_000 }).toBe(2);
      // Newest first, dates as dd/MM/yyyy.
      expect(await periods.nth(0).textContent()).toContain('Sở Nông nghiệp và Môi trường · SNNMT');
      expect(await periods.nth(0).textContent()).toContain('Từ 01/03/2025 (đang có hiệu lực)');
      expect(await periods.nth(1).textContent()).toContain('Từ 01/01/2015 đến 28/02/2025');
      await section.scrollIntoViewIfNeeded();
      await screenshot(page, 'issuing-agency-periods');
      await expectAccessible(page, 'issuing agency: periods');

      const form = section.getByTestId('agency-add');
      await form.locator('summary').click();
      await form.getByLabel('Có hiệu lực từ ngày').fill('2024-06-01');
      await form.getByLabel('Tên cơ quan', { exact: true }).fill('Sở Nông nghiệp và Môi trường');
      await form.getByLabel('Ký hiệu trong số văn bản (ví dụ SNNMT)').fill('SNNMT');
      await form.getByLabel('Căn cứ pháp lý').fill('Quyết định số 9/QĐ-UBND (thử)');
      // Parent and place start from the latest period's.
      expect(await form.getByLabel('Địa danh (ví dụ Lạng Sơn)').inputValue()).toBe('Lạng Sơn');
      await form.getByRole('button', { name: 'Thêm thời kỳ' }).click();
      await visible(
        form
          .getByText('Ngày bắt đầu không được trước ngày bắt đầu của thời kỳ hiện hành (01/03/2025).', { exact: false })
          .first(),
      );
      expect(await periods.count()).toBe(2);
      await form.getByRole('alert').first().scrollIntoViewIfNeeded();
      await screenshot(page, 'issuing-agency-refused');
      await expectAccessible(page, 'issuing agency: refused');

      await form.getByLabel('Có hiệu lực từ ngày').fill('2031-01-01');
      await form.getByRole('button', { name: 'Thêm thời kỳ' }).click();
      await visible(form.getByText('Đã thêm cơ quan ban hành "Sở Nông nghiệp và Môi trường" từ ngày 01/01/2031.'));
      await expect.poll(() => periods.count(), { timeout: 10_000 }).toBe(3);
      expect(await periods.nth(0).textContent()).toContain('Từ 01/01/2031 (đang có hiệu lực)');
      expect(await periods.nth(1).textContent()).toContain('Từ 01/03/2025 đến 31/12/2030');
      await screenshot(page, 'issuing-agency-added');
    });
  });

  it('leadership reads the periods without the form', async () => {
    await withBrowser('issuing-agency-leadership', async ({ page }) => {
      await signIn(page, t.url, 'lanhdao');
      await page.getByTestId('card-units').click();
      await page.waitForURL(`${t.url}/don-vi`);
      const section = await visible(page.getByTestId('agency-periods'));
      await expect.poll(() => section.getByTestId('agency-period').count(), { timeout: 10_000 }).toBeGreaterThan(1);
      expect(await section.getByTestId('agency-add').count()).toBe(0);
    });
  });
});
