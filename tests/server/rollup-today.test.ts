import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLCaller, startTestApp, type TestApp } from '../helpers/test-app.js';

// Issue 16: "today's structure" roll-up over a merge and a split, and open findings following the
// successor of the unit they were raised against.

interface Figure {
  key: string;
  label: string;
  passed: number;
  failed: number;
  notApplicable: number;
  passedPoints: number;
  applicablePoints: number;
  ratio: number | null;
  sharedPast: boolean;
  formerUnits: string[];
}
interface RollupUnit {
  id: string;
  code: string;
  name: string;
  sharedPast: boolean;
  formerUnits: string[];
}
interface RollupResult {
  structure: string;
  repeatFindings: number;
  coverage: { inScope: number; inspected: number; ratio: number; unitsNotInspected: RollupUnit[] };
  compliance: { total: Figure; byGroup: Figure[]; byUnit: Figure[] };
  findings: { total: Record<string, number> };
  documents: { type: string; count: number }[];
  warnings: { code: string; message: string }[];
  attention: { unit: RollupUnit; visits: number; overdueFindings: number; complianceRatio: number | null }[];
}

const FIGURE = 'key label passed failed notApplicable passedPoints applicablePoints ratio sharedPast formerUnits';
const UNIT = 'id code name sharedPast formerUnits';
const ROLLUP = `query ($year: Int!, $root: ID, $structure: RollupStructure) {
  rollup(year: $year, rootUnitId: $root, structure: $structure) {
    structure repeatFindings
    coverage { inScope inspected ratio unitsNotInspected { ${UNIT} } }
    compliance { total { ${FIGURE} } byGroup { ${FIGURE} } byUnit { ${FIGURE} } }
    findings { total { total fixedOnTime fixedLate overdue open repeat } }
    documents { type count }
    warnings { code message }
    attention { unit { ${UNIT} } visits overdueFindings complianceRatio }
  }
}`;
const RECORDS = `query ($year: Int!, $root: ID, $figure: RollupFigure!, $key: String, $structure: RollupStructure) {
  rollupRecords(year: $year, rootUnitId: $root, figure: $figure, key: $key, structure: $structure) { kind id unitName }
}`;
const RECORD = `mutation ($i: RecordUnitChangeInput!) { recordUnitChange(input: $i) { id } }`;
const PREVIEW = `query ($i: RecordUnitChangeInput!) { previewUnitChange(input: $i) { findings users planLines } }`;
const FINDINGS = `{ findings(filter: {}) { id status responsibleUnit { id name } followingUnit { id name } } }`;

let t: TestApp;
let office: GraphQLCaller;
let ids: Map<string, string>;
const id = (code: string) => {
  const found = ids.get(code);
  if (!found) throw new Error(`no unit ${code}`);
  return found;
};
const YEARS = [2021, 2022];
const asItWasBefore = new Map<number, RollupResult>();

async function rollup(year: number, structure: string | null = null, root: string | null = null) {
  const res = await office.request<{ rollup: RollupResult }>(ROLLUP, { year, root, structure });
  expect(res.errors).toBeUndefined();
  if (!res.data) throw new Error('no roll-up');
  return res.data.rollup;
}
async function reload() {
  ids = new Map((await t.sql<{ id: string; code: string }>('select id, code from unit')).map((u) => [u.code, u.id]));
}
const totals = (r: RollupResult) => ({
  coverage: { inScope: r.coverage.inScope, inspected: r.coverage.inspected, ratio: r.coverage.ratio },
  compliance: r.compliance.total,
  byGroup: r.compliance.byGroup,
  findings: r.findings.total,
  repeatFindings: r.repeatFindings,
  documents: r.documents,
  warnings: r.warnings,
});
const openFindingsOf = (...codes: string[]) =>
  t.sql<{ id: string; status: string; responsible: string; follower: string | null }>(
    `select f.id, f.status, r.code as responsible, fu.code as follower
       from finding f join unit r on r.id = f.responsible_unit_id left join unit fu on fu.id = f.followed_by_unit_id
      where r.code in (?) order by f.id`,
    [codes],
  );

