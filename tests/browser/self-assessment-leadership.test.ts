import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../helpers/a11y.js';
import { clientDist, explainFailure, openBrowser, screenshot, signIn, visible } from '../helpers/browser.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/*
 * The leadership view of the demo's 2025 self-assessment (issue 17, item 6): "So sánh và điểm yếu" comes
 * first for leadership, with the 8 areas against 2024 (no 2024 assessment in the demo: not comparable)
 * and the weakest criteria with their evidence gaps, each linking to its criterion's card.
 */

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
          return comparison && totals ? comparison.compareDocumentPosition(totals) : 0;
        });
        expect(order & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
        await visible(section.getByTestId('comparison-no-previous').getByText('Chưa có bản tự đánh giá năm 2024'));
        await expect.poll(() => section.locator('[data-testid^="area-compare-"]').count()).toBe(9);
        // Area 1 of the demo: 3,25 of 13, nothing to compare with.
        const area1 = section.getByTestId('area-compare-1');
        expect(await area1.textContent()).toContain('3,25/13 điểm');
        expect(await area1.textContent()).toContain('không so sánh được');

        const weakest = section.getByTestId('weakest-criteria').locator(':scope > li');
        expect(await weakest.count()).toBeGreaterThan(0);
        expect(await weakest.count()).toBeLessThanOrEqual(8);
        // 1.2.2: 0,25 of 0,5 with an explanation but no evidence.
        const weak = section.getByTestId('weak-1.2.2');
        await visible(weak.getByText('Thiếu tài liệu kiểm chứng'));
        expect(await weak.getByText('Thiếu giải trình').count()).toBe(0);
        expect(await weak.textContent()).toContain('0,25/0,5 điểm');

        await bothSizes(page, 'self-assessment-leadership', section);
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
