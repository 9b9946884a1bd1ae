import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayLocalDate } from '../../server/src/common/local-date.js';
import { clientDist, explainFailure, openBrowser, screenshot, visible } from '../helpers/browser.js';
import { phoneWithVisitOffline, visitIdOf } from '../helpers/field.js';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Issue 13 item 23: a phone whose clock was a year behind dated a 2026 visit 2025-12-06. The phone now
 * learns the server's time from its answers, warns the inspector, and dates its writes by the server's
 * time as it knows it, even offline; the server refuses a date that cannot be true. The phone reaches the
 * server through the test proxy, which really refuses every connection while the link is down.
 */
let t: TestApp;
let proxy: TcpProxy;
let visitId = '';

beforeAll(async () => {
  t = await startTestApp({ CLIENT_DIST: clientDist() });
  proxy = await startTcpProxy(t.url);
  visitId = await visitIdOf(t, 'HKL-TD');
});
afterAll(async () => {
  await proxy?.close();
  await t?.close();
});

/** Runs in the page before its own scripts: every `Date` of the page is 365 days behind. */
function yearBehindClock() {
  const shift = -365 * 24 * 3600 * 1000;
  const RealDate = Date;
  class PhoneDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + shift);
      else super(...(args as [string]));
    }
    static override now() {
      return RealDate.now() + shift;
    }
  }
  globalThis.Date = PhoneDate as DateConstructor;
}

describe('a phone whose clock is a year behind', () => {
  it("warns the inspector and dates the visit and its answers by the server's day", async () => {
    const phone = await openBrowser({ touch: true });
    try {
      await explainFailure(phone, 'wrong-clock', async () => {
        const { page, context } = phone;
        await context.addInitScript(yearBehindClock);
        await phoneWithVisitOffline(page, proxy.url, visitId, {
          afterSignIn: async () => {
            expect(await page.evaluate(() => new Date().getFullYear())).toBe(new Date().getFullYear() - 1);
            const warning = await visible(page.getByTestId('clock-warning'));
            expect(await warning.textContent()).toContain('Đồng hồ của điện thoại đang chậm 365 ngày so với máy chủ.');
            await screenshot(page, 'wrong-clock-390');
            await page.setViewportSize({ width: 1366, height: 768 });
            await screenshot(page, 'wrong-clock-1366');
            await page.setViewportSize({ width: 390, height: 844 });
          },
        });

        // The link down (every connection refused), after a reload: the phone still knows how far off its
        // clock is, with no answer to learn it from.
        proxy.cut();
        await Promise.all([page.waitForEvent('load'), page.reload()]);
        expect(await page.evaluate(() => navigator.onLine)).toBe(true);
        await visible(page.getByTestId('clock-warning'));
        await page.getByRole('button', { name: 'Bắt đầu kiểm tra' }).click();
        const [year, month, day] = todayLocalDate().split('-');
        await expect
          .poll(() => page.locator('.visit-header').textContent())
          .toContain(`Ngày kiểm tra ${day}/${month}/${year}`);
        const card = page.getByTestId('visit-item-1.1');
        await card.getByRole('button', { name: 'Đạt', exact: true }).click();
        await expect.poll(() => page.getByTestId('visit-sync-mark').first().getAttribute('data-state')).toBe('local');

        // The link returns with no event to say so: the phone's next try gets the writes through.
        proxy.pass();
        await expect
          .poll(() => page.getByTestId('visit-sync-mark').first().getAttribute('data-state'), { timeout: 60_000 })
          .toBe('server');
        const [visit] = await t.sql<{ status: string; visit_date: string; edited_year: string }>(
          `select v.status, to_char(v.visit_date, 'YYYY-MM-DD') as visit_date,
                  (select to_char(a.edited_at, 'YYYY') from visit_answer a where a.visit_id = v.id) as edited_year
             from visit v where v.id = ?`,
          [visitId],
        );
        expect(visit).toEqual({ status: 'IN_PROGRESS', visit_date: todayLocalDate(), edited_year: year });
      });
    } finally {
      proxy.pass();
      await phone.close();
    }
  });
});
