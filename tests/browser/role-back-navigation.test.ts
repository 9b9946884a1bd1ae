import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientDist, screenshot, signIn, visible, withBrowser } from '../helpers/browser.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Every role's list, not only the office's (list-navigation.test.ts): from the home to a list narrowed by
 * year, status or search, into a record and Back, on a phone and on a desktop screen: the same address,
 * filters, rows and about the same scroll position.
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

/** Scrolls down to a row as far as the list allows, opens it and comes Back to the same place. */
async function openAndComeBack(page: Page, rows: Locator, name: string) {
  await visible(rows.first());
  const address = page.url();
  const firstRow = await rows.first().textContent();
  const count = await rows.count();
  const row = rows.nth(Math.min(4, count - 1));
  await row.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 60));
  const before = await scrollY(page);
  await screenshot(page, `${name}-list`);
  await row.click();
  await page.waitForURL((url) => url.href !== address);
  await page.goBack();
  await page.waitForURL(address);
  await expect.poll(() => rows.first().textContent()).toBe(firstRow);
  await expect.poll(() => scrollY(page)).toBeGreaterThan(before - 80);
  expect(await scrollY(page)).toBeLessThan(before + 80);
}

const params = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

describe.each(SIZES)('each role on a $name', (size) => {
  it("the inspector's visits of a year", async () => {
    await withBrowser(`back-inspector-${size.name}`, async ({ page }) => {
      await page.setViewportSize(size);
      await signIn(page, t.url, 'kiemtra');
      await page.getByTestId('card-my-visits').click();
      await page.waitForURL(/\/cuoc-kiem-tra/);
      await page.getByTestId('my-visits-year').selectOption('2021');
      await page.waitForURL(/nam=2021/);
      await openAndComeBack(page, page.locator('a.visit-row'), `back-inspector-${size.name}`);
      expect(params(page)).toMatchObject({ nam: '2021' });
      expect(await page.getByTestId('my-visits-year').inputValue()).toBe('2021');
    });
  });

  it("leadership's visits of a year, searched", async () => {
    await withBrowser(`back-leadership-${size.name}`, async ({ page }) => {
      await page.setViewportSize(size);
      await signIn(page, t.url, 'lanhdao');
      await page.goto(`${t.url}/duyet?nam=2021`);
      await page.getByLabel('Tìm đơn vị').fill('kiem lam');
      await page.waitForURL(/q=kiem\+lam/);
      // The searched list has replaced the year's before a row is opened.
      // (Every row is a Kiểm lâm unit's: the first row alone may also be so in the year's whole list.)
      await expect
        .poll(async () => {
          const texts = await page.getByTestId('review-row').allTextContents();
          return texts.length > 0 && texts.every((text) => /Kiểm lâm/i.test(text));
        })
        .toBe(true);
      await openAndComeBack(page, page.getByTestId('review-row'), `back-leadership-${size.name}`);
      expect(params(page)).toEqual({ nam: '2021', q: 'kiem lam' });
      expect(await page.getByLabel('Tìm đơn vị').inputValue()).toBe('kiem lam');
    });
  });

  it("the unit head's own findings of a year", async () => {
    // A year in which the unit head's unit (or the unit it took over) has findings.
    const head = await t.as('thutruong');
    let year = '';
    for (const candidate of [2025, 2022, 2026, 2021]) {
      const res = await head.request<{ findingPage: { total: number } }>(
        'query ($y: Int) { findingPage(filter: { year: $y }, first: 1) { total } }',
        { y: candidate },
      );
      if ((res.data?.findingPage.total ?? 0) > 0) {
        year = String(candidate);
        break;
      }
    }
    expect(year).not.toBe('');
    await withBrowser(`back-unit-head-${size.name}`, async ({ page }) => {
      await page.setViewportSize(size);
      await signIn(page, t.url, 'thutruong');
      await page.getByTestId('card-findings').click();
      await page.waitForURL(/\/ton-tai/);
      await page.getByLabel('Năm', { exact: true }).selectOption(year);
      await page.waitForURL(new RegExp(`nam=${year}`));
      await openAndComeBack(page, page.getByTestId('finding-row'), `back-unit-head-${size.name}`);
      expect(params(page)).toEqual({ nam: year });
      expect(await page.getByLabel('Năm', { exact: true }).inputValue()).toBe(year);
    });
  });

  it("the administrator's findings by status, and the system log's filter kept in its address", async () => {
    await withBrowser(`back-admin-${size.name}`, async ({ page }) => {
      await page.setViewportSize(size);
      await signIn(page, t.url, 'admin');
      await page.goto(`${t.url}/ton-tai?trang-thai=CLOSED`);
      await openAndComeBack(page, page.getByTestId('finding-row'), `back-admin-${size.name}`);
      expect(params(page)).toEqual({ 'trang-thai': 'CLOSED' });

      // The system log, a page at a time, narrowed to one kind of record; a reload keeps the filter.
      await page.goto(`${t.url}/nhat-ky`);
      const log = await visible(page.getByTestId('audit-log'));
      await page.getByLabel('Loại hồ sơ').selectOption('Finding');
      await page.waitForURL(/loai=Finding/);
      await expect.poll(() => log.getByText('Tồn tại, hạn chế').count()).toBeGreaterThan(0);
      await expect.poll(() => page.getByTestId('pager').textContent()).toMatch(/1–\d+ trên \d+ mục nhật ký/);
      // A page's entries grouped into fewer lines (one person's changes to one record in a row) say so.
      // Read together, once the filtered page is in (the list is busy while the previous page shows).
      const pagerAndLines = () =>
        page.evaluate(() => {
          const list = document.querySelector('[data-testid="audit-log"]');
          if (!list || list.getAttribute('aria-busy') === 'true') return null;
          const pager = document.querySelector('[data-testid="pager"]')?.textContent ?? '';
          const [, from, to] = pager.match(/(\d+)–(\d+) trên/) ?? [];
          const lines = list.querySelectorAll(':scope > li').length;
          return { grouped: lines < Number(to) - Number(from) + 1, lines, pager };
        });
      await expect.poll(pagerAndLines).not.toBeNull();
      const shown = await pagerAndLines();
      if (shown?.grouped) expect(shown.pager).toContain(`mục nhật ký, gộp thành ${shown.lines} dòng`);
      else expect(shown?.pager).not.toContain('gộp');
      await screenshot(page, `back-admin-log-${size.name}`);
      await page.reload();
      expect(await (await visible(page.getByLabel('Loại hồ sơ'))).inputValue()).toBe('Finding');
    });
  });
});
