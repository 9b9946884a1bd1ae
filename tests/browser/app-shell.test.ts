import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientDist, explainFailure, openBrowser, screenshot, signIn, step, visible } from '../helpers/browser.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/*
 * The app shell by role (issue 18): on a phone (390x844) the bottom bar with the role's main places, on a
 * desktop (1366x768) the side navigation with all of them; a home figure equal to the server's count whose
 * link opens the list filtered as it counts; the place navigated to marked as current. One sign-in per
 * role, both sizes by changing the viewport.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ CLIENT_DIST: clientDist() });
});
afterAll(() => t?.close());

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 768 };

interface RoleCase {
  username: string;
  /** The bar's items (the `nav-<key>` test ids), "more" when "Thêm" holds the rest. */
  bar: string[];
  /** Some of the side navigation's items beyond the bar's. */
  side: string[];
  /** A home figure, its homeCounts field and the address its link opens. */
  tile: { key: string; field: string; address: string };
  /** The place the figure's list is in. */
  listPlace: string;
  /** A place reached through the navigation on the desktop. */
  go: string;
}

const ROLES: RoleCase[] = [
  {
    username: 'kiemtra',
    bar: ['home', 'myVisits', 'sync', 'units', 'account'],
    side: ['myVisits', 'sync'],
    tile: { key: 'visitsPlanned', field: 'visitsPlanned', address: '/cuoc-kiem-tra?trang-thai=PLANNED&nam=' },
    listPlace: 'myVisits',
    go: 'sync',
  },
  {
    username: 'vanphong',
    bar: ['home', 'review', 'findings', 'plans', 'more'],
    side: ['dashboard', 'checklists', 'devices'],
    tile: { key: 'findingsOverdue', field: 'findingsOverdue', address: '/ton-tai?qua-han=1' },
    listPlace: 'findings',
    go: 'dashboard',
  },
  {
    username: 'lanhdao',
    bar: ['home', 'dashboard', 'selfAssessment', 'annualReport', 'more'],
    side: ['visits', 'findings', 'registers'],
    tile: { key: 'findingsOpen', field: 'findingsOpen', address: '/ton-tai?trang-thai=OPEN' },
    listPlace: 'findings',
    go: 'registers',
  },
  {
    username: 'thutruong',
    bar: ['home', 'findings', 'units', 'account'],
    side: ['findings'],
    tile: { key: 'findingsOpen', field: 'findingsOpen', address: '/ton-tai?trang-thai=OPEN' },
    listPlace: 'findings',
    go: 'units',
  },
  {
    username: 'admin',
    bar: ['home', 'review', 'findings', 'users', 'more'],
    side: ['users', 'plans', 'checklists'],
    tile: { key: 'visitsSubmitted', field: 'visitsSubmitted', address: '/duyet?trang-thai=SUBMITTED' },
    listPlace: 'review',
    go: 'units',
  },
];

