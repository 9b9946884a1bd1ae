import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../helpers/a11y.js';
import {
  clientDist,
  readPersistedCache,
  screenshot,
  signIn,
  visible,
  waitForServiceWorker,
  withBrowser,
} from '../helpers/browser.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ CLIENT_DIST: clientDist() });
  // The demo's inspections start in 2021: six of its approved visits are dated a year earlier, so 2020 has
  // inspections of its own (and 2021 fewer), and the office enters a small 2020 TTHC catalogue.
  await t.sql(
    `update visit set visit_date = visit_date - interval '1 year'
      where id in (select id from visit where status = 'APPROVED' and visit_date between '2021-01-01' and '2021-12-31'
                   order by visit_date, id limit 6)`,
  );
  const office = await t.as('vanphong');
  for (const [n, onlineService, publicPostal] of [
    [1, 'TOAN_TRINH', true],
    [2, 'MOT_PHAN', true],
    [3, 'KHONG', true],
    [4, 'KHONG', false],
  ] as const) {
    const created = await office.request(
      'mutation ($i: AdministrativeProcedureInput!) { createAdministrativeProcedure(input: $i) { id } }',
      {
        i: {
          year: 2020,
          code: `2020-TEST-${n}`,
          name: `Thủ tục thử ${n}`,
          level: 'TINH',
          mechanism: 'MOT_CUA',
          onlineService,
          publicPostal,
        },
      },
    );
    expect(created.errors).toBeUndefined();
  }
});
afterAll(() => t?.close());

const ROLLUP = `query ($year: Int!) { rollup(year: $year) {
  coverage { inspected ratio } compliance { total { ratio } }
  findings { total { total fixedOnTime overdue } } tthc { onlineShare publicPostalShare }
  indexScores { index totalScore rank } } }`;

interface RollupFigures {
  coverage: { inspected: number; ratio: number };
  compliance: { total: { ratio: number | null } };
  findings: { total: { total: number; fixedOnTime: number; overdue: number } };
  tthc: { onlineShare: number | null; publicPostalShare: number | null };
  indexScores: { index: string; totalScore: number; rank: number | null }[];
}

const number = (value: number, digits: number) =>
  new Intl.NumberFormat('vi-VN', { maximumFractionDigits: digits }).format(value);
const share = (ratio: number | null) => (ratio === null ? 'Chưa có số liệu' : `${number(ratio * 100, 1)}%`);

/** Each summary figure as the page must print it, from the server's roll-up of the year. */
function expected(r: RollupFigures): Record<string, string> {
  const index = (key: string) => {
    const score = r.indexScores.find((s) => s.index === key);
    return score ? number(score.totalScore, 2) : 'Chưa có số liệu';
  };
  const { total } = r.findings;
  return {
    COVERAGE: share(r.coverage.inspected > 0 ? r.coverage.ratio : null),
    COMPLIANCE: share(r.compliance.total.ratio),
    FIXED_ON_TIME: share(total.total > 0 ? total.fixedOnTime / total.total : null),
    OVERDUE: r.coverage.inspected > 0 ? String(total.overdue) : 'Chưa có số liệu',
    TTHC_ONLINE: share(r.tthc.onlineShare),
    TTHC_POSTAL: share(r.tthc.publicPostalShare),
    SIPAS: index('SIPAS'),
    PAR_INDEX: index('PAR_INDEX'),
  };
}

