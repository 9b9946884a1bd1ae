import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserSession,
  clientDist,
  explainFailure,
  openBrowser,
  screenshot,
  signIn,
  visible,
} from '../helpers/browser.js';
import { openDashboardDetails } from '../helpers/dashboard.js';
import { DEMO_YEAR } from '../helpers/demo.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/*
 * The screens on the demo as it is by default: after the 2025 reform (demo-reform.ts). Hạt Kiểm lâm huyện
 * Cao Lộc became Hạt Kiểm lâm khu vực Cao Lộc on 01/07/2025 and took in Hạt Kiểm lâm thành phố Lạng Sơn;
 * Đình Lập's station took in Lộc Bình's. A past record names its unit as it was (issue 16, "records pin
 * their time"), and the dashboard shows a past year as it was or in today's structure.
 */

const CAO_LOC_2021 = 'Hạt Kiểm lâm huyện Cao Lộc';
const CAO_LOC_TODAY = 'Hạt Kiểm lâm khu vực Cao Lộc';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ CLIENT_DIST: clientDist() });
});
afterAll(() => t?.close());

const artifact = (name: string) => path.resolve(import.meta.dirname, `../.artifacts/${name}.png`);

/** Runs `test` at a phone's size and at a laptop's, each in a fresh browser. */
async function atBothSizes(name: string, test: (page: Page, size: string) => Promise<void>): Promise<void> {
  for (const wide of [false, true]) {
    const size = wide ? 'wide' : 'phone';
    const session: BrowserSession = await openBrowser({ touch: !wide });
    if (wide) await session.page.setViewportSize({ width: 1366, height: 768 });
    try {
      await explainFailure(session, `${name}-${size}`, async () => {
        await test(session.page, size);
        // A message shown before its catalogue loaded reads as its key (client/src/i18n/messages.ts logs it).
        expect(session.log.filter((line) => line.includes('i18n:'))).toEqual([]);
      });
    } finally {
      await session.close();
    }
  }
}

/** The office's review list of a year's approved visits. */
/** A year's approved visits in the review list (paged: a search brings the unit's visit onto the page). */
async function approvedVisits(page: Page, year: number, search: string) {
  await page.goto(`${t.url}/duyet?nam=${year}&trang-thai=APPROVED&q=${encodeURIComponent(search)}`);
  const rows = page.getByTestId('review-row');
  await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeGreaterThan(0);
  return rows;
}