/** The `nav-<key>` items of a navigation, in order. */
async function items(page: Page, navTestId: string): Promise<string[]> {
  const ids = await page
    .getByTestId(navTestId)
    .locator(':scope > ul > li > [data-testid], :scope .side-nav-group li > [data-testid]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('data-testid') ?? ''));
  return ids.map((id) => id.replace(/^nav-/, ''));
}

const currentOf = (page: Page, navTestId: string) =>
  page
    .getByTestId(navTestId)
    .locator('[aria-current="page"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('data-testid')));

describe('app shell', () => {
  it.each(ROLES)('$username: navigation on a phone and a desktop, home figures that open their lists', async (role) => {
    const session = await openBrowser();
    const { page } = session;
    try {
      await explainFailure(session, `app-shell-${role.username}`, async () => {
        const server = await t.as(role.username);
        const counts = await server.request<{ homeCounts: Record<string, number> }>(
          `{ homeCounts { ${role.tile.field} } }`,
        );
        const expected = counts.data?.homeCounts[role.tile.field];
        expect(typeof expected).toBe('number');
        await signIn(page, t.url, role.username);

        await step('phone: the bottom bar, the home figure and its list', async () => {
          await page.setViewportSize(PHONE);
          const bar = await visible(page.getByTestId('bottom-bar'));
          expect(await page.getByTestId('side-nav').isVisible()).toBe(false);
          expect(await items(page, 'bottom-bar')).toEqual(role.bar);
          expect(await currentOf(page, 'bottom-bar')).toEqual(['nav-home']);
          const tile = await visible(page.getByTestId(`home-count-${role.tile.key}`));
          // Zero prints as "0".
          expect(await tile.locator('.count-figure').textContent()).toBe(String(expected));
          await screenshot(page, `app-shell-${role.username}-phone`);
          await tile.click();
          await page.waitForURL((url) => `${url.pathname}${url.search}`.startsWith(role.tile.address));
          expect(await currentOf(page, 'bottom-bar')).toEqual(
            role.bar.includes(role.listPlace) ? [`nav-${role.listPlace}`] : [],
          );
          // Nothing of the page hides behind the bar: scrolled to its end, the page ends above it.
          const barTop = (await bar.boundingBox())?.y ?? 0;
          await expect
            .poll(() =>
              page.evaluate(() => {
                window.scrollTo(0, document.documentElement.scrollHeight);
                return document.querySelector('main')?.lastElementChild?.getBoundingClientRect().bottom ?? 0;
              }),
            )
            .toBeLessThanOrEqual(barTop);
        });

        await step('phone: the bar navigates and marks the place', async () => {
          await page.getByTestId('bottom-bar').getByTestId('nav-home').click();
          await page.waitForURL(`${t.url}/`);
          expect(await currentOf(page, 'bottom-bar')).toEqual(['nav-home']);
          if (role.bar.includes('more')) {
            await page.getByTestId('nav-more').click();
            const sheet = await visible(page.getByTestId('nav-more-sheet'));
            await sheet.getByTestId(`nav-${role.go}`).click();
            await page.waitForURL(/\/[a-z-]+$/);
            expect(await page.getByTestId('nav-more').getAttribute('data-current')).toBe('true');
            expect(await sheet.isVisible()).toBe(false);
          } else {
            await page.getByTestId('bottom-bar').getByTestId(`nav-${role.go}`).click();
            await page.waitForURL(/\/[a-z-]+$/);
            expect(await currentOf(page, 'bottom-bar')).toEqual([`nav-${role.go}`]);
          }
        });

        await step('desktop: the side navigation marks the place and navigates', async () => {
          await page.setViewportSize(DESKTOP);
          const side = await visible(page.getByTestId('side-nav'));
          expect(await page.getByTestId('bottom-bar').isVisible()).toBe(false);
          const sideItems = await items(page, 'side-nav');
          expect(sideItems).toEqual(
            expect.arrayContaining([...role.bar.filter((key) => key !== 'more'), ...role.side]),
          );
          expect(await currentOf(page, 'side-nav')).toEqual([`nav-${role.go}`]);
          await side.getByTestId('nav-home').click();
          await page.waitForURL(`${t.url}/`);
          expect(await currentOf(page, 'side-nav')).toEqual(['nav-home']);
          const tile = await visible(page.getByTestId(`home-count-${role.tile.key}`));
          expect(await tile.locator('.count-figure').textContent()).toBe(String(expected));
          await screenshot(page, `app-shell-${role.username}-desktop`);
          await side.getByTestId(`nav-${role.listPlace}`).click();
          await page.waitForURL((url) => url.pathname !== '/');
          expect(await currentOf(page, 'side-nav')).toEqual([`nav-${role.listPlace}`]);
        });
      });
    } finally {
      await session.close();
    }
  });

  it('a record opened from a filtered list goes back to the same list', async () => {
    const session = await openBrowser();
    const { page } = session;
    try {
      await explainFailure(session, 'app-shell-back', async () => {
        await signIn(page, t.url, 'vanphong');
        await (await visible(page.getByTestId('home-count-findingsOverdue'))).click();
        await page.waitForURL(`${t.url}/ton-tai?qua-han=1`);
        await (await visible(page.getByTestId('finding-row').first())).click();
        // The record's address carries the list's filters (for the list beside it on a wide screen).
        await page.waitForURL(/\/ton-tai\/[^/?]+\?qua-han=1$/);
        const back = await visible(page.getByTestId('back-link'));
        expect(await back.textContent()).toContain('Tồn tại');
        await back.click();
        await page.waitForURL(`${t.url}/ton-tai?qua-han=1`);
        // Opened at its own address in a new tab (no list before it in the app), it opens the list with the
        // filters its address carries.
        await (await visible(page.getByTestId('finding-row').first())).click();
        await page.waitForURL(/\/ton-tai\/[^/?]+\?qua-han=1$/);
        const tab = await session.context.newPage();
        await tab.goto(page.url());
        await (await visible(tab.getByTestId('back-link'))).click();
        await tab.waitForURL(`${t.url}/ton-tai?qua-han=1`);
      });
    } finally {
      await session.close();
    }
  });
});
