import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLCaller, startTestApp, type TestApp } from '../helpers/test-app.js';

// The roll-up's definitions as domain.md states them ("A finding, a set of minutes, a conclusion
// notice", Definitions), each checked against a count made here in plain SQL over the demo data:
// - a repeat finding is the same item at the same unit as a finding of the previous year;
// - a roll-up over a sub-tree includes the unit at its root, for every figure alike;
// - "overdue" in a year's figures is judged at 31/12 of that year; findings(overdue:) is as of today.

let t: TestApp;
let office: GraphQLCaller;
beforeAll(async () => {
  t = await startTestApp();
  office = await t.as('vanphong');
});
afterAll(() => t?.close());

const ROLLUP = `query ($year: Int!, $root: ID) {
  rollup(year: $year, rootUnitId: $root) {
    asOf repeatFindings
    coverage { inScope inspected unitsNotInspected { code } }
    compliance { total { passed failed notApplicable } }
    findings { total { total overdue open repeat } }
    documents { type count }
  }
}`;

interface RollupResult {
  asOf: string;
  repeatFindings: number;
  coverage: { inScope: number; inspected: number; unitsNotInspected: { code: string }[] };
  compliance: { total: { passed: number; failed: number; notApplicable: number } };
  findings: { total: { total: number; overdue: number; open: number; repeat: number } };
  documents: { type: string; count: number }[];
}

async function rollup(year: number, root: string | null = null): Promise<RollupResult> {
  const res = await office.request<{ rollup: RollupResult }>(ROLLUP, { year, root });
  expect(res.errors).toBeUndefined();
  return res.data?.rollup as RollupResult;
}

async function unitId(code: string): Promise<string> {
  const [row] = await t.sql<{ id: string }>('select id from unit where code = ?', [code]);
  if (!row) throw new Error(`no unit ${code}`);
  return row.id;
}

/** Counts over the approved visits of `year` to the units whose codes `unitCodes` (a LIKE pattern) matches. */
async function countsFor(year: number, unitCodes: string[]) {
  const [answers] = await t.sql<{ passed: string; failed: string; na: string }>(
    `select count(*) filter (where a.pass_fail = 'PASS') as passed,
            count(*) filter (where a.pass_fail = 'FAIL') as failed,
            count(*) filter (where a.pass_fail = 'NOT_APPLICABLE') as na
       from visit_answer a join visit v on v.id = a.visit_id join unit u on u.id = v.unit_id
      where v.status = 'APPROVED' and extract(year from v.visit_date) = ? and u.code in (?)`,
    [year, unitCodes],
  );
  const [findings] = await t.sql<{ n: string }>(
    `select count(*) as n from finding f join visit v on v.id = f.visit_id join unit u on u.id = v.unit_id
      where v.status = 'APPROVED' and extract(year from v.visit_date) = ? and u.code in (?)`,
    [year, unitCodes],
  );
  const [documents] = await t.sql<{ n: string }>(
    `select count(*) as n from directive_document d join unit u on u.id = d.issuing_unit_id
      where d.year = ? and u.code in (?)`,
    [year, unitCodes],
  );
  return {
    passed: Number(answers?.passed),
    failed: Number(answers?.failed),
    notApplicable: Number(answers?.na),
    findings: Number(findings?.n),
    documents: Number(documents?.n),
  };
}

describe('a roll-up over a sub-tree includes the unit at its root', () => {
  it('counts the root unit of the Chi cục Kiểm lâm sub-tree in coverage, compliance, findings and documents alike', async () => {
    const root = await unitId('CCKL');
    const codes = (
      await t.sql<{ code: string }>(
        // The sub-tree as it stood in 2021 (the area ranger station made in 2025 is not in it).
        `with recursive y as (select * from unit_version where valid_from <= '2021-12-31'
             and (valid_to is null or valid_to >= '2021-01-01')),
           tree as (select unit_id as id, code from y where code = 'CCKL'
             union all select y.unit_id, y.code from y join tree t on y.parent_id = t.id)
         select code from tree`,
      )
    ).map((r) => r.code);
    expect(codes).toContain('CCKL');
    expect(codes.length).toBeGreaterThan(5);

    const r = await rollup(2021, root);
    const want = await countsFor(2021, codes);
    // Every unit of the sub-tree was inspected in 2021, the Chi cục itself as well.
    expect(r.coverage).toMatchObject({ inScope: codes.length, inspected: codes.length });
    expect(r.compliance.total).toEqual({
      passed: want.passed,
      failed: want.failed,
      notApplicable: want.notApplicable,
    });
    expect(r.findings.total.total).toBe(want.findings);
    expect(r.documents.reduce((n, d) => n + d.count, 0)).toBe(want.documents);

    // The root's own share is really in it: without the Chi cục the answers would be fewer.
    const own = await countsFor(2021, ['CCKL']);
    expect(own.passed + own.failed).toBeGreaterThan(0);
  });

  it('rolls up a single unit as that unit: its visit, answers and findings', async () => {
    const [unit] = await t.sql<{ id: string; code: string }>(
      `select u.id, u.code from unit u
        where not exists (select 1 from unit c where c.parent_id = u.id)
          and exists (select 1 from visit v join finding f on f.visit_id = v.id
                       where v.unit_id = u.id and v.status = 'APPROVED' and extract(year from v.visit_date) = 2022)
        order by u.code limit 1`,
    );
    if (!unit) throw new Error('the demo data has a unit with a 2022 finding');
    const r = await rollup(2022, unit.id);
    const want = await countsFor(2022, [unit.code]);
    expect(r.coverage).toMatchObject({ inScope: 1, inspected: 1 });
    expect(r.compliance.total).toEqual({
      passed: want.passed,
      failed: want.failed,
      notApplicable: want.notApplicable,
    });
    expect(r.findings.total.total).toBe(want.findings);
    expect(want.findings).toBeGreaterThan(0);
  });

  it('leaves the department itself out when it is named as the root: the same as the whole tree', async () => {
    const [department] = await t.sql<{ id: string }>(`select id from unit where kind = 'DEPARTMENT' limit 1`);
    const named = await rollup(2022, department?.id ?? null);
    const whole = await rollup(2022, null);
    expect(named.coverage).toEqual(whole.coverage);
    expect(named.findings).toEqual(whole.findings);
  });
});