describe('lists name a past visit’s unit as it was', () => {
  it('the review list and the visit name a 2021 visit’s station by its 2021 name, with today’s beside it', async () => {
    await atBothSizes('reform-review', async (page, size) => {
      await signIn(page, t.url, 'vanphong');
      // The city's station, merged into Cao Lộc's: named as it was, with the station that carries its work.
      const city = (await approvedVisits(page, 2021, 'thanh pho lang son')).filter({
        hasText: 'Hạt Kiểm lâm thành phố Lạng Sơn',
      });
      await expect.poll(() => city.count()).toBe(1);
      expect(await city.getByTestId('unit-today').textContent()).toBe(` (nay là ${CAO_LOC_TODAY})`);
      // A unit that kept its name has no note.
      const office = (await approvedVisits(page, 2021, 'van phong so')).filter({ hasText: 'Văn phòng Sở' });
      await expect.poll(() => office.count()).toBe(1);
      expect(await office.getByTestId('unit-today').count()).toBe(0);
      const caoLoc = (await approvedVisits(page, 2021, 'cao loc')).filter({ hasText: CAO_LOC_2021 });
      await expect.poll(() => caoLoc.count()).toBe(1);
      expect(await caoLoc.locator('.record-title').textContent()).toBe(`${CAO_LOC_2021} (nay là ${CAO_LOC_TODAY})`);
      await caoLoc.scrollIntoViewIfNeeded();
      await screenshot(page, `reform-review-list-${size}`);

      await caoLoc.click();
      await visible(page.getByRole('heading', { name: `Kiểm tra ${CAO_LOC_2021}` }));
      expect(await page.getByTestId('visit-unit').textContent()).toBe(`${CAO_LOC_2021} (nay là ${CAO_LOC_TODAY})`);
      await screenshot(page, `reform-review-visit-${size}`);

      // This year's visit, planned on the new structure, by its new name and no note.
      await page.goto(`${t.url}/duyet?nam=${DEMO_YEAR}`);
      await page.getByLabel('Trạng thái').selectOption('PLANNED');
      const planned = page.getByTestId('review-row').filter({ hasText: 'Hạt Kiểm lâm khu vực Cao Lộc' });
      await expect.poll(() => planned.count(), { timeout: 15_000 }).toBe(1);
      expect(await planned.locator('.record-title').textContent()).toBe(CAO_LOC_TODAY);
    });
  });

  it("the inspector's visits name the 2021 visit by its 2021 name", async () => {
    await atBothSizes('reform-my-visits', async (page, size) => {
      await signIn(page, t.url, 'kiemtra');
      // My visits show one year at a time (this year unless the address names one).
      await page.goto(`${t.url}/cuoc-kiem-tra?nam=2021`);
      const visit = page.locator('.visit-row').filter({ hasText: CAO_LOC_2021 });
      await expect.poll(() => visit.count(), { timeout: 15_000 }).toBe(1);
      expect(await visit.locator('.visit-row-unit').textContent()).toBe(`${CAO_LOC_2021} (nay là ${CAO_LOC_TODAY})`);
      expect(await visit.textContent()).toContain('Ngày kiểm tra');
      await visit.scrollIntoViewIfNeeded();
      await screenshot(page, `reform-my-visits-${size}`);
    });
  });

  it("the unit head's visits say which unit each was of, also the merged unit's whose findings they follow", async () => {
    await atBothSizes('reform-head', async (page, size) => {
      await signIn(page, t.url, 'thutruong');
      await page.goto(`${t.url}/ton-tai`);
      const of = page.getByTestId('unit-visit-of');
      await expect
        .poll(() => of.allTextContents(), { timeout: 15_000 })
        .toContain(`Hạt Kiểm lâm thành phố Lạng Sơn (nay là ${CAO_LOC_TODAY})`);
      expect(await of.allTextContents()).toContain(`${CAO_LOC_2021} (nay là ${CAO_LOC_TODAY})`);
      await of.filter({ hasText: 'thành phố' }).scrollIntoViewIfNeeded();
      await screenshot(page, `reform-head-visits-${size}`);
    });
  });
});

/** "Đã kiểm tra 23/23 đơn vị · 100%", the findings' figures and the compliance total, as shown. */
async function totals(page: Page): Promise<string[]> {
  return Promise.all(
    ['figure-coverage', 'figure-findings', 'figure-compliance'].map(
      async (id) => (await page.getByTestId(id).textContent()) ?? '',
    ),
  );
}

/** Every row of the units needing attention, not only the first ones. */
async function showAllRows(page: Page): Promise<void> {
  const more = page.getByTestId('attention-more');
  await visible(more);
  if ((await more.textContent())?.startsWith('Xem thêm')) await more.click();
  await expect.poll(() => more.textContent()).toBe('Thu gọn');
}

