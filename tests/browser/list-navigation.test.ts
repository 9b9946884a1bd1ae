import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientDist, screenshot, signIn, visible, withBrowser } from '../helpers/browser.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * The office's long lists keep their filters, search, year, page and scroll across opening a record and
 * coming Back, on a phone and on a desktop screen.
 */

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ CLIENT_DIST: clientDist() });
});
afterAll(() => t?.close());

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1366, height: 768 },
] as const;

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

/** Scrolls the list down, opens a record and comes Back: same address, same rows, about the same place. */
async function openAndComeBack(page: Page, rows: string, name: string) {
  const address = page.url();
  const firstRow = await page.getByTestId(rows).first().textContent();
  await page.getByTestId(rows).nth(4).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 120));
  const before = await scrollY(page);
  expect(before).toBeGreaterThan(0);
  await screenshot(page, `${name}-list`);
  await page.getByTestId(rows).nth(4).click();
  await page.waitForURL((url) => url.href !== address);
  await page.goBack();
  await page.waitForURL(address);
  await expect.poll(() => page.getByTestId(rows).first().textContent()).toBe(firstRow);
  await expect.poll(() => scrollY(page)).toBeGreaterThan(before - 80);
  expect(await scrollY(page)).toBeLessThan(before + 80);
}

describe.each(SIZES)('the office lists on a $name', (size) => {
  it('the findings list keeps year, status and search across Back', async () => {
    await withBrowser(`list-findings-${size.name}`, async ({ page }) => {
      await page.setViewportSize(size);
      await signIn(page, t.url, 'vanphong');
      await page.getByTestId('card-findings').click();
      await page.waitForURL(/\/ton-tai/);
      // The demo's closed findings of 2022 about records (hồ sơ), typed without diacritics: five of them.
      await page.getByLabel('Năm', { exact: true }).selectOption('2022');
      await page.getByLabel('Trạng thái', { exact: true }).selectOption('CLOSED');
      await page.getByLabel('Tìm kiếm').fill('ho so');
      await page.waitForURL(/q=ho\+so/);
      const url = new URL(page.url());
      expect(Object.fromEntries(url.searchParams)).toEqual({ nam: '2022', 'trang-thai': 'CLOSED', q: 'ho so' });
      await expect.poll(() => page.getByTestId('finding-row').count()).toBe(5);
      await openAndComeBack(page, 'finding-row', `list-findings-${size.name}`);
      expect(await page.getByLabel('Năm', { exact: true }).inputValue()).toBe('2022');
      expect(await page.getByLabel('Trạng thái', { exact: true }).inputValue()).toBe('CLOSED');
      expect(await page.getByLabel('Tìm kiếm').inputValue()).toBe('ho so');

      // A counter filters the list to what it counts, as the home card's link does.
      await page.getByRole('button', { name: /Quá hạn/ }).click();
      await page.waitForURL(/qua-han=1/);
      expect(new URL(page.url()).searchParams.get('trang-thai')).toBeNull();
    });
  });

  it('the review list keeps its page across Back', async () => {
    await withBrowser(`list-review-${size.name}`, async ({ page }) => {
      await page.setViewportSize(size);
      await signIn(page, t.url, 'vanphong');
      // The home card's kind of link opens the list filtered; the demo's approved visits of Kiểm lâm units: 28.
      await page.goto(`${t.url}/duyet?trang-thai=APPROVED`);
      await page.getByLabel('Tìm đơn vị').fill('kiem lam');
      const pager = await visible(page.getByTestId('pager'));
      await expect.poll(() => pager.textContent()).toMatch(/1–20 trên 28 cuộc kiểm tra/);
      await pager.getByRole('button', { name: 'Sau' }).click();
      await page.waitForURL(/trang=2/);
      await expect.poll(() => pager.textContent()).toMatch(/21–28 trên 28 cuộc kiểm tra.*Trang 2 \/ 2/);
      await openAndComeBack(page, 'review-row', `list-review-${size.name}`);
      expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({
        'trang-thai': 'APPROVED',
        q: 'kiem lam',
        trang: '2',
      });
      expect(await page.getByLabel('Tìm đơn vị').inputValue()).toBe('kiem lam');
      await expect.poll(() => pager.textContent()).toContain('Trang 2 /');
    });
  });
});
