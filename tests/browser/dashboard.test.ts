import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientDist, explainFailure, openBrowser, screenshot, signIn, visible } from '../helpers/browser.js';
import { openDashboardDetails } from '../helpers/dashboard.js';
import { DEMO_YEAR } from '../helpers/demo.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  // Organisation changes are tried on the demo as it was before the 2025 reform (its units of 2021).
  t = await startTestApp({ CLIENT_DIST: clientDist(), SEED_DEMO_REFORM: 'false' });
});
afterAll(() => t?.close());

/** "Đã kiểm tra 24/24 đơn vị · 100%" → [24, 24]. */
async function coverage(page: Page): Promise<[number, number] | null> {
  const text = (await page.getByTestId('figure-coverage').textContent()) ?? '';
  const match = /Đã kiểm tra (\d+)\/(\d+) đơn vị/.exec(text);
  return match ? [Number(match[1]), Number(match[2])] : null;
}

const artifact = (name: string) => path.resolve(import.meta.dirname, `../.artifacts/${name}.png`);

/** The whole page, for a person to read the dashboard top to bottom. */
function fullPage(page: Page, name: string) {
  return page.screenshot({ path: artifact(name), fullPage: true });
}

describe('Tổng hợp năm on a phone', () => {
  it('leadership changes year and sub-tree and drills from a figure to its records', async () => {
    const session = await openBrowser({ touch: true });
    const { page } = session;
    try {
      await explainFailure(session, 'dashboard', async () => {
        await signIn(page, t.url, 'lanhdao');
        await page.getByTestId('card-dashboard').click();
        await page.waitForURL(`${t.url}/tong-hop`);
        await visible(page.getByRole('heading', { name: 'Tổng hợp năm' }));

        // No year in the address: the last complete year, not the unfinished current one.
        await page.waitForURL(new RegExp(`nam=${DEMO_YEAR - 1}`));
        await page.getByLabel('Năm', { exact: true }).selectOption('2021');
        await openDashboardDetails(page);
        await expect
          .poll(() => page.getByTestId('figure-coverage').textContent(), { timeout: 15_000 })
          .toContain('100%');
        const [inspected, inScope] = (await coverage(page)) ?? [0, 0];
        expect(inspected).toBe(inScope);
        expect(inScope).toBeGreaterThan(1);
        await visible(page.getByText(`Đã kiểm tra ${inScope}/${inScope} đơn vị · 100%`));
        const plans = page.getByTestId('figure-documents-KE_HOACH');
        expect(await plans.textContent()).toContain('Kế hoạch');
        // A count prints as it is: 8, not 08.
        expect(await plans.getByText('8', { exact: true }).count()).toBe(1);
        await screenshot(page, 'dashboard-2021');
        await fullPage(page, 'dashboard-2021-full');
        for (const section of ['remediation', 'attention', 'tthc', 'indices']) {
          await page.getByTestId(`section-${section}`).screenshot({ path: artifact(`dashboard-2021-${section}`) });
        }
        await page.emulateMedia({ media: 'print' });
        await fullPage(page, 'dashboard-2021-print');
        await page.emulateMedia({ media: 'screen' });

        await plans.click();
        const records = await visible(page.getByTestId('drill-records'));
        await expect.poll(() => records.getByTestId('drill-record').count()).toBe(8);
        await visible(page.getByRole('heading', { name: 'Kế hoạch: 8 bản ghi' }));
        await screenshot(page, 'dashboard-drill-documents');
        await page.getByTestId('drill-close').click();
        await expect.poll(() => records.isVisible()).toBe(false);

        await page.getByLabel('Phạm vi').selectOption({ label: 'Chi cục Kiểm lâm' });
        await expect
          .poll(async () => (await coverage(page))?.[1] ?? inScope, { timeout: 15_000 })
          .toBeLessThan(inScope);
        await visible(page.getByTestId('dashboard-scope-line').getByText(/Chi cục Kiểm lâm · 2021/));
        await screenshot(page, 'dashboard-2021-kiem-lam');

        await page.getByLabel('Phạm vi').selectOption('');
        await page.getByLabel('Năm', { exact: true }).selectOption(String(DEMO_YEAR));
        await visible(page.getByTestId('dashboard-scope-line').getByText(new RegExp(`Toàn Sở · ${DEMO_YEAR}`)));
        const missing = await visible(page.getByTestId('figure-not-inspected'));
        const count = Number(/(\d+) đơn vị/.exec((await missing.textContent()) ?? '')?.[1]);
        expect(count).toBeGreaterThan(0);
        await fullPage(page, `dashboard-${DEMO_YEAR}-full`);
        await missing.click();
        const units = await visible(page.getByTestId('drill-records'));
        await expect.poll(() => units.getByTestId('drill-record').count()).toBe(count);
        await screenshot(page, 'dashboard-drill-not-inspected');
        await page.getByTestId('drill-close').click();

        // Findings overdue at the end of 2021 open their records, each linked to its finding.
        await page.getByLabel('Năm', { exact: true }).selectOption('2021');
        await visible(page.getByTestId('dashboard-scope-line').getByText(/Toàn Sở · 2021/));
        const overdue = page.getByTestId('figure-findings-overdue');
        const overdueCount = Number(/\d+/.exec((await overdue.textContent()) ?? '')?.[0]);
        expect(overdueCount).toBeGreaterThan(0);
        await overdue.click();
        const findings = await visible(page.getByTestId('drill-records'));
        await expect.poll(() => findings.getByTestId('drill-record').count()).toBe(overdueCount);
        await screenshot(page, 'dashboard-drill-overdue');
        await findings.getByTestId('drill-record').first().getByRole('link', { name: 'Xem tồn tại' }).click();
        await page.waitForURL(/\/ton-tai\/[0-9a-f-]+$/);
        // Back: the same year, not the default.
        await page.goBack();
        await page.waitForURL(/\/tong-hop\?nam=2021/);
        await visible(page.getByTestId('dashboard-scope-line').getByText(/Toàn Sở · 2021/));
        expect(await page.getByLabel('Năm', { exact: true }).inputValue()).toBe('2021');
      });
    } finally {
      await session.close();
    }
  });

  it('leadership compares 2022 with 2021 and drills from a unit needing attention to its records', async () => {
    const session = await openBrowser({ touch: true });
    const { page } = session;
    try {
      await explainFailure(session, 'dashboard-2022', async () => {
        await signIn(page, t.url, 'lanhdao');
        await page.goto(`${t.url}/tong-hop`);
        await page.getByLabel('Năm', { exact: true }).selectOption('2022');
        await visible(page.getByTestId('dashboard-scope-line').getByText(/Toàn Sở · 2022/));
        await openDashboardDetails(page);

        // Year over year: 2021 and 2022 side by side, 2022 marked, the change against 2021 in words.
        const trend = await visible(page.getByTestId('section-trend'));
        await expect.poll(() => trend.getByTestId('trend-coverage-2022').textContent()).toContain('87%');
        expect(await trend.getByTestId('trend-coverage-2021').textContent()).toContain('100%');
        expect(await trend.getByTestId('trend-coverage-2022').textContent()).toContain('20/23');
        expect(await trend.getByTestId('trend-on-time-2022').textContent()).toContain('5/14');
        expect(await trend.getByTestId('trend-compliance-2021').count()).toBe(1);
        expect(await trend.getByTestId('trend-summary').textContent()).toMatch(
          /^Mức độ đạt năm 2022: \d+(,\d+)?%, (giảm|tăng) \d+(,\d)? điểm % so với năm 2021\.$/,
        );
        await visible(trend.getByTestId('trend-group-4'));
        await trend.screenshot({ path: artifact('dashboard-2022-trend') });

        // A column opens that year's records.
        await trend.getByTestId('trend-coverage-2021').click();
        const units = await visible(page.getByTestId('drill-records'));
        await expect.poll(() => units.getByTestId('drill-record').count()).toBe(23);
        await visible(page.getByRole('heading', { name: 'Kiểm tra đơn vị 2021: 23 bản ghi' }));
        await page.getByTestId('drill-close').click();
        await expect.poll(() => units.isVisible()).toBe(false);

        // Units needing attention: the three not inspected first, then Đình Lập with two overdue findings.
        const attention = await visible(page.getByTestId('section-attention'));
        const rows = attention.getByTestId('attention-row');
        for (const n of [0, 1, 2]) expect(await rows.nth(n).textContent()).toContain('Chưa được kiểm tra');
        const dinhLap = rows.nth(3);
        expect(await dinhLap.textContent()).toContain('Hạt Kiểm lâm huyện Đình Lập');
        expect(await dinhLap.textContent()).toContain('2 quá hạn');
        await attention.screenshot({ path: artifact('dashboard-2022-attention') });
        await fullPage(page, 'dashboard-2022-full');

        await dinhLap.click();
        const records = await visible(page.getByTestId('drill-records'));
        await expect.poll(() => records.getByTestId('drill-record').count()).toBe(4);
        await visible(page.getByRole('heading', { name: 'Hạt Kiểm lâm huyện Đình Lập: 4 bản ghi' }));
        expect(await records.getByText('Quá hạn chưa khắc phục · hạn 30/11/2022', { exact: false }).count()).toBe(2);
        expect(await records.getByText('Không đạt', { exact: true }).count()).toBe(2);
        await screenshot(page, 'dashboard-drill-attention');
        await records.getByTestId('drill-record').first().getByRole('link', { name: 'Xem tồn tại' }).click();
        await page.waitForURL(/\/ton-tai\/[0-9a-f-]+$/);
      });
    } finally {
      await session.close();
    }
  });

  it("leadership switches to today's structure after a merge: the merged unit's past under its successor, marked", async () => {
    // The office records the merge of two ranger stations on 01/07/2025 (issue 16).
    const office = await t.as('vanphong');
    const units = new Map(
      (await t.sql<{ id: string; code: string }>('select id, code from unit')).map((u) => [u.code, u.id]),
    );
    const merged = await office.request(
      'mutation ($i: RecordUnitChangeInput!) { recordUnitChange(input: $i) { id } }',
      {
        i: {
          kind: 'MERGE',
          effectiveOn: '2025-07-01',
          basisNumber: '1234/QĐ-UBND',
          basisDate: '2025-06-20',
          confirmRehome: true,
          sourceIds: [units.get('HKL-CL'), units.get('HKL-DL')],
          newUnits: [
            { code: 'HKL-KV1', name: 'Hạt Kiểm lâm khu vực 1', kind: 'RANGER_STATION', parentId: units.get('CCKL') },
          ],
        },
      },
    );
    expect(merged.errors).toBeUndefined();
    for (const wide of [false, true]) {
      const session = await openBrowser({ touch: !wide });
      const { page } = session;
      if (wide) await page.setViewportSize({ width: 1366, height: 768 });
      try {
        await explainFailure(session, `dashboard-today-${wide ? 'wide' : 'phone'}`, async () => {
          await signIn(page, t.url, 'lanhdao');
          await page.goto(`${t.url}/tong-hop?nam=2022`);
          await openDashboardDetails(page);
          const attention = await visible(page.getByTestId('section-attention'));
          await expect
            .poll(() => attention.textContent(), { timeout: 15_000 })
            .toContain('Hạt Kiểm lâm huyện Đình Lập');
          const before = await page.getByTestId('figure-coverage').textContent();

          await page.getByLabel('Cơ cấu tổ chức').selectOption({ label: 'Cơ cấu hiện nay' });
          await page.waitForURL(/cocau=hien-nay/);
          expect(page.url()).toContain('nam=2022');
          await visible(page.getByTestId('dashboard-scope-line').getByText(/Theo cơ cấu hiện nay/));
          const row = attention.getByTestId('attention-row').filter({ hasText: 'Hạt Kiểm lâm khu vực 1' });
          await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
          expect(await row.getByTestId('today-note').textContent()).toContain('Hạt Kiểm lâm huyện Đình Lập');
          // The totals are the year's, counted over its own units.
          expect(await page.getByTestId('figure-coverage').textContent()).toBe(before);
          await screenshot(page, `dashboard-today-${wide ? 'wide' : 'phone'}`);
          await attention.screenshot({ path: artifact(`dashboard-today-attention-${wide ? 'wide' : 'phone'}`) });

          // A reload keeps the choice; the Excel link asks for the same structure.
          await page.reload();
          await expect.poll(() => page.getByLabel('Cơ cấu tổ chức').inputValue()).toBe('TODAY');
          await openDashboardDetails(page);
          expect(await page.getByTestId('dashboard-xlsx').getAttribute('href')).toContain('structure=TODAY');
        });
      } finally {
        await session.close();
      }
    }
  });
});