describe('the dashboard on the reformed demo', () => {
  it("2021 as it was names the year's units; today's structure names today's, with the units they carry", async () => {
    await atBothSizes('reform-dashboard', async (page, size) => {
      await signIn(page, t.url, 'lanhdao');
      await page.goto(`${t.url}/tong-hop?nam=2021`);
      await openDashboardDetails(page);
      const attention = await visible(page.getByTestId('section-attention'));
      await expect.poll(() => attention.textContent(), { timeout: 15_000 }).toContain('Hạt Kiểm lâm huyện Đình Lập');
      expect(await attention.textContent()).not.toMatch(/khu vực/);
      await visible(page.getByText('Đã kiểm tra 23/23 đơn vị · 100%'));
      const asItWas = await totals(page);
      await screenshot(page, `reform-dashboard-2021-${size}`);
      await attention.screenshot({ path: artifact(`reform-dashboard-2021-attention-${size}`) });

      await page.getByLabel('Cơ cấu tổ chức').selectOption({ label: 'Cơ cấu hiện nay' });
      await page.waitForURL(/cocau=hien-nay/);
      expect(page.url()).toContain('nam=2021');
      await visible(page.getByTestId('dashboard-scope-line').getByText(/Theo cơ cấu hiện nay/));
      const dinhLap = attention.getByTestId('attention-row').filter({ hasText: 'Hạt Kiểm lâm khu vực Đình Lập' });
      await expect.poll(() => dinhLap.count(), { timeout: 15_000 }).toBe(1);
      expect(await dinhLap.getByTestId('today-note').textContent()).toBe('Số liệu của: Hạt Kiểm lâm huyện Lộc Bình');
      expect(await attention.textContent()).not.toContain('Hạt Kiểm lâm huyện Đình Lập');
      // The totals are the year's, counted over its own units once each.
      expect(await totals(page)).toEqual(asItWas);
      await screenshot(page, `reform-dashboard-2021-today-${size}`);
      await attention.screenshot({ path: artifact(`reform-dashboard-2021-today-attention-${size}`) });
    });
  });

  it("after a split, the split unit's past shows under each new unit, marked, and its visits name both", async () => {
    // An illustrative split recorded on top of the reform: Chi cục Quản lý chất lượng, with a 2022 finding overdue.
    const office = await t.as('vanphong');
    const ids = new Map(
      (await t.sql<{ id: string; code: string }>('select id, code from unit')).map((u) => [u.code, u.id]),
    );
    const newUnit = (code: string, name: string) => ({
      code,
      name,
      kind: 'SUB_DEPARTMENT',
      parentId: ids.get('SNNMT'),
    });
    const split = await office.request('mutation ($i: RecordUnitChangeInput!) { recordUnitChange(input: $i) { id } }', {
      i: {
        kind: 'SPLIT',
        effectiveOn: '2025-10-01',
        basisNumber: '2001/QĐ-UBND (minh họa)',
        basisDate: '2025-09-25',
        confirmRehome: true,
        unitId: ids.get('CCQLCL'),
        newUnits: [
          newUnit('CCQLCL-NL', 'Chi cục Quản lý chất lượng nông lâm sản'),
          newUnit('CCQLCL-TS', 'Chi cục Quản lý chất lượng thủy sản'),
        ],
      },
    });
    expect(split.errors).toBeUndefined();

    await atBothSizes('reform-split', async (page, size) => {
      await signIn(page, t.url, 'lanhdao');
      await page.goto(`${t.url}/tong-hop?nam=2022`);
      await visible(page.getByTestId('dashboard-scope-line').getByText(/Toàn Sở · 2022/));
      await openDashboardDetails(page);
      const attention = await visible(page.getByTestId('section-attention'));
      await showAllRows(page);
      await visible(attention.getByText('Chi cục Quản lý chất lượng nông lâm sản và thủy sản', { exact: true }));
      const asItWas = await totals(page);

      await page.getByLabel('Cơ cấu tổ chức').selectOption({ label: 'Cơ cấu hiện nay' });
      await visible(page.getByTestId('dashboard-scope-line').getByText(/Theo cơ cấu hiện nay/));
      await showAllRows(page);
      for (const name of ['Chi cục Quản lý chất lượng nông lâm sản', 'Chi cục Quản lý chất lượng thủy sản']) {
        const row = attention.getByTestId('attention-row').filter({ has: page.getByText(name, { exact: true }) });
        await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
        expect(await row.getByTestId('today-note').textContent()).toBe(
          'Gồm số liệu của đơn vị trước khi chia tách (cũng tính ở đơn vị kế thừa khác) · Số liệu của: Chi cục Quản lý chất lượng nông lâm sản và thủy sản',
        );
      }
      expect(
        await attention.getByText('Chi cục Quản lý chất lượng nông lâm sản và thủy sản', { exact: true }).count(),
      ).toBe(0);
      expect(await totals(page)).toEqual(asItWas);
      await attention.screenshot({ path: artifact(`reform-dashboard-split-attention-${size}`) });
    });

    await atBothSizes('reform-split-list', async (page, size) => {
      await signIn(page, t.url, 'vanphong');
      const rows = await approvedVisits(page, 2021, 'chat luong');
      const split2021 = rows.filter({ hasText: 'Chi cục Quản lý chất lượng nông lâm sản và thủy sản' });
      await expect.poll(() => split2021.count(), { timeout: 15_000 }).toBe(1);
      expect(await split2021.getByTestId('unit-today').textContent()).toBe(
        ' (nay là Chi cục Quản lý chất lượng nông lâm sản; Chi cục Quản lý chất lượng thủy sản)',
      );
      await split2021.scrollIntoViewIfNeeded();
      await screenshot(page, `reform-split-review-list-${size}`);
    });
  });
});
