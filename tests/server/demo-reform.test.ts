import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_YEAR } from '../helpers/demo.js';
import { docxText } from '../helpers/documents.js';
import type { GraphQLCaller } from '../helpers/test-app.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/*
 * The demo follows the 2025 reform (issue 16, item 6): recorded through the organisation's history on top
 * of the 2021-2024 units, it changes nothing of the years before it, and this year's plan runs on the
 * structure it leaves.
 */

const ROLLUP = `query ($year: Int!) {
  rollup(year: $year) {
    year asOf repeatFindings
    coverage { inScope inspected ratio unitsNotInspected { id code name } }
    compliance { total { passed failed notApplicable passedPoints applicablePoints ratio }
      byGroup { key label passed failed ratio } byUnit { key label ratio } }
    findings { total { total fixedOnTime fixedLate overdue open repeat } }
    documents { type count }
    warnings { code message }
  }
  overdue: rollupRecords(year: $year, figure: FINDINGS_OVERDUE) { kind id unitName date label detail }
  inScope: rollupRecords(year: $year, figure: UNITS_IN_SCOPE) { kind id unitName date label detail }
  findings: rollupRecords(year: $year, figure: FINDINGS) { kind id unitName date label detail }
}`;

interface Version {
  validFrom: string;
  validTo: string | null;
  code: string;
  name: string;
}
interface UnitRow {
  id: string;
  code: string;
  name: string;
  activeFrom: string;
  activeTo: string | null;
  versions: Version[];
  changes: {
    kind: string;
    role: string;
    otherUnits: string[];
    effectiveOn: string;
    basisNumber: string;
    basisDate: string;
  }[];
}

/** Two databases draw their own ids: the figures, names and lines are compared, not the ids. */
function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'id' && key !== 'key')
        .map(([key, v]) => [key, withoutIds(v)]),
    );
  }
  return value;
}

/** A year's roll-up and annual report as an office reads them. */
async function yearOf(app: TestApp, office: GraphQLCaller, year: number): Promise<{ rollup: unknown; report: string }> {
  const res = await office.request(ROLLUP, { year });
  expect(res.errors).toBeUndefined();
  const docx = await fetch(`${app.url}/api/annual-reports/${year}.docx`, { headers: { cookie: office.cookie ?? '' } });
  expect(docx.status).toBe(200);
  // Records of one day are listed by id, which each database draws anew: the lists are compared as sets.
  const data = withoutIds(res.data) as Record<string, unknown>;
  for (const list of ['overdue', 'inScope', 'findings']) {
    data[list] = (data[list] as unknown[]).map((r) => JSON.stringify(r)).sort();
  }
  return { rollup: data, report: docxText(Buffer.from(await docx.arrayBuffer())).text };
}

let reformed: TestApp;
let beforeReform: TestApp;
let office: GraphQLCaller;
let byCode: Map<string, UnitRow>;

const unit = (code: string): UnitRow => {
  const found = byCode.get(code);
  if (!found) throw new Error(`no unit ${code}`);
  return found;
};

beforeAll(async () => {
  beforeReform = await startTestApp({ SEED_DEMO_REFORM: 'false' });
  reformed = await startTestApp();
  office = await reformed.as('vanphong');
  const res = await office.request<{ units: { id: string; code: string }[] }>(
    '{ units(filter: { includeInactive: true }) { id code } }',
  );
  expect(res.errors).toBeUndefined();
  byCode = new Map();
  for (const { id, code } of res.data?.units ?? []) {
    const one = await office.request<{ unit: UnitRow }>(
      `query ($id: ID!) { unit(id: $id) { id code name activeFrom activeTo
        versions { validFrom validTo code name } changes { kind role otherUnits effectiveOn basisNumber basisDate } } }`,
      { id },
    );
    expect(one.errors).toBeUndefined();
    if (one.data) byCode.set(code, one.data.unit);
  }
});
afterAll(async () => {
  await reformed?.close();
  await beforeReform?.close();
});

