import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxText } from '../helpers/documents.js';
import type { GraphQLCaller } from '../helpers/test-app.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

interface Version {
  validFrom: string;
  validTo: string | null;
  code: string;
  name: string;
  parentId: string | null;
}
interface Change {
  kind: string;
  role: string;
  otherUnits: string[];
  effectiveOn: string;
  basisNumber: string;
}
interface UnitRow {
  id: string;
  code: string;
  name: string;
  activeTo: string | null;
}

const RECORD = `mutation ($i: RecordUnitChangeInput!) {
  recordUnitChange(input: $i) { id kind effectiveOn basisNumber basisDate }
}`;
const TIMELINE = `query ($id: ID!) {
  unit(id: $id) { id code name versions { validFrom validTo code name parentId }
    changes { kind role otherUnits effectiveOn basisNumber } }
}`;
const BASIS = { basisNumber: '176/2025/QH15', basisDate: '2025-02-18' };
const PREVIEW = `query ($i: RecordUnitChangeInput!) {
  previewUnitChange(input: $i) { endedUnits unitsNow planLines laterVisits users findings successor }
}`;

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

/** The 2021 roll-up and annual report as an office would read them. */
async function year2021(): Promise<{ rollup: unknown; report: string }> {
  const res = await office.request(ROLLUP, { year: 2021 });
  expect(res.errors).toBeUndefined();
  const docx = await fetch(`${t.url}/api/annual-reports/2021.docx`, { headers: { cookie: office.cookie ?? '' } });
  expect(docx.status).toBe(200);
  return { rollup: res.data, report: docxText(Buffer.from(await docx.arrayBuffer())).text };
}

let t: TestApp;
let before2021: { rollup: unknown; report: string };
let office: GraphQLCaller;
let byCode: Map<string, UnitRow>;

const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  res.errors?.[0]?.extensions?.code ?? null;
const id = (unitCode: string) => {
  const unit = byCode.get(unitCode);
  if (!unit) throw new Error(`no unit ${unitCode}`);
  return unit.id;
};
async function reload(): Promise<void> {
  const res = await office.request<{ units: UnitRow[] }>(
    '{ units(filter: { includeInactive: true }) { id code name activeTo } }',
  );
  byCode = new Map((res.data?.units ?? []).map((u) => [u.code, u]));
}
async function timeline(unitId: string) {
  const res = await office.request<{ unit: { name: string; versions: Version[]; changes: Change[] } }>(TIMELINE, {
    id: unitId,
  });
  expect(res.errors).toBeUndefined();
  return res.data?.unit;
}
/** The history tables and the unit rows, to prove a refused change left nothing behind. */
const snapshot = async () => ({
  units: await t.sql('select id, code, name, parent_id, active_to, version from unit order by id'),
  versions: await t.sql('select unit_id, valid_from, valid_to, name from unit_version order by unit_id, valid_from'),
  changes: await t.sql('select id from unit_change'),
  users: await t.sql('select id, unit_id from app_user order by id'),
});

beforeAll(async () => {
  // The demo as it stood before the reform: this file records the reform itself, as an office would.
  t = await startTestApp({ SEED_DEMO_REFORM: 'false' });
  office = await t.as('vanphong');
  await reload();
  before2021 = await year2021();
});
afterAll(() => t?.close());

describe('every unit starts with one version: its row', () => {
  it('as the demo tree stands', async () => {
    const cl = await timeline(id('HKL-CL'));
    expect(cl?.versions).toHaveLength(1);
    expect(cl?.versions[0]).toMatchObject({ code: 'HKL-CL', name: cl?.name, validTo: null });
    const [counts] = await t.sql<{ units: string; versions: string }>(
      'select (select count(*) from unit) as units, (select count(distinct unit_id) from unit_version) as versions',
    );
    expect(counts?.versions).toBe(counts?.units);
  });
});

