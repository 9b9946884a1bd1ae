import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../helpers/a11y.js';
import { clientDist, explainFailure, openBrowser, screenshot, signIn, visible } from '../helpers/browser.js';
import {
  assessmentOf,
  criteriaFile,
  criterionId,
  postFile,
  SCORE,
  SMALL_SET,
  setQuery,
} from '../helpers/criteria-sheet.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/*
 * The leadership view of the demo's 2025 self-assessment (issue 17, item 6): "So sánh và điểm yếu" comes
 * first for leadership. The demo has no 2024 assessment: nothing to compare. Once the office starts one
 * on a small set (areas 1 and 2 only), the 8 areas stand against it, areas 3 to 8 not comparable; the
 * weakest criteria show their evidence gaps, each linking to its criterion's card.
 */

/** A 2024 assessment in draft on the small set: area 1 = 1 + 0,75 + 1 = 2,75 of 4; area 2 = 0 of 6. */
async function start2024(): Promise<void> {
  const office = await t.as('vanphong');
  const file = await criteriaFile(SMALL_SET);
  expect(
    (await postFile(t, office, `/api/criteria-sets/2024/import?${setQuery({ issuedOn: '2024-01-15' })}`, file)).status,
  ).toBe(200);
  expect(
    (await office.request('mutation { startSelfAssessment(input: { year: 2024 }) { id } }')).errors,
  ).toBeUndefined();
  const view = await assessmentOf(office, 2024);
  for (const [code, points] of [
    ['1.1.1', 1],
    ['1.1.2', 0.75],
    ['1.2', 1],
    ['2.2', 0],
  ] as const) {
    const res = await office.request(SCORE, {
      i: { assessmentId: view.id, criterionId: criterionId(view, code), points },
    });
    expect(res.errors, code).toBeUndefined();
  }
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ CLIENT_DIST: clientDist() });
});
afterAll(() => t?.close());

const SIZES = [
  ['390', { width: 390, height: 844 }],
  ['1366', { width: 1366, height: 768 }],
] as const;

async function bothSizes(page: Page, name: string, focus: Locator): Promise<void> {
  for (const [size, viewport] of SIZES) {
    await page.setViewportSize(viewport);
    await focus.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.evaluate(() => window.scrollBy(0, -130));
    await screenshot(page, `${name}-${size}`);
  }
}

describe('the self-assessment for leadership', () => {
  it('shows the areas against last year and the weakest criteria, which open their cards', async () => {
    const session = await openBrowser();
    try {
      await explainFailure(session, 'self-assessment-leadership', async () => {
        const { page } = session;
        await page.setViewportSize({ width: 390, height: 844 });
        await signIn(page, t.url, 'lanhdao');
        await page.goto(`${t.url}/tu-danh-gia/2025`);
        const section = await visible(page.getByTestId('assessment-comparison'));
        await visible(section.getByRole('heading', { name: 'So sánh và điểm yếu' }));
        // For leadership the comparison comes before the totals.
        const order = await page.evaluate(() => {
          const comparison = document.querySelector('[data-testid="assessment-comparison"]');
          const totals = document.querySelector('[data-testid="assessment-totals"]');
          return comparison && totals
            ? Boolean(comparison.compareDocumentPosition(totals) & Node.DOCUMENT_POSITION_FOLLOWING)
            : null;
        });
        expect(order).toBe(true);
        await visible(section.getByTestId('comparison-no-previous').getByText('Chưa có bản tự đánh giá năm 2024'));
        expect(await section.locator('[data-testid^="area-compare-"]').count()).toBe(0);
        await screenshot(page, 'self-assessment-leadership-first-year-390');

        await start2024();
        await page.reload();
        await visible(section.getByText('Năm 2024 chưa có kết quả thẩm định cuối cùng: so với điểm tự chấm.'));
        await expect.poll(() => section.locator('[data-testid^="area-compare-"]').count()).toBe(9);
        // Area 1: 3,25 of 13 against 2,75 of 4; area 2: 0 against 0; area 3 was not in the 2024 set.
        const text = (code: string) => section.getByTestId(`area-compare-${code}`).textContent();
        expect(await text('1')).toContain('3,25/13 điểm');
        expect(await text('1')).toContain('2,75/4 điểm');
        expect(await text('1')).toContain('▲ tăng 0,5');
        expect(await text('2')).toContain('= không đổi');
        expect(await text('3')).toContain('không so sánh được');
        expect(await text('overall')).toContain('▲ tăng');

        const weakest = section.getByTestId('weakest-criteria').locator(':scope > li');
        expect(await weakest.count()).toBeGreaterThan(0);
        expect(await weakest.count()).toBeLessThanOrEqual(8);
        // 1.2.2: 0,25 of 0,5 with an explanation but no evidence.
        const weak = section.getByTestId('weak-1.2.2');
        await visible(weak.getByText('Thiếu tài liệu kiểm chứng'));
        expect(await weak.getByText('Thiếu giải trình').count()).toBe(0);
        expect(await weak.textContent()).toContain('0,25/0,5 điểm');

        await bothSizes(page, 'self-assessment-leadership', section);
        await bothSizes(page, 'self-assessment-leadership-weakest', section.getByTestId('weakest-criteria'));
        await expectAccessible(page, 'self-assessment: the leadership comparison');

        await page.setViewportSize({ width: 390, height: 844 });
        await weak.getByRole('link').click();
        await visible(page.getByTestId('criterion-1.2.2'));
        expect(session.log.filter((line) => line.includes('i18n:'))).toEqual([]);
      });
    } finally {
      await session.close();
    }
  });
});
