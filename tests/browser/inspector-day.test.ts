import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientDist, screenshot, signIn, visible, waitForServiceWorker, withBrowser } from '../helpers/browser.js';
import { DEMO_YEAR } from '../helpers/demo.js';
import { completeVisitThroughApi } from '../helpers/field.js';
import { type GraphQLCaller, startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Issue 18, the inspector's day, on a phone whose clock is fixed (Playwright's clock) to a Wednesday in
 * June of the demo year, with visits planned on days around it by office through the API: the home's
 * Hôm nay / Tuần này / Quá hạn counts, the list kept to a group, the "on the phone" mark after a
 * download, the message for a visit never downloaded when offline, and the confirmation of "Gửi duyệt".
 */
const day = (date: Date) => date.toISOString().slice(0, 10);
const plusDays = (date: string, days: number) => {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return day(next);
};
// The Wednesday of the week of 10 June: "later this week" (Friday) and "overdue" (last Wednesday) exist.
const june10 = new Date(Date.UTC(DEMO_YEAR, 5, 10));
const TODAY = plusDays(day(june10), 2 - ((june10.getUTCDay() + 6) % 7));
/** 09:00 in Vietnam on TODAY. */
const FAKE_NOW = new Date(`${TODAY}T02:00:00Z`);

let t: TestApp;
let inspector: GraphQLCaller;
/** Visit ids by what their planned day is to TODAY. */
const visits: Record<'today' | 'week' | 'overdue' | 'later' | 'submitted', string> = {
  today: '',
  week: '',
  overdue: '',
  later: '',
  submitted: '',
};