describe('the 2025 reform recorded as changes', () => {
  it('renames the department from 01/03/2025, keeping its earlier name for earlier days', async () => {
    const department = [...byCode.values()].find((u) => u.code === 'SNN');
    if (!department) throw new Error('no department');
    const res = await office.request(RECORD, {
      i: {
        kind: 'RENAME',
        effectiveOn: '2025-03-01',
        ...BASIS,
        unitId: department.id,
        name: 'Sở Nông nghiệp và Môi trường tỉnh Lạng Sơn',
      },
    });
    expect(res.errors).toBeUndefined();
    const history = await timeline(department.id);
    expect(history?.name).toBe('Sở Nông nghiệp và Môi trường tỉnh Lạng Sơn');
    expect(history?.versions.map((v) => [v.validFrom, v.validTo, v.name])).toEqual([
      [expect.any(String), '2025-02-28', department.name],
      ['2025-03-01', null, 'Sở Nông nghiệp và Môi trường tỉnh Lạng Sơn'],
    ]);
    expect(history?.changes.map((c) => c.kind)).toEqual(['RENAME']);
  });

  it('refuses bad changes with their own codes and saves nothing', async () => {
    const before = await snapshot();
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'RENAME', effectiveOn: '2025-01-01', unitId: id('SNN'), name: 'X' }, 'UNIT_VERSION_OVERLAP'],
      [{ kind: 'RENAME', effectiveOn: '2099-01-01', unitId: id('HKL-CL'), name: 'X' }, 'UNIT_CHANGE_IN_FUTURE'],
      [{ kind: 'RENAME', effectiveOn: '2010-01-01', unitId: id('HKL-CL'), name: 'X' }, 'UNIT_NOT_IN_FORCE'],
      [{ kind: 'MOVE', effectiveOn: '2025-07-01', unitId: id('SNN'), parentId: id('HKL-CL') }, 'UNIT_ROOT_LOCKED'],
      [
        { kind: 'MERGE', effectiveOn: '2025-07-01', sourceIds: [id('HKL-CL')], targetId: id('HKL-CL') },
        'UNIT_EVENT_INVALID',
      ],
      [
        { kind: 'RENAME', effectiveOn: '2025-07-01', unitId: id('HKL-CL'), name: 'X', basisNumber: ' ' },
        'UNIT_CHANGE_BASIS_REQUIRED',
      ],
      [
        { kind: 'RENAME', effectiveOn: '2025-07-01', unitId: id('HKL-CL'), name: 'X', basisDate: '2025-08-01' },
        'UNIT_CHANGE_BASIS_AFTER',
      ],
    ];
    for (const [input, expected] of cases) {
      const res = await office.request(RECORD, { i: { ...BASIS, basisDate: '2009-12-01', ...input } });
      expect(code(res), expected).toBe(expected);
      expect(res.errors?.[0]?.message, expected).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('a merge of two district ranger stations asks before it moves visits dated after it, then moves them', async () => {
    const [later] = await t.sql<{ n: string }>(
      `select count(*) as n from visit v join unit u on u.id = v.unit_id
       where u.code in ('HKL-CL', 'HKL-DL') and v.visit_date >= '2025-07-01'`,
    );
    const merge = {
      kind: 'MERGE',
      effectiveOn: '2025-07-01',
      basisNumber: '1234/QĐ-UBND',
      basisDate: '2025-06-20',
      sourceIds: [id('HKL-CL'), id('HKL-DL')],
      newUnits: [
        {
          code: 'HKL-KV1',
          name: 'Hạt Kiểm lâm khu vực Cao Lộc - Đình Lập',
          kind: 'RANGER_STATION',
          parentId: id('CCKL'),
        },
      ],
    };
    if (Number(later?.n) > 0) {
      const before = await snapshot();
      expect(code(await office.request(RECORD, { i: merge }))).toBe('UNIT_REHOME_UNCONFIRMED');
      expect(await snapshot()).toEqual(before);
    }
    // The preview says what the change would do and writes nothing.
    const before = await snapshot();
    const preview = await office.request<{
      previewUnitChange: {
        endedUnits: string[];
        unitsNow: string[];
        planLines: number;
        laterVisits: number;
        users: string[];
      };
    }>(
      'query ($i: RecordUnitChangeInput!) { previewUnitChange(input: $i) { endedUnits unitsNow planLines laterVisits users } }',
      { i: merge },
    );
    expect(preview.errors).toBeUndefined();
    expect(preview.data?.previewUnitChange).toMatchObject({
      endedUnits: ['Hạt Kiểm lâm huyện Cao Lộc', 'Hạt Kiểm lâm huyện Đình Lập'],
      unitsNow: ['Hạt Kiểm lâm khu vực Cao Lộc - Đình Lập (HKL-KV1)'],
      laterVisits: Number(later?.n),
    });
    expect(preview.data?.previewUnitChange.users).toContain('Vi Thị Lan');
    expect(await snapshot()).toEqual(before);

    const [headBefore] = await t.sql<{ unit: string }>(
      `select u.code as unit from app_user a join unit u on u.id = a.unit_id where a.username = 'thutruong'`,
    );
    expect(headBefore?.unit).toBe('HKL-CL');

    const res = await office.request(RECORD, { i: { ...merge, confirmRehome: true } });
    expect(res.errors).toBeUndefined();
    await reload();
    expect(byCode.get('HKL-CL')?.activeTo).toBe('2025-06-30');
    expect(byCode.get('HKL-DL')?.activeTo).toBe('2025-06-30');
    const target = await timeline(id('HKL-KV1'));
    expect(target?.versions).toEqual([
      {
        validFrom: '2025-07-01',
        validTo: null,
        code: 'HKL-KV1',
        name: 'Hạt Kiểm lâm khu vực Cao Lộc - Đình Lập',
        parentId: id('CCKL'),
      },
    ]);
    // The old station keeps its one version, now ended; its unit head and later visits follow the successor.
    expect((await timeline(id('HKL-CL')))?.versions.map((v) => [v.name, v.validTo])).toEqual([
      ['Hạt Kiểm lâm huyện Cao Lộc', '2025-06-30'],
    ]);
    const [headAfter] = await t.sql<{ unit: string }>(
      `select u.code as unit from app_user a join unit u on u.id = a.unit_id where a.username = 'thutruong'`,
    );
    expect(headAfter?.unit).toBe('HKL-KV1');
    const [left] = await t.sql<{ n: string }>(
      `select count(*) as n from visit v join unit u on u.id = v.unit_id
       where u.code in ('HKL-CL', 'HKL-DL') and v.visit_date >= '2025-07-01'`,
    );
    expect(Number(left?.n)).toBe(0);
    // Earlier visits stay with the unit they were made at.
    const [earlier] = await t.sql<{ n: string }>(
      `select count(*) as n from visit v join unit u on u.id = v.unit_id where u.code = 'HKL-CL' and v.visit_date < '2025-07-01'`,
    );
    expect(Number(earlier?.n)).toBeGreaterThan(0);

    const trail = await t.sql<{ action: string; entity_type: string }>(
      `select action, entity_type from audit_entry where action in ('CHANGE_MERGE', 'REHOME')`,
    );
    expect(trail.filter((e) => e.action === 'CHANGE_MERGE').length).toBe(3);
    expect(trail.some((e) => e.action === 'REHOME' && e.entity_type === 'User')).toBe(true);
  });

  it('refuses merging into a unit that no longer exists', async () => {
    const before = await snapshot();
    const res = await office.request(RECORD, {
      i: {
        ...BASIS,
        kind: 'MERGE',
        effectiveOn: '2025-08-01',
        sourceIds: [id('HKL-KV1')],
        targetId: id('HKL-DL'),
        basisDate: '2025-07-20',
      },
    });
    expect(code(res)).toBe('UNIT_MERGE_TARGET_DISSOLVED');
    expect(await snapshot()).toEqual(before);
  });

  it('a merge into a unit that carries on is on its timeline too, told from its side', async () => {
    const tp = byCode.get('HKL-TP');
    const bg = byCode.get('HKL-BG');
    const td = byCode.get('HKL-TD');
    const [finding] = await t.sql<{ id: string }>(
      `select f.id from finding f join unit u on u.id = f.responsible_unit_id where u.code = 'HKL-TP' and f.status <> 'CLOSED'`,
    );
    const res = await office.request(RECORD, {
      i: {
        kind: 'MERGE',
        effectiveOn: '2025-07-01',
        basisNumber: '1152/QĐ-UBND',
        basisDate: '2025-06-27',
        sourceIds: [id('HKL-BG'), id('HKL-TP')],
        targetId: id('HKL-TD'),
      },
    });
    expect(res.errors).toBeUndefined();
    const target = await timeline(id('HKL-TD'));
    // The target keeps its one version: the merge gave it no new one, yet its timeline shows it.
    expect(target?.versions.map((v) => [v.name, v.validTo])).toEqual([[td?.name, null]]);
    expect(target?.changes).toEqual([
      {
        kind: 'MERGE',
        role: 'RECEIVED_MERGER',
        otherUnits: [bg?.name, tp?.name],
        effectiveOn: '2025-07-01',
        basisNumber: '1152/QĐ-UBND',
      },
    ]);
    expect((await timeline(id('HKL-TP')))?.changes.map((c) => [c.role, c.otherUnits])).toEqual([
      ['MERGED_INTO', [td?.name]],
    ]);
    // A merge into a new unit reads as its creation from the units merged, named as they were.
    expect((await timeline(id('HKL-KV1')))?.changes.map((c) => [c.kind, c.role, c.otherUnits])).toEqual([
      ['MERGE', 'CREATED_BY_MERGER', ['Hạt Kiểm lâm huyện Cao Lộc', 'Hạt Kiểm lâm huyện Đình Lập']],
    ]);
    // The parent of them all is not concerned.
    expect((await timeline(id('CCKL')))?.changes).toEqual([]);
    // The merged station's open finding is followed by the station that carries on.
    expect(
      await t.sql(`select u.code from finding f join unit u on u.id = f.followed_by_unit_id where f.id = ?`, [
        finding?.id,
      ]),
    ).toEqual([{ code: 'HKL-TD' }]);
  });

  it('a merge into a unit that carries on may rename it from the same day: a version of its own', async () => {
    const clg = byCode.get('HKL-CLG');
    const input = {
      kind: 'MERGE',
      effectiveOn: '2025-07-01',
      basisNumber: '1152/QĐ-UBND',
      basisDate: '2025-06-27',
      sourceIds: [id('HKL-BS')],
      targetId: id('HKL-CLG'),
      targetName: '  Hạt Kiểm lâm khu vực  Chi Lăng - Bắc Sơn ',
      targetShortName: 'HKL KV CL-BS',
      confirmRehome: true,
    };
    const refusals: [Record<string, unknown>, string][] = [
      // The name of a new unit goes with the new unit.
      [
        {
          targetId: null,
          newUnits: [{ code: 'HKL-X', name: 'Hạt X', kind: 'RANGER_STATION', parentId: id('CCKL') }],
        },
        'UNIT_MERGE_TARGET_RENAME_NEW',
      ],
      [{ targetName: '   ' }, 'BAD_USER_INPUT'],
      [{ targetName: 'a'.repeat(201) }, 'BAD_USER_INPUT'],
    ];
    const before = await snapshot();
    for (const [changes, expected] of refusals) {
      const res = await office.request(RECORD, { i: { ...input, ...changes } });
      expect(code(res), expected).toBe(expected);
      expect(res.errors?.[0]?.message, expected).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u);
    }
    expect(await snapshot()).toEqual(before);

    const preview = await office.request<{ previewUnitChange: { unitsNow: string[]; successor: string } }>(PREVIEW, {
      i: input,
    });
    expect(preview.data?.previewUnitChange).toMatchObject({
      unitsNow: ['Hạt Kiểm lâm khu vực Chi Lăng - Bắc Sơn (HKL-CLG)'],
      successor: 'Hạt Kiểm lâm khu vực Chi Lăng - Bắc Sơn (HKL-CLG)',
    });
    const res = await office.request<{ recordUnitChange: { id: string } }>(RECORD, { i: input });
    expect(res.errors).toBeUndefined();
    const target = await timeline(id('HKL-CLG'));
    expect(
      target?.versions.map((v) => [v.name, v.code, v.validFrom > '2025-01-01' ? v.validFrom : 'earlier', v.validTo]),
    ).toEqual([
      [clg?.name, 'HKL-CLG', 'earlier', '2025-06-30'],
      ['Hạt Kiểm lâm khu vực Chi Lăng - Bắc Sơn', 'HKL-CLG', '2025-07-01', null],
    ]);
    expect(target?.changes.map((c) => [c.role, c.otherUnits])).toEqual([
      ['RECEIVED_MERGER', [byCode.get('HKL-BS')?.name]],
    ]);
    expect(await t.sql(`select name, short_name from unit where id = ?`, [id('HKL-CLG')])).toEqual([
      { name: 'Hạt Kiểm lâm khu vực Chi Lăng - Bắc Sơn', short_name: 'HKL KV CL-BS' },
    ]);
    // One change for both, in the trail of each unit with its day and basis; the target's says its new name.
    const trail = await t.sql<{ entity_id: string; after: Record<string, unknown> }>(
      `select entity_id, after from audit_entry where action = 'CHANGE_MERGE' and after->>'changeId' = ?`,
      [res.data?.recordUnitChange.id],
    );
    expect(trail.map((e) => e.entity_id).sort()).toEqual([id('HKL-BS'), id('HKL-CLG')].sort());
    expect(trail.find((e) => e.entity_id === id('HKL-CLG'))?.after).toMatchObject({
      effectiveOn: '2025-07-01',
      basis: '1152/QĐ-UBND',
      targetChanges: { name: 'Hạt Kiểm lâm khu vực Chi Lăng - Bắc Sơn', shortName: 'HKL KV CL-BS' },
    });
    await reload();
  });

  it('a split reads on each new unit as its creation from the unit split', async () => {
    const vq = byCode.get('HKL-VQ');
    const res = await office.request(RECORD, {
      i: {
        kind: 'SPLIT',
        effectiveOn: '2025-07-01',
        basisNumber: '1153/QĐ-UBND',
        basisDate: '2025-06-27',
        unitId: id('HKL-VQ'),
        newUnits: [
          { code: 'HKL-VQ1', name: 'Hạt Kiểm lâm khu vực Văn Quan 1', kind: 'RANGER_STATION', parentId: id('CCKL') },
          { code: 'HKL-VQ2', name: 'Hạt Kiểm lâm khu vực Văn Quan 2', kind: 'RANGER_STATION', parentId: id('CCKL') },
        ],
      },
    });
    expect(res.errors).toBeUndefined();
    await reload();
    for (const code of ['HKL-VQ1', 'HKL-VQ2']) {
      expect(
        (await timeline(id(code)))?.changes.map((c) => [c.kind, c.role, c.otherUnits]),
        code,
      ).toEqual([['SPLIT', 'CREATED_BY_SPLIT', [vq?.name]]]);
    }
    expect((await timeline(id('HKL-VQ')))?.changes.map((c) => [c.role, c.otherUnits])).toEqual([
      ['SPLIT_INTO', ['Hạt Kiểm lâm khu vực Văn Quan 1', 'Hạt Kiểm lâm khu vực Văn Quan 2']],
    ]);
  });

  it('refuses a dissolution whose receiving unit cannot take over, each with its own code, saving nothing', async () => {
    const before = await snapshot();
    const dissolve = (unitCode: string, effectiveOn: string, receiverId: string) => ({
      kind: 'DISSOLVE',
      effectiveOn,
      basisNumber: '17/QĐ-UBND',
      basisDate: '2025-05-20',
      unitId: id(unitCode),
      receiverId,
    });
    const cases: [Record<string, unknown>, string][] = [
      [dissolve('HKL-LB', '2025-09-01', id('HKL-LB')), 'UNIT_RECEIVER_SELF'],
      [dissolve('HKL-LB', '2025-09-01', crypto.randomUUID()), 'UNIT_RECEIVER_NOT_FOUND'],
      [dissolve('HKL-LB', '2025-09-01', 'not-an-id'), 'UNIT_RECEIVER_NOT_FOUND'],
      // The station merged on 01/07/2025 cannot take over from 01/09.
      [dissolve('HKL-LB', '2025-09-01', id('HKL-CL')), 'UNIT_RECEIVER_DISSOLVED'],
      // The area station founded on 01/07/2025 did not exist on 01/06.
      [dissolve('HKL-LB', '2025-06-01', id('HKL-KV1')), 'UNIT_RECEIVER_NOT_IN_FORCE'],
      [dissolve('CCKL', '2025-09-01', id('HKL-LB')), 'UNIT_RECEIVER_DESCENDANT'],
    ];
    for (const [input, expected] of cases) {
      for (const query of [RECORD, PREVIEW]) {
        const res = await office.request(query, { i: input });
        expect(code(res), expected).toBe(expected);
        expect(res.errors?.[0]?.message, expected).toMatch(/đơn vị tiếp nhận nhiệm vụ/iu);
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it('a dissolution hands its plan line not yet visited, with its planned visit, to the receiving unit chosen', async () => {
    const [line] = await t.sql<{ id: string; visit: string | null }>(
      `select l.id, v.id as visit from plan_line l join unit u on u.id = l.unit_id
        join inspection_plan p on p.id = l.plan_id left join visit v on v.plan_line_id = l.id
        where u.code = 'CCTL' and p.year >= 2025`,
    );
    const input = {
      kind: 'DISSOLVE',
      effectiveOn: '2025-09-01',
      basisNumber: '18/QĐ-UBND',
      basisDate: '2025-08-20',
      unitId: id('CCTL'),
      receiverId: id('TTKN'),
    };
    const before = await snapshot();
    const preview = await office.request<{ previewUnitChange: Record<string, unknown> }>(PREVIEW, { i: input });
    expect(preview.errors).toBeUndefined();
    expect(preview.data?.previewUnitChange).toEqual({
      endedUnits: [byCode.get('CCTL')?.name],
      unitsNow: [],
      planLines: 1,
      laterVisits: 0,
      users: [],
      findings: 0,
      successor: `${byCode.get('TTKN')?.name} (TTKN)`,
    });
    expect(await snapshot()).toEqual(before);

    expect((await office.request(RECORD, { i: input })).errors).toBeUndefined();
    await reload();
    expect(byCode.get('CCTL')?.activeTo).toBe('2025-08-31');
    expect(
      await t.sql(`select u.code from plan_line l join unit u on u.id = l.unit_id where l.id = ?`, [line?.id]),
    ).toEqual([{ code: 'TTKN' }]);
    // Its visit, planned and not started, goes with it.
    expect(line?.visit).toBeTruthy();
    expect(
      await t.sql(`select u.code from visit v join unit u on u.id = v.unit_id where v.id = ?`, [line?.visit]),
    ).toEqual([{ code: 'TTKN' }]);
    const [rehome] = await t.sql<{ before: unknown; after: unknown }>(
      `select before, after from audit_entry where action = 'REHOME' and entity_type = 'PlanLine' and entity_id = ?`,
      [line?.id],
    );
    expect(rehome).toEqual({
      before: { unitId: id('CCTL') },
      after: { unitId: id('TTKN'), effectiveOn: '2025-09-01' },
    });
    expect((await timeline(id('CCTL')))?.changes.map((c) => [c.kind, c.role, c.otherUnits])).toEqual([
      ['DISSOLVE', 'DISSOLVED', [byCode.get('TTKN')?.name]],
    ]);
    expect((await timeline(id('TTKN')))?.changes.map((c) => [c.kind, c.role, c.otherUnits])).toEqual([
      ['DISSOLVE', 'RECEIVED_DISSOLVED', [byCode.get('CCTL')?.name]],
    ]);
  });

  it('a dissolution with no receiving unit chosen hands its open findings to its parent that day', async () => {
    const open = await t.sql<{ id: string }>(
      `select f.id from finding f join unit u on u.id = f.responsible_unit_id
        where u.code = 'HKL-HL' and f.status <> 'CLOSED' order by f.id`,
    );
    expect(open.length).toBeGreaterThan(0);
    const input = {
      kind: 'DISSOLVE',
      effectiveOn: '2025-09-01',
      basisNumber: '19/QĐ-UBND',
      basisDate: '2025-08-20',
      unitId: id('HKL-HL'),
    };
    const preview = await office.request<{ previewUnitChange: { findings: number; successor: string } }>(PREVIEW, {
      i: input,
    });
    expect(preview.data?.previewUnitChange).toMatchObject({
      findings: open.length,
      successor: `${byCode.get('CCKL')?.name} (CCKL)`,
    });
    const res = await office.request<{ recordUnitChange: { id: string } }>(RECORD, { i: input });
    expect(res.errors).toBeUndefined();
    // The findings keep the unit they were raised against; the parent follows them, each move audited.
    expect(
      await t.sql(
        `select r.code as responsible, fo.code as follower from finding f join unit r on r.id = f.responsible_unit_id
          join unit fo on fo.id = f.followed_by_unit_id where f.id = any(string_to_array(?, ',')::uuid[]) order by f.id`,
        [open.map((f) => f.id).join(',')],
      ),
    ).toEqual(open.map(() => ({ responsible: 'HKL-HL', follower: 'CCKL' })));
    const trail = await t.sql<{ entity_id: string }>(
      `select entity_id from audit_entry where action = 'REHOME' and entity_type = 'Finding' and entity_id = any(string_to_array(?, ',')::uuid[])
        and after->>'unitId' = ? order by entity_id`,
      [open.map((f) => f.id).join(','), id('CCKL')],
    );
    expect(trail.map((e) => e.entity_id)).toEqual(open.map((f) => f.id));
    // The change names its receiver: in its event, in the unit's audit entry, on both timelines.
    const [change] = await t.sql<{ event: { receiverId?: string }; moved: { findings: string[] } }>(
      `select event, moved from unit_change where id = ?`,
      [res.data?.recordUnitChange.id],
    );
    expect(change?.event.receiverId).toBe(id('CCKL'));
    expect(change?.moved.findings.sort()).toEqual(open.map((f) => f.id).sort());
    const [audit] = await t.sql<{ after: { receiverId: string } }>(
      `select after from audit_entry where action = 'CHANGE_DISSOLVE' and entity_id = ?`,
      [id('HKL-HL')],
    );
    expect(audit?.after.receiverId).toBe(id('CCKL'));
    expect((await timeline(id('CCKL')))?.changes.map((c) => [c.role, c.otherUnits])).toEqual([
      ['RECEIVED_DISSOLVED', [byCode.get('HKL-HL')?.name]],
    ]);
  });

  it('a dissolution dated before visits of the unit asks before it moves them, as a merge does', async () => {
    const [later] = await t.sql<{ n: string }>(
      `select count(*) as n from visit v join unit u on u.id = v.unit_id where u.code = 'HKL-LB' and v.visit_date >= '2022-01-01'`,
    );
    expect(Number(later?.n)).toBeGreaterThan(0);
    const before = await snapshot();
    const res = await office.request(RECORD, {
      i: { ...BASIS, kind: 'DISSOLVE', effectiveOn: '2022-01-01', basisDate: '2021-12-01', unitId: id('HKL-LB') },
    });
    expect(code(res)).toBe('UNIT_REHOME_UNCONFIRMED');
    expect(await snapshot()).toEqual(before);
  });

  it('a rename recorded from a recent day opens a version from that day and leaves the past as it was', async () => {
    const res = await office.request(RECORD, {
      i: {
        kind: 'RENAME',
        effectiveOn: '2025-10-01',
        basisNumber: '9/QĐ-UBND',
        basisDate: '2025-09-25',
        unitId: id('CCKL'),
        name: 'Chi cục Kiểm lâm tỉnh Lạng Sơn',
      },
    });
    expect(res.errors).toBeUndefined();
    const history = await timeline(id('CCKL'));
    expect(history?.versions.map((v) => v.name)).toEqual(['Chi cục Kiểm lâm', 'Chi cục Kiểm lâm tỉnh Lạng Sơn']);
    // The minutes of its 2021 visit name it as it was that day.
    const [visit] = await t.sql<{ id: string }>(
      `select v.id from visit v join unit u on u.id = v.unit_id where u.code = 'CCKL' and v.visit_date < '2022-01-01' limit 1`,
    );
    const minutes = await fetch(`${t.url}/api/visits/${visit?.id}/minutes.docx`, {
      headers: { cookie: office.cookie ?? '' },
    });
    expect(minutes.status).toBe(200);
    const text = docxText(Buffer.from(await minutes.arrayBuffer())).text;
    expect(text).toContain('tại Chi cục Kiểm lâm');
    expect(text).not.toContain('Chi cục Kiểm lâm tỉnh Lạng Sơn');
    expect(history?.versions[0]?.validTo).toBe(
      history?.versions[1]?.validFrom && dayBefore(history.versions[1].validFrom),
    );
  });

  it('leaves the 2021 roll-up and annual report exactly as they were, figure for figure and line for line', async () => {
    const after = await year2021();
    expect(after.rollup).toEqual(before2021.rollup);
    expect(after.report).toBe(before2021.report);
    // The year's own names: the stations merged since, and the sub-department renamed since, as they were.
    const shown = JSON.stringify(after.rollup);
    expect(shown).toContain('Hạt Kiểm lâm huyện Cao Lộc');
    expect(shown).not.toContain('Chi cục Kiểm lâm tỉnh Lạng Sơn');
    expect(shown).not.toContain('khu vực Cao Lộc - Đình Lập');
  });

  it('is for office and admin only', async () => {
    for (const who of ['lanhdao', 'kiemtra', 'thutruong']) {
      const caller = await t.as(who);
      const res = await caller.request(RECORD, {
        i: { ...BASIS, kind: 'DISSOLVE', effectiveOn: '2025-09-01', unitId: id('HKL-KV1') },
      });
      expect(code(res), who).toBe('FORBIDDEN');
    }
  });
});

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
