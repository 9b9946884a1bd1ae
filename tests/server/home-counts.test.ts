import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayLocalDate } from '../../server/src/common/local-date.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/*
 * The home screen's figures (homeCounts): each is what the list its card opens would count, within the
 * caller's record scope. Checked per demo user against SQL written here on the demo data, apart from the
 * server's scope fragments: the office sees every visit, an inspector those of the teams they are in,
 * a unit head the approved visits and findings of their own unit.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const HOME_COUNTS = `{ homeCounts { year visitsPlanned visitsInProgress visitsReturned visitsSubmitted
  visitsApprovedThisYear visitsPlannedThisYear planVisitsDoneThisYear findingsOpen findingsRemediationReported findingsOverdue } }`;

/** Visits each user may see, by user name, as plain SQL (alias v). */
const VISIT_SCOPE: Record<string, string> = {
  vanphong: 'true',
  lanhdao: 'true',
  admin: 'true',
  kiemtra: `v.team_id in (select m.team_id from team_member m join app_user u on u.id = m.user_id where u.username = 'kiemtra')`,
  thutruong: `v.status = 'APPROVED' and v.unit_id = (select unit_id from app_user where username = 'thutruong')`,
};
/** Findings each user may see (alias f, its visit v). */
const FINDING_SCOPE: Record<string, string> = {
  ...VISIT_SCOPE,
  thutruong: `coalesce(f.followed_by_unit_id, f.responsible_unit_id) = (select unit_id from app_user where username = 'thutruong')`,
};

async function count(query: string): Promise<number> {
  const [row] = await t.sql<{ n: string | number }>(query);
  return Number(row?.n);
}

describe('homeCounts', () => {
  it.each(Object.keys(VISIT_SCOPE))('counts what %s may see, as the filtered lists would', async (username) => {
    const caller = await t.as(username);
    const res = await caller.request<{ homeCounts: Record<string, number> }>(HOME_COUNTS);
    expect(res.errors).toBeUndefined();
    const got = res.data?.homeCounts ?? {};
    const today = todayLocalDate();
    const year = Number(today.slice(0, 4));
    const visits = (where: string) =>
      count(`select count(*) as n from visit v left join plan_line l on l.id = v.plan_line_id
               left join inspection_plan p on p.id = l.plan_id
              where (${VISIT_SCOPE[username]}) and ${where}`);
    const visitYear = 'coalesce(extract(year from v.visit_date)::int, p.year)';
    const findings = (where: string) =>
      count(`select count(*) as n from finding f join visit v on v.id = f.visit_id
              where v.status = 'APPROVED' and (${FINDING_SCOPE[username]}) and ${where}`);
    const expected = {
      year,
      visitsPlanned: await visits(`v.status = 'PLANNED' and ${visitYear} = ${year}`),
      visitsInProgress: await visits(`v.status = 'IN_PROGRESS'`),
      visitsReturned: await visits(`v.status = 'RETURNED'`),
      visitsSubmitted: await visits(`v.status = 'SUBMITTED'`),
      visitsApprovedThisYear: await visits(`v.status = 'APPROVED' and ${visitYear} = ${year}`),
      visitsPlannedThisYear: await visits(`p.year = ${year}`),
      planVisitsDoneThisYear: await visits(
        `p.year = ${year} and v.status = 'APPROVED' and v.visit_date <= '${year}-12-31'`,
      ),
      findingsOpen: await findings(`f.status = 'OPEN'`),
      findingsRemediationReported: await findings(`f.status = 'REMEDIATION_REPORTED'`),
      findingsOverdue: await findings(`f.deadline < '${today}' and f.status <> 'CLOSED'`),
    };
    expect(got).toEqual(expected);
  });

  it('has something to count in the demo data for the cards each role shows', async () => {
    const office = (await (await t.as('vanphong')).request<{ homeCounts: Record<string, number> }>(HOME_COUNTS)).data
      ?.homeCounts;
    const inspector = (await (await t.as('kiemtra')).request<{ homeCounts: Record<string, number> }>(HOME_COUNTS)).data
      ?.homeCounts;
    const unitHead = (await (await t.as('thutruong')).request<{ homeCounts: Record<string, number> }>(HOME_COUNTS)).data
      ?.homeCounts;
    // A check of counts that are all zero would prove little: the demo has open and overdue findings,
    // this year's plan, the inspector's visits to make, and findings of the unit head's unit.
    expect(office?.findingsOpen).toBeGreaterThan(0);
    expect(office?.findingsOverdue).toBeGreaterThan(0);
    expect(office?.visitsPlannedThisYear).toBeGreaterThan(0);
    expect(inspector?.visitsPlanned).toBeGreaterThan(0);
    expect((unitHead?.findingsOpen ?? 0) + (unitHead?.findingsRemediationReported ?? 0)).toBeGreaterThan(0);
    expect(unitHead?.findingsOpen).toBeLessThan(office?.findingsOpen ?? 0);
  });
});