const MERGE = {
  kind: 'MERGE',
  effectiveOn: '2025-07-01',
  basisNumber: '1234/QĐ-UBND',
  basisDate: '2025-06-20',
  confirmRehome: true,
};
const SPLIT = {
  kind: 'SPLIT',
  effectiveOn: '2025-03-01',
  basisNumber: '45/2025/NĐ-CP',
  basisDate: '2025-02-28',
};

beforeAll(async () => {
  // The organisation's changes are tested on the demo as it was before the 2025 reform (its units of 2021).
  t = await startTestApp({ SEED_DEMO_REFORM: 'false' });
  office = await t.as('vanphong');
  await reload();
  for (const year of YEARS) asItWasBefore.set(year, await rollup(year));
});
afterAll(() => t?.close());

describe('open findings follow the successor; the unit they were raised against is kept', () => {
  it('a merge hands the open findings of the ended units to the new unit, audited, closed ones stay', async () => {
    const before = await openFindingsOf('HKL-CL', 'HKL-DL', 'HKL-VL');
    const open = before.filter((f) => f.status !== 'CLOSED');
    expect(open.length).toBeGreaterThan(0);
    expect(before.some((f) => f.status === 'CLOSED')).toBe(true);
    const input = {
      ...MERGE,
      sourceIds: [id('HKL-CL'), id('HKL-DL'), id('HKL-VL')],
      newUnits: [{ code: 'HKL-KV1', name: 'Hạt Kiểm lâm khu vực 1', kind: 'RANGER_STATION', parentId: id('CCKL') }],
    };
    const preview = await office.request<{ previewUnitChange: { findings: number } }>(PREVIEW, { i: input });
    expect(preview.errors).toBeUndefined();
    expect(preview.data?.previewUnitChange.findings).toBe(open.length);
    expect((await office.request(RECORD, { i: input })).errors).toBeUndefined();
    await reload();

    const after = await openFindingsOf('HKL-CL', 'HKL-DL', 'HKL-VL');
    for (const f of after) {
      expect(f.responsible, 'the unit raised against is kept').toBe(before.find((b) => b.id === f.id)?.responsible);
      expect(f.follower, f.status).toBe(f.status === 'CLOSED' ? null : 'HKL-KV1');
    }
    const trail = await t.sql<{ entity_id: string; before: unknown; after: { unitId: string } }>(
      `select entity_id, before, after from audit_entry where action = 'REHOME' and entity_type = 'Finding'`,
    );
    expect(trail.map((e) => e.entity_id).sort()).toEqual(open.map((f) => f.id).sort());
    expect(trail.every((e) => e.after.unitId === id('HKL-KV1'))).toBe(true);
    const [change] = await t.sql<{ moved: { findings: string[] } }>(
      `select moved from unit_change where kind = 'MERGE' order by created_at desc limit 1`,
    );
    expect(change?.moved.findings.sort()).toEqual(open.map((f) => f.id).sort());
  });

  it("the successor's head sees them, raised against the old unit, and reports their remediation", async () => {
    const head = await t.as('thutruong');
    const res = await head.request<{
      findings: {
        id: string;
        status: string;
        responsibleUnit: { name: string };
        followingUnit: { id: string; name: string } | null;
      }[];
    }>(FINDINGS);
    expect(res.errors).toBeUndefined();
    const followed = (res.data?.findings ?? []).filter((f) => f.followingUnit?.id === id('HKL-KV1'));
    expect(followed.length).toBeGreaterThan(0);
    expect(followed.every((f) => f.responsibleUnit.name === 'Hạt Kiểm lâm huyện Đình Lập')).toBe(true);
    const target = followed.find((f) => f.status === 'OPEN');
    if (!target) throw new Error('no open finding followed');
    const report = await head.request<{ reportRemediation: { status: string } }>(
      'mutation ($i: ReportRemediationInput!) { reportRemediation(input: $i) { status } }',
      { i: { operationId: randomUUID(), findingId: target.id, text: 'Đã sắp xếp lại kho hồ sơ.' } },
    );
    expect(report.errors).toBeUndefined();
    expect(report.data?.reportRemediation.status).toBe('REMEDIATION_REPORTED');
    // The visit that found it (of the ended unit) opens for the head who follows it, with its minutes;
    // a visit of another unit whose findings she does not follow stays hidden.
    const [found] = await t.sql<{ visit_id: string }>(`select visit_id from finding where id = '${target.id}'`);
    const VISIT = 'query ($id: ID!) { visit(id: $id) { id unit { code } } }';
    const opened = await head.request<{ visit: { unit: { code: string } } }>(VISIT, { id: found?.visit_id });
    expect(opened.errors).toBeUndefined();
    expect(opened.data?.visit.unit.code).toBe('HKL-DL');
    const minutes = await fetch(`${t.url}/api/visits/${found?.visit_id}/minutes.docx`, {
      headers: { cookie: head.cookie ?? '' },
    });
    expect(minutes.status).toBe(200);
    const [other] = await t.sql<{ id: string }>(
      `select v.id from visit v join unit u on u.id = v.unit_id
        where u.code = 'TTKN' and v.status = 'APPROVED' limit 1`,
    );
    const hidden = await head.request(VISIT, { id: other?.id });
    expect(hidden.errors?.[0]?.extensions?.code).toBe('VISIT_NOT_FOUND');
    // The office's list by unit finds it under the unit it was raised against and under its follower.
    for (const unit of ['HKL-DL', 'HKL-KV1']) {
      const list = await office.request<{ findings: { id: string }[] }>(
        'query ($u: ID) { findings(filter: { unitId: $u }) { id } }',
        { u: id(unit) },
      );
      expect(list.data?.findings.map((f) => f.id)).toContain(target.id);
    }
  });

  it('a split hands them to its first new unit', async () => {
    const before = await openFindingsOf('CCQLCL');
    expect(before.some((f) => f.status !== 'CLOSED')).toBe(true);
    const res = await office.request(RECORD, {
      i: {
        ...SPLIT,
        unitId: id('CCQLCL'),
        newUnits: [
          {
            code: 'CCQLCL-NL',
            name: 'Chi cục Quản lý chất lượng nông lâm sản',
            kind: 'SUB_DEPARTMENT',
            parentId: id('SNN'),
          },
          {
            code: 'CCQLCL-TS',
            name: 'Chi cục Quản lý chất lượng thủy sản',
            kind: 'SUB_DEPARTMENT',
            parentId: id('SNN'),
          },
        ],
      },
    });
    expect(res.errors).toBeUndefined();
    await reload();
    for (const f of await openFindingsOf('CCQLCL')) {
      expect(f.follower).toBe(f.status === 'CLOSED' ? null : 'CCQLCL-NL');
    }
  });
});