describe('the one-minute summary', () => {
  it('reads 2021 against 2020 as the roll-up counts them, and the trend chart draws offline', async () => {
    const leadership = await t.as('lanhdao');
    const [current, previous] = await Promise.all(
      [2021, 2020].map(async (year) => {
        const res = await leadership.request<{ rollup: RollupFigures }>(ROLLUP, { year });
        expect(res.errors).toBeUndefined();
        return res.data?.rollup as RollupFigures;
      }),
    );
    // 2020 really has figures of each kind to compare with.
    expect(previous.coverage.inspected).toBeGreaterThan(0);
    expect(previous.tthc.onlineShare).toBe(0.5);

    await withBrowser('leadership-summary', async ({ context, page }) => {
      await signIn(page, t.url, 'lanhdao');
      // No year in the address: the last complete year, written into the address.
      await page.goto(`${t.url}/tong-hop`);
      const summary = await visible(page.getByTestId('leadership-summary'));
      const lastComplete = new Date().getFullYear() - 1;
      await page.waitForURL(new RegExp(`nam=${lastComplete}`));
      expect(await page.getByTestId('summary-year-status').textContent()).toContain(`Năm ${lastComplete} đã kết thúc`);

      await page.getByLabel('Năm', { exact: true }).selectOption('2021');
      await expect.poll(() => summary.getByRole('heading').textContent()).toContain('Năm 2021 so với năm 2020');
      expect(await page.getByTestId('summary-year-status').textContent()).toBe(
        'Năm 2021 đã kết thúc, số liệu đủ cả năm. So với năm 2020: năm đã kết thúc gần nhất trước đó.',
      );
      const want = expected(current);
      const before = expected(previous);
      for (const key of Object.keys(want)) {
        const row = page.getByTestId(`summary-${key}`);
        await expect.poll(() => row.getByTestId(`summary-${key}-value`).textContent()).toBe(want[key]);
        expect(await row.getByTestId(`summary-${key}-previous`).textContent()).toMatch(
          new RegExp(`^2020: ${before[key]?.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
        );
      }
      // The direction and whether it is good: 50% online in 2020 against 87,9% in 2021 is better.
      expect(await page.getByTestId('summary-TTHC_ONLINE-change').textContent()).toMatch(
        /^▲ \d+(,\d)? điểm % · tốt lên$/,
      );
      const sipas = current.indexScores.find((s) => s.index === 'SIPAS');
      const sipasBefore = previous.indexScores.find((s) => s.index === 'SIPAS');
      if (!sipas || !sipasBefore) throw new Error('the demo has SIPAS for 2020 and 2021');
      expect(await page.getByTestId('summary-SIPAS-change').textContent()).toBe(
        `▲ ${number(Math.round((sipas.totalScore - sipasBefore.totalScore) * 100) / 100, 2)} điểm · tốt lên`,
      );
      await screenshot(page, 'leadership-summary-2021');
      await expectAccessible(page, 'dashboard: one-minute summary');

      // The trend section opens its chart (a lazily loaded chunk) and its numbers as a table.
      await page.getByTestId('dashboard-trend').locator('summary').click();
      await visible(page.getByTestId('trend-chart').first().locator('canvas'));
      expect(await page.getByTestId('trend-chart').first().getAttribute('aria-label')).toContain(
        'từ năm 2017 đến năm 2021',
      );
      await page.getByTestId('trend-table-toggle').click();
      const table = await visible(page.getByTestId('trend-table'));
      expect(await table.locator('thead th').allTextContents()).toEqual([
        'Chỉ số',
        '2017',
        '2018',
        '2019',
        '2020',
        '2021',
      ]);
      // A year without data is no data, not 0.
      expect(
        await table
          .getByRole('row', { name: /Đơn vị được kiểm tra/ })
          .locator('td')
          .first()
          .textContent(),
      ).toBe('—');
      await expectAccessible(page, 'dashboard: trend chart and table');

      // Offline after one online load: the chart's chunk comes from the service worker's precache.
      await waitForServiceWorker(page, { controlling: false });
      await page.reload();
      await waitForServiceWorker(page, { controlling: true });
      await visible(page.getByTestId('leadership-summary'));
      await expect
        .poll(
          async () =>
            Object.keys((await readPersistedCache(page))?.ROOT_QUERY ?? {}).some((k) => k.includes('"year":2021')),
          {
            timeout: 15_000,
          },
        )
        .toBe(true);
      await context.setOffline(true);
      await page.reload();
      await visible(page.getByTestId('leadership-summary'));
      expect(page.url()).toContain('nam=2021');
      await page.getByTestId('dashboard-trend').locator('summary').click();
      await visible(page.getByTestId('trend-chart').first().locator('canvas'));
      await screenshot(page, 'leadership-trend-offline');
      await context.setOffline(false);
    });
  });
});