describe('the years before the reform', () => {
  it.each([2021, 2022])(
    '%i: the roll-up and annual report equal, line for line, those of the demo without it',
    async (year) => {
      const without = await yearOf(beforeReform, await beforeReform.as('vanphong'), year);
      const withReform = await yearOf(reformed, office, year);
      expect(withReform.rollup).toEqual(without.rollup);
      expect(withReform.report).toBe(without.report);
      // The year's own names: the stations merged in 2025 and the department under its old name.
      expect(JSON.stringify(withReform.rollup)).toContain('Hạt Kiểm lâm huyện Cao Lộc');
      expect(JSON.stringify(withReform.rollup)).toContain('Hạt Kiểm lâm thành phố Lạng Sơn');
      expect(withReform.report).not.toMatch(/Môi trường|khu vực/);
    },
  );
});

describe('01/03/2025: the Sở Nông nghiệp và Môi trường', () => {
  it('the department is renamed from that day on the national basis, and keeps its old name before', () => {
    const department = unit('SNNMT');
    expect(department.versions).toEqual([
      {
        validFrom: '2015-01-01',
        validTo: '2025-02-28',
        code: 'SNN',
        name: 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Lạng Sơn',
      },
      { validFrom: '2025-03-01', validTo: null, code: 'SNNMT', name: 'Sở Nông nghiệp và Môi trường tỉnh Lạng Sơn' },
    ]);
    expect(department.changes).toContainEqual({
      kind: 'RENAME',
      role: 'RENAMED',
      otherUnits: [],
      effectiveOn: '2025-03-01',
      basisNumber: '45/2025/NĐ-CP',
      basisDate: '2025-02-28',
    });
  });

  it('units of the former Sở Tài nguyên và Môi trường join it, their basis marked illustrative', () => {
    for (const code of ['CCBVMT', 'CCQLDD', 'VPDKDD', 'TTQTTNMT', 'TTPTQD', 'TTCNTT']) {
      const joined = unit(code);
      expect(joined.activeFrom, code).toBe('2025-03-01');
      expect(joined.versions, code).toHaveLength(1);
      expect(joined.changes, code).toEqual([
        expect.objectContaining({
          kind: 'CREATE',
          effectiveOn: '2025-03-01',
          basisNumber: expect.stringMatching(/minh họa/),
        }),
      ]);
    }
  });
});