beforeAll(async () => {
  t = await startTestApp({ CLIENT_DIST: clientDist() });
  const office = await t.as('vanphong');
  inspector = await t.as('kiemtra');
  const [kiemtra] = await t.sql<{ id: string }>(`select id from app_user where username = 'kiemtra'`);
  const [template] = await t.sql<{ id: string }>(`select id from checklist_template where code = 'KLKC'`);
  const units = await t.sql<{ id: string }>(
    `select id from unit where kind <> 'DEPARTMENT' and active_to is null order by code limit 5`,
  );
  const team = await office.request<{ saveInspectionTeam: { id: string } }>(
    'mutation ($i: SaveTeamInput!) { saveInspectionTeam(input: $i) { id } }',
    {
      i: {
        year: DEMO_YEAR,
        name: 'Đoàn kiểm tra tháng 6',
        decisionNumber: '55/QĐ-SNN',
        decisionDate: `${DEMO_YEAR}-05-20`,
        members: [{ userId: kiemtra?.id, role: 'LEAD' }],
      },
    },
  );
  const plan = await office.request<{ createInspectionPlan: { id: string } }>(
    'mutation ($i: CreatePlanInput!) { createInspectionPlan(input: $i) { id } }',
    {
      i: {
        year: DEMO_YEAR,
        title: 'Kế hoạch kiểm tra tháng 6',
        documentNumber: '56/KH-SNN',
        documentDate: `${DEMO_YEAR}-05-25`,
        templateId: template?.id,
      },
    },
  );
  const days = {
    today: TODAY,
    week: plusDays(TODAY, 2),
    overdue: plusDays(TODAY, -7),
    later: plusDays(TODAY, 20),
    submitted: plusDays(TODAY, -3),
  };
  for (const [index, [name, plannedDate]] of Object.entries(days).entries()) {
    const res = await office.request<{ addPlanLine: { visit: { id: string } } }>(
      'mutation ($i: PlanLineInput!) { addPlanLine(input: $i) { visit { id } } }',
      {
        i: {
          planId: plan.data?.createInspectionPlan.id,
          unitId: units[index]?.id,
          plannedMonth: Number(plannedDate.slice(5, 7)),
          plannedDate,
          teamId: team.data?.saveInspectionTeam.id,
        },
      },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    visits[name as keyof typeof visits] = res.data.addPlanLine.visit.id;
  }
  // Started and filled in, not submitted: still today's work. Submitted: nobody's work any more.
  await completeVisitThroughApi(inspector, visits.today, { submit: false });
  await completeVisitThroughApi(inspector, visits.submitted);
}, 240_000);
afterAll(() => t?.close());

const statusOf = async (visitId: string) =>
  (await t.sql<{ status: string }>('select status from visit where id = ?', [visitId]))[0]?.status;

async function bothSizes(page: Page, name: string): Promise<void> {
  await screenshot(page, `${name}-phone`);
  await page.setViewportSize({ width: 1366, height: 768 });
  await screenshot(page, `${name}-desktop`);
  await page.setViewportSize({ width: 390, height: 844 });
}

describe('the inspector’s day', () => {
  it('counts today, this week and overdue on the fixed day, lists them, marks the phone, and confirms Gửi duyệt', async () => {
    await withBrowser('inspector-day', async ({ page, context }) => {
      await page.clock.setFixedTime(FAKE_NOW);
      await signIn(page, t.url, 'kiemtra');

      // Home: one visit today (started), one later this week, one overdue; the submitted one is in none.
      const home = await visible(page.getByTestId('inspector-day'));
      await expect.poll(() => home.getByTestId('day-hom-nay-count').textContent()).toBe('1');
      expect(await home.getByTestId('day-tuan-nay-count').textContent()).toBe('1');
      expect(await home.getByTestId('day-qua-han-count').textContent()).toBe('1');
      expect(Number(await home.getByTestId('day-sap-toi-count').textContent())).toBeGreaterThanOrEqual(1);
      await bothSizes(page, 'inspector-day-home');

      // Quá hạn opens the list kept to it, the visit marked overdue.
      await home.getByTestId('day-qua-han').click();
      await expect.poll(() => new URL(page.url()).search).toBe('?ky=qua-han');
      await visible(page.getByTestId(`my-visit-${visits.overdue}`));
      expect(await page.locator('[data-testid^="my-visit-"]').count()).toBe(1);
      expect(await page.getByTestId('visit-overdue').count()).toBe(1);
      await page.goto(`${t.url}/cuoc-kiem-tra?ky=hom-nay`);
      await visible(page.getByTestId(`my-visit-${visits.today}`));
      expect(await page.locator('[data-testid^="my-visit-"]').count()).toBe(1);

      // The whole year, by planned day: overdue first, the submitted one, today's, this week's, later.
      await page.getByTestId('my-visits-period').selectOption('');
      await expect.poll(() => new URL(page.url()).search).toBe('');
      const order = await page
        .locator('[data-testid^="my-visit-"]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('data-testid')?.replace('my-visit-', '')));
      const mine = order.filter((id) => Object.values(visits).includes(id ?? ''));
      expect(mine).toEqual([visits.overdue, visits.submitted, visits.today, visits.week, visits.later]);

      // One state, as the home's "Cần chú ý" figures link (`trang-thai`): only the submitted visit.
      await page.getByTestId('my-visits-status').selectOption('SUBMITTED');
      await expect.poll(() => new URL(page.url()).search).toBe('?trang-thai=SUBMITTED');
      await expect.poll(() => page.locator('[data-testid^="my-visit-"]').count()).toBe(1);
      await visible(page.getByTestId(`my-visit-${visits.submitted}`));
      await page.getByTestId('my-visits-status').selectOption('');
      await expect.poll(() => new URL(page.url()).search).toBe('');

      // On the phone: not until downloaded.
      await waitForServiceWorker(page, { controlling: false });
      await page.reload();
      await waitForServiceWorker(page, { controlling: true });
      const todayRow = page.locator('.visit-row-card').filter({ has: page.getByTestId(`my-visit-${visits.today}`) });
      const weekRow = page.locator('.visit-row-card').filter({ has: page.getByTestId(`my-visit-${visits.week}`) });
      await visible(todayRow.getByTestId('offline-missing'));
      expect(await todayRow.getByTestId('offline-missing').textContent()).toContain('Chưa tải về máy');
      await todayRow.getByTestId('offline-download').click();
      await visible(todayRow.getByTestId('offline-ready'));
      expect(await todayRow.getByTestId('offline-ready').textContent()).toContain('Đã tải về máy');
      expect(await weekRow.getByTestId('offline-missing').count()).toBe(1);
      await page.evaluate(() => window.scrollTo(0, 0));
      await bothSizes(page, 'inspector-day-my-visits');

      // Offline: the visit never downloaded says so and how to fix it; the downloaded one opens.
      await context.setOffline(true);
      await page.getByTestId(`my-visit-${visits.week}`).click();
      const missing = await visible(page.getByTestId('visit-not-downloaded'));
      expect(await missing.textContent()).toBe(
        'Cuộc kiểm tra này chưa được tải về máy. Khi có mạng, mở danh sách và bấm Tải về để dùng khi không có mạng.',
      );
      await bothSizes(page, 'inspector-day-not-downloaded');
      await page.goBack();
      await page.getByTestId(`my-visit-${visits.today}`).click();
      await visible(page.getByTestId('visit-screen'));
      await context.setOffline(false);

      // Gửi duyệt asks first; Huỷ leaves the visit as it was.
      await page.reload();
      const submit = page.getByRole('button', { name: 'Gửi duyệt', exact: true });
      await submit.scrollIntoViewIfNeeded();
      await submit.click();
      const dialog = await visible(page.getByRole('dialog'));
      expect(await dialog.textContent()).toContain('không thể sửa các câu trả lời, trừ khi Văn phòng trả lại');
      await bothSizes(page, 'inspector-day-submit-confirm');
      await dialog.getByRole('button', { name: 'Hủy' }).click();
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Gửi duyệt');
      expect(await page.getByTestId('submit-result').count()).toBe(0);
      expect(await statusOf(visits.today)).toBe('IN_PROGRESS');

      // Confirmed: the result where the button was, focused, until the server has it.
      await submit.click();
      await page.getByTestId('submit-confirm').click();
      const result = await visible(page.getByTestId('submit-result'));
      expect(await result.evaluate((element) => element === document.activeElement)).toBe(true);
      await expect.poll(() => result.getAttribute('data-state'), { timeout: 30_000 }).toBe('received');
      expect(await result.textContent()).toContain('Máy chủ đã nhận');
      expect(await statusOf(visits.today)).toBe('SUBMITTED');
      await bothSizes(page, 'inspector-day-submitted');
    });
  }, 300_000);
});
