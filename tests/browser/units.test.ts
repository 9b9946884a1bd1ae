import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../helpers/a11y.js';
import { clientDist, screenshot, signIn, visible, withBrowser } from '../helpers/browser.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ CLIENT_DIST: clientDist() });
});
afterAll(() => t?.close());

/** Names of the units the search matched (rows shown only as context for a match are left out). */
function matchedNames(page: Page): Promise<string[]> {
  return page
    .locator('li[data-testid="unit-item"]:not(.unit-context) > .unit-row .unit-name')
    .evaluateAll((names) => names.map((name) => name.textContent ?? ''));
}

describe('units screen in the browser', () => {
  it('searches units without diacritics', async () => {
    await withBrowser('units-search', async ({ page }) => {
      await signIn(page, t.url, 'vanphong');
      await page.getByTestId('card-units').click();
      await page.waitForURL(`${t.url}/don-vi`);
      const tree = await visible(page.getByTestId('unit-tree'));
      // Unsearched, the tree shows the department (named since 01/03/2025) and its direct units; ranger
      // stations (by area since 01/07/2025) are folded.
      await visible(tree.locator('.unit-name', { hasText: 'Sở Nông nghiệp và Môi trường tỉnh Lạng Sơn' }));
      expect(await tree.getByText('Hạt Kiểm lâm khu vực Đình Lập').count()).toBe(0);

      const search = page.getByLabel('Tìm đơn vị');
      await search.fill('chi cuc kiem lam');
      await expect.poll(() => matchedNames(page), { timeout: 10_000 }).toEqual(['Chi cục Kiểm lâm']);
      await visible(page.getByText('1 đơn vị phù hợp'));
      await visible(tree.getByText('Chi cục Kiểm lâm', { exact: true }));

      await search.fill('dinh lap');
      await expect.poll(() => matchedNames(page), { timeout: 10_000 }).toEqual(['Hạt Kiểm lâm khu vực Đình Lập']);
      // The match is shown inside its parents, opened for it.
      await visible(tree.getByText('Hạt Kiểm lâm khu vực Đình Lập', { exact: true }));
      const row = page.locator('li[data-testid="unit-item"]', {
        has: page.locator(':scope > .unit-row .unit-name', { hasText: 'Hạt Kiểm lâm khu vực Đình Lập' }),
      });
      expect(await row.getAttribute('data-unit-id')).toMatch(/\S/);
      expect(await tree.getByText('Hạt Kiểm lâm khu vực Cao Lộc').count()).toBe(0);
      await screenshot(page, 'units-search-dinh-lap');
      await expectAccessible(page, 'units: search result');

      await search.fill('xyzzy khong co don vi nay');
      await expect.poll(() => page.getByTestId('unit-item').count(), { timeout: 10_000 }).toBe(0);
      await visible(page.getByText('Không có đơn vị nào phù hợp.'));
      expect(await page.getByTestId('unit-tree').count()).toBe(0);
      await screenshot(page, 'units-search-nothing');
      await expectAccessible(page, 'units: nothing found');
    });
  });
});