describe('01/07/2025: ranger stations by area', () => {
  it('eleven district stations become five area stations under the Chi cục Kiểm lâm', async () => {
    const stations = [...byCode.values()].filter((u) => u.code.startsWith('HKL-'));
    const kept = stations.filter((u) => u.activeTo === null).map((u) => [u.code, u.name]);
    expect(kept.sort()).toEqual([
      ['HKL-CL', 'Hạt Kiểm lâm khu vực Cao Lộc'],
      ['HKL-DL', 'Hạt Kiểm lâm khu vực Đình Lập'],
      ['HKL-KVHL', 'Hạt Kiểm lâm khu vực Hữu Lũng'],
      ['HKL-TD', 'Hạt Kiểm lâm khu vực Tràng Định'],
      ['HKL-VL', 'Hạt Kiểm lâm khu vực Văn Lãng'],
    ]);
    const ended = stations.filter((u) => u.activeTo !== null);
    expect(ended.map((u) => u.code).sort()).toEqual([
      'HKL-BG',
      'HKL-BS',
      'HKL-CLG',
      'HKL-HL',
      'HKL-LB',
      'HKL-TP',
      'HKL-VQ',
    ]);
    for (const station of ended) {
      expect(station.activeTo, station.code).toBe('2025-06-30');
      expect(
        station.changes.map((c) => c.kind),
        station.code,
      ).toEqual(['MERGE']);
    }
    const [parents] = await reformed.sql<{ n: string }>(
      `select count(*) as n from unit u join unit p on p.id = u.parent_id
       where u.code like 'HKL-%' and u.active_to is null and p.code = 'CCKL'`,
    );
    expect(Number(parents?.n)).toBe(5);
  });

  it("the unit head's station keeps its past name and takes in the city's station", () => {
    const caoLoc = unit('HKL-CL');
    expect(caoLoc.versions.map((v) => [v.validFrom, v.validTo, v.name])).toEqual([
      ['2015-01-01', '2025-06-30', 'Hạt Kiểm lâm huyện Cao Lộc'],
      ['2025-07-01', null, 'Hạt Kiểm lâm khu vực Cao Lộc'],
    ]);
    // The merge is on both sides: the station it took in, and the one that carries on (which it gave no
    // version of its own). Both changes are of the same day, so their order is not asserted.
    expect(caoLoc.changes.map((c) => [c.kind, c.role, c.otherUnits]).sort()).toEqual([
      ['MERGE', 'RECEIVED_MERGER', ['Hạt Kiểm lâm thành phố Lạng Sơn']],
      ['RENAME', 'RENAMED', []],
    ]);
    expect(unit('HKL-TP').changes.map((c) => [c.kind, c.role, c.otherUnits])).toEqual([
      ['MERGE', 'MERGED_INTO', ['Hạt Kiểm lâm khu vực Cao Lộc']],
    ]);
    expect(unit('HKL-KVHL').changes.map((c) => [c.role, c.otherUnits])).toEqual([
      [
        'CREATED_BY_MERGER',
        ['Hạt Kiểm lâm huyện Hữu Lũng', 'Hạt Kiểm lâm huyện Chi Lăng', 'Hạt Kiểm lâm huyện Bắc Sơn'],
      ],
    ]);
    expect(caoLoc.changes.every((c) => c.basisDate <= c.effectiveOn && /QĐ-UBND/.test(c.basisNumber))).toBe(true);
  });

  it('every change went through the organisation history: one unit_change each, audited by unit', async () => {
    const changes = await reformed.sql<{ kind: string; n: string }>(
      'select kind, count(*) as n from unit_change group by kind order by kind',
    );
    expect(changes.map((c) => [c.kind, Number(c.n)])).toEqual([
      ['CREATE', 6],
      ['MERGE', 5],
      ['RENAME', 5],
    ]);
    const audited = await reformed.sql<{ n: string }>(
      `select count(*) as n from audit_entry where entity_type = 'Unit' and action like 'CHANGE_%'`,
    );
    // Touched units: 1 rename + 6 created + the source of 4 merges into a station that carries on + 4 renames
    // + one merge of three into a new unit, that unit included.
    expect(Number(audited[0]?.n)).toBe(1 + 6 + 4 + 4 + 4);
  });
});

describe(`the ${DEMO_YEAR} plan under way`, () => {
  it('runs on units in force, a unit of the former Sở Tài nguyên và Môi trường among them, numbered SNNMT', async () => {
    const lines = await reformed.sql<{ code: string; active_to: string | null; plan: string; team: string }>(
      `select u.code, u.active_to, p.document_number as plan, t.decision_number as team
       from plan_line l join inspection_plan p on p.id = l.plan_id join unit u on u.id = l.unit_id
       join inspection_team t on t.id = l.team_id where p.year = ? order by u.code`,
      [DEMO_YEAR],
    );
    expect(lines.map((l) => l.code)).toEqual(['CCTL', 'HKL-CL', 'HKL-TD', 'VPDKDD']);
    expect(lines.every((l) => l.active_to === null && l.plan === '18/KH-SNNMT' && l.team === '31/QĐ-SNNMT')).toBe(true);
  });

  it('the demo unit head is the head of the Cao Lộc area station, whose visit this year is planned', async () => {
    const head = await reformed.as('thutruong');
    const me = await head.request<{ me: { unit: { code: string; name: string } } }>('{ me { unit { code name } } }');
    expect(me.data?.me.unit).toEqual({ code: 'HKL-CL', name: 'Hạt Kiểm lâm khu vực Cao Lộc' });
  });
});
