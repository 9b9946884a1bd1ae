import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_YEAR } from '../helpers/demo.js';
import type { GraphQLCaller } from '../helpers/test-app.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Issue 18, the inspector's day: a plan line's planned day (ngày dự kiến), checked against the plan's
 * year and the line's month, kept when the line is edited, and read by the visit.
 */
interface Line {
  id: string;
  plannedMonth: number;
  plannedDate: string | null;
  unit: { code: string };
  team: { id: string };
  visit: { id: string; plannedDate: string | null } | null;
}

const PLANS = 'query ($y: Int) { inspectionPlans(year: $y) { id documentNumber } }';
const PLAN = `query ($id: ID!) { inspectionPlan(id: $id) { lines {
  id plannedMonth plannedDate unit { code } team { id } visit { id plannedDate } } } }`;
const UPDATE = `mutation ($i: UpdatePlanLineInput!) { updatePlanLine(input: $i) { id plannedMonth plannedDate } }`;
const ADD = `mutation ($i: PlanLineInput!) { addPlanLine(input: $i) { id plannedDate visit { plannedDate } } }`;

let t: TestApp;
let office: GraphQLCaller;
let planId = '';

async function lines(): Promise<Line[]> {
  const res = await office.request<{ inspectionPlan: { lines: Line[] } }>(PLAN, { id: planId });
  return res.data?.inspectionPlan.lines ?? [];
}
const line = async (code: string) => {
  const found = (await lines()).find((l) => l.unit.code === code);
  if (!found) throw new Error(`no line for ${code}`);
  return found;
};
const codeOf = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  res.errors?.[0]?.extensions?.code ?? null;

beforeAll(async () => {
  t = await startTestApp();
  office = await t.as('vanphong');
  const plans = await office.request<{ inspectionPlans: { id: string; documentNumber: string }[] }>(PLANS, {
    y: DEMO_YEAR,
  });
  planId = plans.data?.inspectionPlans.find((p) => p.documentNumber.startsWith('18/KH-'))?.id ?? '';
});
afterAll(() => t?.close());

describe('the planned day of a plan line', () => {
  it('is seeded on this year’s demo lines and read by their visits, in the list and one by one', async () => {
    const hkl = await line('HKL-TD');
    expect(hkl).toMatchObject({ plannedMonth: 12, plannedDate: `${DEMO_YEAR}-12-07` });
    expect(hkl.visit?.plannedDate).toBe(`${DEMO_YEAR}-12-07`);
    const inspector = await t.as('kiemtra');
    const mine = await inspector.request<{ myVisits: { id: string; plannedDate: string | null }[] }>(
      '{ myVisits { id plannedDate } }',
    );
    expect(mine.data?.myVisits.find((v) => v.id === hkl.visit?.id)?.plannedDate).toBe(`${DEMO_YEAR}-12-07`);
  });

  it.each([
    {
      name: 'a day in another year',
      date: `${DEMO_YEAR + 1}-12-09`,
      code: 'PLAN_LINE_DATE_OUT_OF_YEAR',
      message: `Ngày dự kiến phải nằm trong năm ${DEMO_YEAR} của kế hoạch.`,
    },
    {
      name: 'a day outside the line’s month',
      date: `${DEMO_YEAR}-11-09`,
      code: 'PLAN_LINE_DATE_MONTH_MISMATCH',
      message: 'Ngày dự kiến phải thuộc tháng 12 đã chọn.',
    },
  ])('refuses $name with a code and a Vietnamese message, nothing changed', async ({ date, code, message }) => {
    const before = await line('CCTL');
    const res = await office.request(UPDATE, {
      i: { lineId: before.id, plannedMonth: 12, plannedDate: date, teamId: before.team.id },
    });
    expect(codeOf(res)).toBe(code);
    expect(res.errors?.[0]?.message).toBe(message);
    expect(await line('CCTL')).toEqual(before);
  });

  it('is set by office and kept when the line is edited without it (another team), cleared when the month moves', async () => {
    const cctl = await line('CCTL');
    const set = await office.request(UPDATE, {
      i: { lineId: cctl.id, plannedMonth: 12, plannedDate: `${DEMO_YEAR}-12-09`, teamId: cctl.team.id },
    });
    expect(codeOf(set)).toBeNull();
    expect((await line('CCTL')).visit?.plannedDate).toBe(`${DEMO_YEAR}-12-09`);

    const users = await (await t.as('admin')).request<{ users: { id: string; username: string }[] }>(
      '{ users { id username } }',
    );
    const team = await office.request<{ saveInspectionTeam: { id: string } }>(
      'mutation ($i: SaveTeamInput!) { saveInspectionTeam(input: $i) { id } }',
      {
        i: {
          year: DEMO_YEAR,
          name: 'Đoàn kiểm tra số 2',
          decisionNumber: '40/QĐ-SNN',
          decisionDate: `${DEMO_YEAR}-03-01`,
          members: [{ userId: users.data?.users.find((u) => u.username === 'kiemtra2')?.id, role: 'LEAD' }],
        },
      },
    );
    const otherTeam = team.data?.saveInspectionTeam.id ?? '';
    const moved = await office.request(UPDATE, { i: { lineId: cctl.id, plannedMonth: 12, teamId: otherTeam } });
    expect(codeOf(moved)).toBeNull();
    expect(await line('CCTL')).toMatchObject({
      plannedDate: `${DEMO_YEAR}-12-09`,
      team: { id: otherTeam },
      visit: { plannedDate: `${DEMO_YEAR}-12-09` },
    });

    await office.request(UPDATE, { i: { lineId: cctl.id, plannedMonth: 11, teamId: otherTeam } });
    expect(await line('CCTL')).toMatchObject({ plannedMonth: 11, plannedDate: null });
  });

  it('is given to a new line, and a bad one adds no line and no visit', async () => {
    const units = await office.request<{ units: { id: string; code: string }[] }>('{ units { id code } }');
    const unitId = units.data?.units.find((u) => u.code === 'TTKN')?.id;
    const teamId = (await line('HKL-TD')).team.id;
    const count = async () => (await t.sql('select count(*)::int as n from visit'))[0];
    const before = await count();
    const bad = await office.request(ADD, {
      i: { planId, unitId, plannedMonth: 3, plannedDate: `${DEMO_YEAR - 1}-03-10`, teamId },
    });
    expect(codeOf(bad)).toBe('PLAN_LINE_DATE_OUT_OF_YEAR');
    expect(await count()).toEqual(before);
    const good = await office.request<{ addPlanLine: { plannedDate: string; visit: { plannedDate: string } } }>(ADD, {
      i: { planId, unitId, plannedMonth: 3, plannedDate: `${DEMO_YEAR}-03-10`, teamId },
    });
    expect(good.data?.addPlanLine).toMatchObject({
      plannedDate: `${DEMO_YEAR}-03-10`,
      visit: { plannedDate: `${DEMO_YEAR}-03-10` },
    });
  });
});
