import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayLocalDate } from '../../server/src/common/local-date.js';
import { DEMO_YEAR } from '../helpers/demo.js';
import { type GraphQLCaller, startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let office: GraphQLCaller;
beforeAll(async () => {
  t = await startTestApp();
  office = await t.as('vanphong');
});
afterAll(() => t?.close());

const ROLLUP = `query ($year: Int!, $root: ID) {
  rollup(year: $year, rootUnitId: $root) {
    year asOf repeatFindings
    coverage { inScope inspected ratio unitsNotInspected { id code name } }
    compliance { total { passed failed notApplicable passedPoints applicablePoints ratio }
      byGroup { key label passed failed ratio } byItem { key groupCode passed failed notApplicable ratio }
      byUnit { key label ratio } }
    findings { total { total fixedOnTime fixedLate overdue open repeat }
      byGroupAndSeverity { groupCode groupTitle severity total fixedOnTime fixedLate overdue open repeat } }
    documents { type count }
    tthc { total oneStop interconnected online publicPostal publicPostalShareText onlineShareText
      levels { level reviewed daysCut legalDays cutShareText } }
    indexScores { year index totalScore rank } indexTrend { year index totalScore }
    warnings { code message }
  }
}`;
const RECORDS = `query ($year: Int!, $root: ID, $figure: RollupFigure!, $key: String) {
  rollupRecords(year: $year, rootUnitId: $root, figure: $figure, key: $key) {
    kind id unitName date label detail visitId findingId
  }
}`;

// biome-ignore lint/suspicious/noExplicitAny: GraphQL results are checked field by field
async function rollup(year: number, root: string | null = null): Promise<any> {
  const res = await office.request<{ rollup: unknown }>(ROLLUP, { year, root });
  expect(res.errors).toBeUndefined();
  return res.data?.rollup;
}

async function records(year: number, figure: string, key: string | null = null, root: string | null = null) {
  const res = await office.request<{ rollupRecords: Record<string, string | null>[] }>(RECORDS, {
    year,
    root,
    figure,
    key,
  });
  expect(res.errors).toBeUndefined();
  return res.data?.rollupRecords ?? [];
}

describe('the 2021 roll-up of the demo data', () => {
  it('has the figures of the seed report', async () => {
    const r = await rollup(2021);
    expect(r.asOf).toBe('2021-12-31');
    expect(r.coverage.ratio).toBe(1);
    expect(r.coverage.inspected).toBe(r.coverage.inScope);
    expect(r.coverage.unitsNotInspected).toEqual([]);
    const documents = Object.fromEntries(r.documents.map((d: { type: string; count: number }) => [d.type, d.count]));
    expect(documents.KE_HOACH).toBe(8);
    expect(documents.CONG_VAN).toBe(17);
    expect(r.tthc.total).toBe(91);
    expect(r.tthc.publicPostalShareText).toBe('97,8%');
    expect(r.tthc.onlineShareText).toBe('87,91%');
    expect(r.tthc.oneStop + r.tthc.interconnected).toBe(91);
    expect(r.compliance.total.failed).toBeGreaterThan(0);
    expect(r.findings.total.total).toBeGreaterThan(0);
    expect(
      r.warnings.filter((w: { code: string }) => w.code.startsWith('TTHC') || w.code === 'RATIO_ABOVE_WHOLE'),
    ).toEqual([]);
  });
});

const TREND_AND_ATTENTION = `query ($year: Int!, $root: ID) {
  rollup(year: $year, rootUnitId: $root) {
    trend { year hasData unitsInScope unitsInspected coverageRatio findings findingsFixedOnTime findingsFixedLate findingsOverdue
      fixedOnTimeRatio compliance { passed failed notApplicable passedPoints applicablePoints ratio }
      complianceByGroup { key label ratio passedPoints applicablePoints } }
    attention { unit { id code name } visits overdueFindings failedAnswers complianceRatio }
  }
}`;

interface Figure {
  key: string;
  label: string;
  ratio: number | null;
}
interface TrendYear {
  year: number;
  hasData: boolean;
  unitsInScope: number;
  unitsInspected: number;
  coverageRatio: number;
  findings: number;
  findingsFixedOnTime: number;
  findingsFixedLate: number;
  findingsOverdue: number;
  fixedOnTimeRatio: number | null;
  compliance: Record<string, number | null>;
  complianceByGroup: Figure[];
}
interface Attention {
  unit: { id: string; code: string; name: string };
  visits: number;
  overdueFindings: number;
  failedAnswers: number;
  complianceRatio: number | null;
}

async function trendAndAttention(
  year: number,
  root: string | null = null,
): Promise<{ trend: TrendYear[]; attention: Attention[] }> {
  const res = await office.request<{ rollup: { trend: TrendYear[]; attention: Attention[] } }>(TREND_AND_ATTENTION, {
    year,
    root,
  });
  expect(res.errors).toBeUndefined();
  return res.data?.rollup ?? { trend: [], attention: [] };
}

describe('the 2022 demo year, with gaps', () => {
  it('has units not inspected, findings overdue, fixed late and open, and an unfinished plan', async () => {
    const r = await rollup(2022);
    expect(r.asOf).toBe('2022-12-31');
    expect(r.coverage).toMatchObject({ inScope: 23, inspected: 20 });
    expect(r.coverage.unitsNotInspected.map((u: { code: string }) => u.code).sort()).toEqual([
      'CCPTNT',
      'HKL-BS',
      'TTNSVSMT',
    ]);
    expect(r.findings.total).toEqual({ total: 14, fixedOnTime: 5, fixedLate: 3, overdue: 4, open: 2, repeat: 4 });
    expect(r.compliance.total.notApplicable).toBeGreaterThan(0);
    expect(r.warnings).toContainEqual({
      code: 'PLAN_NOT_FINISHED',
      message: 'Kế hoạch 36/KH-SNN còn 2/22 đơn vị chưa được kiểm tra xong đến hết năm.',
    });
    const overdue = await records(2022, 'FINDINGS_OVERDUE');
    expect(overdue).toHaveLength(4);
    expect(overdue.every((f) => /Quá hạn chưa khắc phục · hạn \d{2}\/\d{2}\/2022$/.test(f.detail ?? ''))).toBe(true);
  });

  it('lists the units needing attention: not inspected first, then by overdue findings, then by compliance', async () => {
    const { attention } = await trendAndAttention(2022);
    const codes = attention.map((a) => a.unit.code);
    expect(codes.slice(0, 3).sort()).toEqual(['CCPTNT', 'HKL-BS', 'TTNSVSMT']);
    expect(attention.slice(0, 3).every((a) => a.visits === 0 && a.complianceRatio === null)).toBe(true);
    expect(attention[3]).toMatchObject({ unit: { code: 'HKL-DL' }, visits: 1, overdueFindings: 2, failedAnswers: 2 });
    expect(codes.slice(4, 6).sort()).toEqual(['CCTTBVTV', 'HKL-HL']);
    const rest = attention.slice(6);
    expect(rest.every((a) => a.overdueFindings === 0 && (a.complianceRatio ?? 1) < 1)).toBe(true);
    expect(rest.map((a) => a.complianceRatio)).toEqual(
      [...rest.map((a) => a.complianceRatio)].sort((x, y) => (x ?? 0) - (y ?? 0)),
    );
    // Units without a failed answer or an overdue finding are not on the list.
    expect(codes).not.toContain('HKL-CL');

    const daoLap = await records(2022, 'UNIT_ATTENTION', attention[3]?.unit.id ?? '');
    expect(daoLap.map((r) => r.kind)).toEqual(['FINDING', 'FINDING', 'ANSWER', 'ANSWER']);
    expect(daoLap.filter((r) => r.kind === 'FINDING').every((r) => r.findingId === r.id && r.visitId)).toBe(true);
    expect(daoLap.filter((r) => r.kind === 'ANSWER').every((r) => r.detail === 'Không đạt' && r.visitId)).toBe(true);
    const unplanned = attention.find((a) => a.unit.code === 'TTNSVSMT');
    const bacSon = attention.find((a) => a.unit.code === 'HKL-BS');
    expect(await records(2022, 'UNIT_ATTENTION', unplanned?.unit.id ?? '')).toEqual([
      expect.objectContaining({
        kind: 'UNIT',
        detail: 'Chưa có cuộc kiểm tra được duyệt trong năm; không có trong kế hoạch kiểm tra của năm.',
      }),
    ]);
    expect(await records(2022, 'UNIT_ATTENTION', bacSon?.unit.id ?? '')).toEqual([
      expect.objectContaining({
        kind: 'UNIT',
        detail: 'Chưa có cuộc kiểm tra được duyệt trong năm; có trong kế hoạch 36/KH-SNN (tháng 11).',
      }),
    ]);
    expect(await records(2022, 'UNIT_ATTENTION', 'not-a-unit')).toEqual([]);
  });

  it('compares 2022 with 2021, each year as its own roll-up counts it', async () => {
    const { trend } = await trendAndAttention(2022);
    // Five calendar years, every one present: those without an approved visit are marked as no data.
    expect(trend.map((y) => [y.year, y.hasData])).toEqual([
      [2018, false],
      [2019, false],
      [2020, false],
      [2021, true],
      [2022, true],
    ]);
    for (const year of trend.filter((y) => !y.hasData)) {
      expect([year.unitsInspected, year.findings, year.fixedOnTimeRatio, year.compliance.ratio]).toEqual([
        0,
        0,
        null,
        null,
      ]);
    }
    const withData = trend.filter((y) => y.hasData);
    for (const year of withData) {
      const r = await rollup(year.year);
      expect(year.unitsInScope).toBe(r.coverage.inScope);
      expect(year.unitsInspected).toBe(r.coverage.inspected);
      expect(year.coverageRatio).toBeCloseTo(r.coverage.ratio, 12);
      expect(year.compliance).toEqual(r.compliance.total);
      expect(year.complianceByGroup.map((g) => [g.key, g.label, g.ratio])).toEqual(
        r.compliance.byGroup.map((g: Figure) => [g.key, g.label, g.ratio]),
      );
      expect([year.findings, year.findingsFixedOnTime, year.findingsFixedLate, year.findingsOverdue]).toEqual([
        r.findings.total.total,
        r.findings.total.fixedOnTime,
        r.findings.total.fixedLate,
        r.findings.total.overdue,
      ]);
      expect(year.fixedOnTimeRatio).toBeCloseTo(r.findings.total.fixedOnTime / r.findings.total.total, 12);
    }
    expect(withData[0]?.coverageRatio).toBe(1);
    expect(withData[1]?.coverageRatio).toBeCloseTo(20 / 23, 12);
    expect(withData[1]?.fixedOnTimeRatio).toBeCloseTo(5 / 14, 12);
    // This year's plan has no approved visit yet; 2025 is the demo's year of the reform (demo-2025.ts).
    const current = await trendAndAttention(DEMO_YEAR);
    expect(current.trend.map((y) => y.year)).toEqual([DEMO_YEAR - 4, DEMO_YEAR - 3, DEMO_YEAR - 2, 2025, DEMO_YEAR]);
    expect(current.trend.map((y) => y.hasData)).toEqual([DEMO_YEAR - 4 === 2022, false, false, true, false]);
    expect(current.trend[3]).toMatchObject({ unitsInspected: 9, findings: 8 });
    expect(current.trend[4]).toMatchObject({ unitsInspected: 0, findings: 0, fixedOnTimeRatio: null });
    expect(current.trend[4]?.compliance.ratio).toBeNull();
    // A year before any data: five years, none with data.
    expect((await trendAndAttention(2020)).trend.map((y) => y.hasData)).toEqual([false, false, false, false, false]);
  });
});

describe('drilling into the figures', () => {
  it('lists the documents of a type and the units not inspected', async () => {
    const plans = await records(2021, 'DOCUMENTS', 'KE_HOACH');
    expect(plans).toHaveLength(8);
    expect(plans.every((d) => d.kind === 'DOCUMENT' && /\/KH-/.test(d.label ?? ''))).toBe(true);
    expect(await records(2021, 'UNITS_NOT_INSPECTED')).toEqual([]);
    const missingNow = await records(DEMO_YEAR, 'UNITS_NOT_INSPECTED');
    const rNow = await rollup(DEMO_YEAR);
    expect(missingNow.map((u) => u.id).sort()).toEqual(
      rNow.coverage.unitsNotInspected.map((u: { id: string }) => u.id).sort(),
    );
  });

  it('refuses an unknown root unit', async () => {
    const res = await office.request(ROLLUP, { year: 2021, root: '00000000-0000-4000-8000-000000000000' });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNIT_NOT_FOUND');
    const bad = await office.request(ROLLUP, { year: 1990 });
    expect(bad.errors?.[0]?.extensions?.code).toBe('ROLLUP_YEAR_INVALID');
  });
});

describe('consistency warnings', () => {
  const codes = (r: { warnings: { code: string; message: string }[] }, code: string) =>
    r.warnings.filter((w) => w.code === code).map((w) => w.message);

  it("flags a unit inspected in the year without a line in that year's plan", async () => {
    const [line] = await t.sql<{ id: string; name: string }>(
      `select l.id, u.name from plan_line l join inspection_plan p on p.id = l.plan_id join unit u on u.id = l.unit_id
        where p.year = 2021 and exists (select 1 from visit v where v.plan_line_id = l.id and v.status = 'APPROVED')
        order by u.code limit 1`,
    );
    if (!line) throw new Error('no 2021 plan line');
    expect(codes(await rollup(2021), 'VISIT_WITHOUT_PLAN_LINE').some((m) => m.includes(line.name))).toBe(false);
    await t.sql('delete from plan_line where id = ?', [line.id]);
    const messages = codes(await rollup(2021), 'VISIT_WITHOUT_PLAN_LINE');
    expect(messages.filter((m) => m.includes(`Đơn vị ${line.name} `))).toHaveLength(1);
  });

  it('flags a plan of a past year not finished by 31 December, not one of the current year', async () => {
    const [template] = await t.sql<{ id: string }>(`select id from checklist_template where code = 'KLKC'`);
    const [team] = await t.sql<{ id: string }>('select id from inspection_team limit 1');
    const units = await t.sql<{ id: string }>(`select id from unit where code in ('TTKN', 'VP') order by code`);
    const currentYear = Number(todayLocalDate().slice(0, 4));
    const year = currentYear - 3;
    const plan = randomUUID();
    await t.sql(
      `insert into inspection_plan (id, year, title, document_number, document_date, template_id, created_at)
       values (?, ?, 'Kế hoạch thử', '12/KH-SNN', make_date(?, 1, 5), ?, now())`,
      [plan, year, year, template?.id],
    );
    const lines = units.map(() => randomUUID());
    for (const [n, unit] of units.entries()) {
      await t.sql('insert into plan_line (id, plan_id, unit_id, planned_month, team_id) values (?, ?, ?, 3, ?)', [
        lines[n],
        plan,
        unit.id,
        team?.id,
      ]);
    }
    await t.sql(
      `insert into visit (id, plan_line_id, unit_id, team_id, status, visit_date, attendees, version, created_at, updated_at)
       values (?, ?, ?, ?, 'APPROVED', make_date(?, 3, 10), '[]', 1, now(), now())`,
      [randomUUID(), lines[0], units[0]?.id, team?.id, year],
    );
    expect(codes(await rollup(year), 'PLAN_NOT_FINISHED')).toEqual([
      'Kế hoạch 12/KH-SNN còn 1/2 đơn vị chưa được kiểm tra xong đến hết năm.',
    ]);
    const current = await rollup(currentYear);
    expect(codes(current, 'PLAN_NOT_FINISHED')).toEqual([]);
  });
});

describe('records behind a figure', () => {
  it('describe findings in Vietnamese, with dates as dd/MM/yyyy', async () => {
    const found = await records(2021, 'FINDINGS');
    expect(found.length).toBeGreaterThan(0);
    for (const r of found) {
      expect(r.detail).not.toMatch(/\b(LOW|MEDIUM|HIGH)\b/);
      expect(r.detail).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(r.detail).toMatch(/Nhẹ|Trung bình|Nghiêm trọng/);
    }
    expect(found.some((r) => /hạn \d{2}\/\d{2}\/\d{4}/.test(r.detail ?? ''))).toBe(true);
  });
});