describe("today's structure over the merge and the split", () => {
  it('leaves the roll-up as it was unchanged, whole', async () => {
    for (const year of YEARS) expect(await rollup(year), String(year)).toEqual(asItWasBefore.get(year));
    expect((await rollup(2022, 'AS_IT_WAS')).structure).toBe('AS_IT_WAS');
  });

  it('keeps the totals as they were, never doubled, and names today’s units in the rows', async () => {
    for (const year of YEARS) {
      const was = await rollup(year);
      const now = await rollup(year, 'TODAY');
      expect(now.structure).toBe('TODAY');
      expect(totals(now), String(year)).toEqual(totals(was));
      const keys = now.compliance.byUnit.map((f) => f.key);
      for (const gone of ['HKL-CL', 'HKL-DL', 'HKL-VL', 'CCQLCL']) expect(keys).not.toContain(id(gone));
    }
  });

  it('a merged unit’s past counts under its successor, with the year’s units named', async () => {
    const was = await rollup(2022);
    const now = await rollup(2022, 'TODAY');
    const sources = was.compliance.byUnit.filter((f) => ['HKL-CL', 'HKL-DL', 'HKL-VL'].map(id).includes(f.key));
    expect(sources.length).toBeGreaterThan(1);
    const merged = now.compliance.byUnit.find((f) => f.key === id('HKL-KV1'));
    expect(merged).toMatchObject({
      label: 'Hạt Kiểm lâm khu vực 1',
      sharedPast: false,
      passed: sources.reduce((s, f) => s + f.passed, 0),
      failed: sources.reduce((s, f) => s + f.failed, 0),
      applicablePoints: sources.reduce((s, f) => s + f.applicablePoints, 0),
    });
    expect(merged?.formerUnits.sort()).toEqual(sources.map((f) => f.label).sort());
    // The records behind the row are the year's, at the units as they were.
    const records = await office.request<{ rollupRecords: { unitName: string }[] }>(RECORDS, {
      year: 2022,
      figure: 'COMPLIANCE_UNIT',
      key: id('HKL-KV1'),
      structure: 'TODAY',
    });
    expect(records.errors).toBeUndefined();
    expect(records.data?.rollupRecords.length).toBe(
      sources.reduce((s, f) => s + f.passed + f.failed + f.notApplicable, 0),
    );
    expect(new Set(records.data?.rollupRecords.map((r) => r.unitName))).toEqual(new Set(sources.map((f) => f.label)));
  });

  it('a split unit’s past is shown under each successor, marked, and the rows are not a total', async () => {
    const was = await rollup(2022);
    const now = await rollup(2022, 'TODAY');
    const source = was.compliance.byUnit.find((f) => f.key === id('CCQLCL'));
    if (!source) throw new Error('CCQLCL has no 2022 compliance');
    for (const code of ['CCQLCL-NL', 'CCQLCL-TS']) {
      const row = now.compliance.byUnit.find((f) => f.key === id(code));
      expect(row, code).toMatchObject({
        passed: source.passed,
        failed: source.failed,
        ratio: source.ratio,
        sharedPast: true,
        formerUnits: [source.label],
      });
    }
    const sum = now.compliance.byUnit.reduce((s, f) => s + f.passed, 0);
    expect(sum).toBe(now.compliance.total.passed + source.passed);
    // The attention list names today's units, the split unit's past under each successor, marked.
    const shared = now.attention.filter((a) => a.unit.sharedPast).map((a) => a.unit.code);
    if (was.attention.some((a) => a.unit.id === id('CCQLCL'))) {
      expect(shared.sort()).toEqual(['CCQLCL-NL', 'CCQLCL-TS']);
    }
    expect(now.attention.map((a) => a.unit.id)).not.toContain(id('CCQLCL'));
  });

  it('over a sub-tree of today, the past of the units it took over', async () => {
    const was = await rollup(2022, 'AS_IT_WAS', id('HKL-KV1'));
    expect(was.coverage.inScope).toBe(0);
    const now = await rollup(2022, 'TODAY', id('HKL-KV1'));
    const full = await rollup(2022);
    const stations = ['HKL-CL', 'HKL-DL', 'HKL-VL'].map(id);
    expect(now.coverage.inScope).toBe(3);
    expect(now.compliance.byUnit.map((f) => f.key)).toEqual([id('HKL-KV1')]);
    expect(now.compliance.total.passed).toBe(
      full.compliance.byUnit.filter((f) => stations.includes(f.key)).reduce((s, f) => s + f.passed, 0),
    );
    // One successor of a split: the split unit counted once in its total.
    const part = await rollup(2022, 'TODAY', id('CCQLCL-TS'));
    expect(part.coverage.inScope).toBe(1);
    expect(part.compliance.byUnit.map((f) => [f.key, f.sharedPast])).toEqual([[id('CCQLCL-TS'), true]]);
  });

  it('the Excel file of today’s structure notes the marked rows; the one as it was has no note', async () => {
    const sheetRows = async (query: string) => {
      const res = await fetch(`${t.url}/api/rollup/2022.xlsx${query}`, { headers: { cookie: office.cookie ?? '' } });
      expect(res.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await res.arrayBuffer());
      const rows: string[] = [];
      workbook.getWorksheet('Đạt theo đơn vị')?.eachRow((row) => {
        rows.push((row.values as unknown[]).filter((v) => v != null).join(' | '));
      });
      return rows;
    };
    const now = await sheetRows('?structure=TODAY');
    expect(now.find((r) => r.startsWith('Chi cục Quản lý chất lượng thủy sản'))).toMatch(/trước khi chia tách/);
    expect(now.find((r) => r.startsWith('Hạt Kiểm lâm khu vực 1'))).toMatch(/Hạt Kiểm lâm huyện Đình Lập/);
    expect((await sheetRows('')).join('\n')).not.toMatch(/chia tách|Ghi chú/);
  });
});
