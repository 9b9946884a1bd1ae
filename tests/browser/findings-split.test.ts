import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../helpers/a11y.js';
import { clientDist, screenshot, signIn, visible, withBrowser } from '../helpers/browser.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Issue 18: on a wide screen a finding opens beside the findings list, which keeps its filters, search and
 * place, with the open row marked; on a phone the list and the finding stay pages of their own.
 */

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ CLIENT_DIST: clientDist() });
});
afterAll(() => t?.close());

/** The demo's closed findings of 2022 about records (hồ sơ): five of them. */
const LIST_QUERY = { nam: '2022', 'trang-thai': 'CLOSED', q: 'ho so' };
const listAddress = () => `${t.url}/ton-tai?${new URLSearchParams(LIST_QUERY)}`;
const params = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);
const findingIdOf = (page: Page) => decodeURIComponent(new URL(page.url()).pathname.split('/')[2] ?? '');

describe('findings beside their list', () => {
  it('on a desktop screen, a row opens beside the list, another row replaces it, Back returns to the list', async () => {
    await withBrowser('findings-split-desktop', async ({ page }) => {
      await page.setViewportSize({ width: 1366, height: 768 });
      await signIn(page, t.url, 'vanphong');
      await page.goto(listAddress());
      const rows = page.getByTestId('finding-row');
      await expect.poll(() => rows.count()).toBe(5);
      const detail = await visible(page.getByTestId('split-detail'));
      await visible(detail.getByText('Chọn một tồn tại trong danh sách'));
      await screenshot(page, 'findings-split-desktop-list');

      const firstText = (await rows.nth(0).textContent())?.trim();
      await rows.nth(0).click();
      await page.waitForURL(/\/ton-tai\/[^/?]+\?/);
      expect(params(page)).toEqual(LIST_QUERY);
      const firstId = findingIdOf(page);
      await visible(detail.getByRole('heading', { name: 'Chi tiết tồn tại' }));
      await expect.poll(() => detail.getByTestId('finding-found-text').first().textContent()).toBe(firstText);
      // The list is still there, whole, with the open row marked and no other.
      expect(await rows.count()).toBe(5);
      expect(await rows.nth(0).getAttribute('aria-current')).toBe('page');
      expect(await page.locator('[data-testid="finding-row"][aria-current]').count()).toBe(1);
      expect(await page.getByLabel('Tìm kiếm').inputValue()).toBe('ho so');
      await expectAccessible(page, 'findings list with a finding beside it');
      await screenshot(page, 'findings-split-desktop-open');

      const thirdText = (await rows.nth(2).textContent())?.trim();
      await rows.nth(2).click();
      await page.waitForURL((url) => !url.pathname.endsWith(encodeURIComponent(firstId)));
      expect(params(page)).toEqual(LIST_QUERY);
      await expect.poll(() => detail.getByTestId('finding-found-text').first().textContent()).toBe(thirdText);
      expect(await rows.nth(2).getAttribute('aria-current')).toBe('page');
      expect(await rows.nth(0).getAttribute('aria-current')).toBeNull();
      await screenshot(page, 'findings-split-desktop-another');

      // Back leaves the record for the list it was opened from, filters and all.
      await page.goBack();
      await page.waitForURL(listAddress());
      await visible(detail.getByText('Chọn một tồn tại trong danh sách'));
      expect(await page.locator('[data-testid="finding-row"][aria-current]').count()).toBe(0);
      expect(await rows.count()).toBe(5);
      expect(await page.getByLabel('Năm', { exact: true }).inputValue()).toBe('2022');
      expect(await page.getByLabel('Trạng thái', { exact: true }).inputValue()).toBe('CLOSED');

      // A finding's address opened directly: "Đóng" goes to its list with the address's parameters.
      await page.goto(`${t.url}/ton-tai/${encodeURIComponent(firstId)}?nam=2022`);
      await visible(detail.getByRole('heading', { name: 'Chi tiết tồn tại' }));
      await detail.getByRole('link', { name: 'Đóng' }).click();
      await page.waitForURL(`${t.url}/ton-tai?nam=2022`);
      await visible(detail.getByText('Chọn một tồn tại trong danh sách'));
    });
  });

  it('on a phone, the list and the finding are separate pages', async () => {
    await withBrowser('findings-split-phone', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await signIn(page, t.url, 'vanphong');
      await page.goto(listAddress());
      const rows = page.getByTestId('finding-row');
      await expect.poll(() => rows.count()).toBe(5);
      expect(await page.getByTestId('split-view').count()).toBe(0);
      await screenshot(page, 'findings-split-phone-list');
      await rows.nth(0).click();
      await page.waitForURL(/\/ton-tai\/[^/?]+\?/);
      expect(params(page)).toEqual(LIST_QUERY);
      await visible(page.getByRole('heading', { name: 'Chi tiết tồn tại' }));
      expect(await rows.count()).toBe(0);
      expect(await page.getByTestId('split-view').count()).toBe(0);
      await visible(page.getByTestId('back-link'));
      await screenshot(page, 'findings-split-phone-open');
      await page.goBack();
      await page.waitForURL(listAddress());
      await expect.poll(() => rows.count()).toBe(5);
    });
  });
});