describe('overdue: at the year end in a year figures, as of today where so labelled', () => {
  it('counts a finding still open whose deadline passed after 31/12 as open in the year, overdue today', async () => {
    // A 2021 finding, still open, due in January 2022: on 31/12/2021 it was within its deadline.
    const [finding] = await t.sql<{ id: string }>(
      `select f.id from finding f join visit v on v.id = f.visit_id
        where v.status = 'APPROVED' and extract(year from v.visit_date) = 2021 and f.status = 'CLOSED'
        order by f.id limit 1`,
    );
    if (!finding) throw new Error('the demo data has a 2021 finding fixed');
    const before = await rollup(2021);
    await t.sql(`update finding set status = 'OPEN', closed_at = null, deadline = '2022-01-15' where id = ?`, [
      finding.id,
    ]);
    const after = await rollup(2021);
    expect(after.asOf).toBe('2021-12-31');
    expect(after.findings.total.open).toBeGreaterThan(0);
    expect(after.findings.total.overdue).toBe(before.findings.total.overdue);

    const list = await office.request<{ findings: { id: string }[] }>(
      `query { findings(filter: { overdue: true, year: 2021 }) { id } }`,
    );
    expect(list.errors).toBeUndefined();
    expect(list.data?.findings.map((f) => f.id)).toContain(finding.id);

    // Due on 30/12/2021 instead: overdue in the 2021 figures too.
    await t.sql(`update finding set deadline = '2021-12-30' where id = ?`, [finding.id]);
    const overdue = await rollup(2021);
    expect(overdue.findings.total.overdue).toBe(before.findings.total.overdue + 1);
  });
});

describe('a finding made by a revision of an approved visit', () => {
  it('is counted in its visit year as still within its deadline, not overdue from birth', async () => {
    // A 2021 visit: a revision today turns one of its Đạt answers into Không đạt.
    const [visit] = await t.sql<{ id: string }>(
      `select v.id from visit v join unit u on u.id = v.unit_id
        where v.status = 'APPROVED' and extract(year from v.visit_date) = 2021
        order by u.code limit 1`,
    );
    if (!visit) throw new Error('the demo data has an approved 2021 visit');
    const read = await office.request<{ visit: { answers: { itemId: string; passFail: string | null }[] } }>(
      'query ($id: ID!) { visit(id: $id) { answers { itemId passFail } } }',
      { id: visit.id },
    );
    const passed = read.data?.visit.answers.find((a) => a.passFail === 'PASS');
    const before = await rollup(2021);
    const revised = await office.request<{ reviseVisit: { id: string } }>(
      'mutation ($i: ReviseVisitInput!) { reviseVisit(input: $i) { id } }',
      {
        i: {
          visitId: visit.id,
          reason: 'Đối chiếu biên bản giấy: tiêu chí này không đạt.',
          answers: [
            {
              itemId: passed?.itemId,
              passFail: 'FAIL',
              foundText: 'Sổ theo dõi văn bản đến không ghi ngày nhận từ tháng 9/2021.',
            },
          ],
        },
      },
    );
    expect(revised.errors).toBeUndefined();
    // Its deadline runs from the revision (today), so on 31/12/2021 it was not yet due.
    const after = await rollup(2021);
    expect(after.findings.total.total).toBe(before.findings.total.total + 1);
    expect(after.findings.total.open).toBe(before.findings.total.open + 1);
    expect(after.findings.total.overdue).toBe(before.findings.total.overdue);
  });
});

describe('a repeat finding is one of the previous year', () => {
  it('counts the 2022 repeats of 2021 findings, and none once those findings are two years back', async () => {
    expect((await rollup(2022)).findings.total.repeat).toBe(4);
    // Move the 2021 visits to 2020: the same items at the same units, but not the previous year's.
    await t.sql(
      `update visit set visit_date = visit_date - interval '1 year'
        where status = 'APPROVED' and extract(year from visit_date) = 2021`,
    );
    const r = await rollup(2022);
    expect(r.findings.total.repeat).toBe(0);
    expect(r.repeatFindings).toBe(0);
  });
});
