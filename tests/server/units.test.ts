import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLCaller } from '../helpers/test-app.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

interface UnitRow {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
  parentId: string | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  active: boolean;
  activeFrom: string;
  activeTo: string | null;
  version: number;
}
const FIELDS = 'id code name shortName parentId active activeFrom activeTo version kind address latitude longitude';
const UNITS = `query ($filter: UnitFilter) { units(filter: $filter) { ${FIELDS} } }`;
/** Every change of the organisation: dated, with its basis (issue 16). */
const RECORD = 'mutation ($input: RecordUnitChangeInput!) { recordUnitChange(input: $input) { id kind } }';
const CORRECT = `mutation ($input: CorrectUnitDetailsInput!) { correctUnitDetails(input: $input) { ${FIELDS} } }`;
const BASIS = { basisNumber: '15/QĐ-SNNMT', basisDate: '2025-09-20' };
const change = (kind: string, effectiveOn: string, fields: Record<string, unknown>) => ({
  input: { kind, effectiveOn, ...BASIS, ...fields },
});

let t: TestApp;
let office: GraphQLCaller;
let byCode: Map<string, UnitRow>;

async function reload(): Promise<void> {
  const res = await office.request<{ units: UnitRow[] }>(UNITS, { filter: { includeInactive: true } });
  byCode = new Map((res.data?.units ?? []).map((u) => [u.code, u]));
}
const id = (code: string) => {
  const unit = byCode.get(code);
  if (!unit) throw new Error(`no unit ${code}`);
  return unit.id;
};
/** A fingerprint of the whole unit table, to prove a refused change left nothing behind. */
const snapshot = async () => ({
  units: await t.sql(
    'select id, code, name, short_name, parent_id, address, latitude, longitude, active_from, active_to, version from unit order by id',
  ),
  versions: await t.sql(
    'select unit_id, valid_from, valid_to, name, short_name, address from unit_version order by 1, 2',
  ),
  changes: await t.sql('select id from unit_change order by id'),
  audit: await t.sql('select count(*)::int as n from audit_entry'),
});

beforeAll(async () => {
  t = await startTestApp();
  office = await t.as('vanphong');
  await reload();
});
afterAll(() => t?.close());

describe('the demo department', () => {
  it('has the department and its units as a tree', async () => {
    expect(byCode.size).toBeGreaterThanOrEqual(20);
    expect(byCode.get('SNNMT')?.parentId).toBeNull();
    expect(byCode.get('CCKL')?.parentId).toBe(id('SNNMT'));
    // The eleven district ranger stations, seven of them merged on 01/07/2025 into the five area stations.
    const rangers = [...byCode.values()].filter((u) => u.parentId === id('CCKL'));
    expect(rangers).toHaveLength(12);
    expect(rangers.filter((u) => u.activeTo === null)).toHaveLength(5);
    expect(rangers.map((u) => u.name)).toContain('Hạt Kiểm lâm khu vực Đình Lập');
  });
});

describe('search', () => {
  it.each([
    ['chi cuc kiem lam', ['CCKL']],
    ['Chi cục Kiểm lâm', ['CCKL']],
    ['KIEM LAM dinh lap', ['HKL-DL']],
    ['thuy loi', ['CCTL']],
    ['nuoc sach', ['TTNSVSMT']],
    ['khong co don vi nay', []],
    ['100%_', []],
  ])('%j finds %j', async (search, codes) => {
    const res = await office.request<{ units: UnitRow[] }>(UNITS, { filter: { search } });
    expect(res.data?.units.map((u) => u.code).sort()).toEqual(codes);
  });

  it('finds every ranger station in force by its shared words', async () => {
    const res = await office.request<{ units: UnitRow[] }>(UNITS, { filter: { search: 'hat kiem lam' } });
    expect(res.data?.units).toHaveLength(5);
  });
});

describe('create, rename, move, dissolve: each a dated change with its basis', () => {
  it('creates a unit under a parent from a day and finds it without diacritics', async () => {
    const res = await office.request(
      RECORD,
      change('CREATE', '2025-10-01', {
        newUnits: [{ code: 'ttdv', name: '  Trung tâm  Dịch vụ nông nghiệp ', kind: 'CENTER', parentId: id('SNNMT') }],
      }),
    );
    expect(res.errors).toBeUndefined();
    await reload();
    expect(byCode.get('TTDV')).toMatchObject({
      name: 'Trung tâm Dịch vụ nông nghiệp',
      parentId: id('SNNMT'),
      activeFrom: '2025-10-01',
      active: true,
    });
    const found = await office.request<{ units: UnitRow[] }>(UNITS, { filter: { search: 'dich vu nong nghiep' } });
    expect(found.data?.units.map((u) => u.code)).toEqual(['TTDV']);
  });

  it('renames it from a day, with a short name, then clears the short name from a later day', async () => {
    const renamed = await office.request(
      RECORD,
      change('RENAME', '2025-11-01', {
        unitId: id('TTDV'),
        name: 'Trung tâm Dịch vụ kỹ thuật nông nghiệp',
        shortName: 'TTDVKTNN',
      }),
    );
    expect(renamed.errors).toBeUndefined();
    await reload();
    expect(byCode.get('TTDV')).toMatchObject({ name: 'Trung tâm Dịch vụ kỹ thuật nông nghiệp', shortName: 'TTDVKTNN' });
    // Explicitly cleared: null (an empty string does the same); left out, it would stay.
    const cleared = await office.request(
      RECORD,
      change('RENAME', '2025-11-15', { unitId: id('TTDV'), shortName: null }),
    );
    expect(cleared.errors).toBeUndefined();
    await reload();
    expect(byCode.get('TTDV')).toMatchObject({ name: 'Trung tâm Dịch vụ kỹ thuật nông nghiệp', shortName: null });
    expect(
      await t.sql(
        `select valid_from::text, valid_to::text, name, short_name from unit_version where unit_id = ? order by valid_from`,
        [id('TTDV')],
      ),
    ).toEqual([
      { valid_from: '2025-10-01', valid_to: '2025-10-31', name: 'Trung tâm Dịch vụ nông nghiệp', short_name: null },
      {
        valid_from: '2025-11-01',
        valid_to: '2025-11-14',
        name: 'Trung tâm Dịch vụ kỹ thuật nông nghiệp',
        short_name: 'TTDVKTNN',
      },
      { valid_from: '2025-11-15', valid_to: null, name: 'Trung tâm Dịch vụ kỹ thuật nông nghiệp', short_name: null },
    ]);
  });

  it('moves it under another parent from a day', async () => {
    const res = await office.request(
      RECORD,
      change('MOVE', '2025-12-01', { unitId: id('TTDV'), parentId: id('CCPTNT') }),
    );
    expect(res.errors).toBeUndefined();
    await reload();
    expect(byCode.get('TTDV')?.parentId).toBe(id('CCPTNT'));
  });

  it('dissolves it, its tasks to its parent, and lists it only with includeInactive', async () => {
    const res = await office.request(RECORD, change('DISSOLVE', '2026-01-01', { unitId: id('TTDV') }));
    expect(res.errors).toBeUndefined();
    const active = await office.request<{ units: UnitRow[] }>(UNITS, { filter: { search: 'dich vu' } });
    expect(active.data?.units).toEqual([]);
    const all = await office.request<{ units: UnitRow[] }>(UNITS, {
      filter: { search: 'dich vu', includeInactive: true },
    });
    expect(all.data?.units.map((u) => [u.code, u.activeTo, u.active])).toEqual([['TTDV', '2025-12-31', false]]);
    expect(
      await t.sql<{ kind: string; basis: string; receiver: string }>(
        `select kind, basis_number as basis, event->>'receiverId' as receiver from unit_change
          where unit_ids @> ?::jsonb order by effective_on`,
        [JSON.stringify([id('TTDV')])],
      ),
    ).toEqual([
      { kind: 'CREATE', basis: BASIS.basisNumber, receiver: null },
      { kind: 'RENAME', basis: BASIS.basisNumber, receiver: null },
      { kind: 'RENAME', basis: BASIS.basisNumber, receiver: null },
      { kind: 'MOVE', basis: BASIS.basisNumber, receiver: null },
      { kind: 'DISSOLVE', basis: BASIS.basisNumber, receiver: id('CCPTNT') },
    ]);
    await reload();
  });

  it('the plain mutations that changed a unit from today, with no day and no basis, are gone', async () => {
    for (const [operation, input] of [
      ['createUnit', 'CreateUnitInput'],
      ['updateUnit', 'UpdateUnitInput'],
      ['moveUnit', 'MoveUnitInput'],
      ['deactivateUnit', 'DeactivateUnitInput'],
    ]) {
      const before = await snapshot();
      const res = await office.request(`mutation ($i: ${input}!) { ${operation}(input: $i) { id } }`, {
        i: { id: id('VP') },
      });
      expect(res.errors?.[0]?.extensions?.code, operation).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(await snapshot()).toEqual(before);
    }
  });
});

describe('Sửa thông tin: a correction that is no organisation change', () => {
  it('corrects a mistyped address in the current version and the place on the map, opening no version', async () => {
    const vp = byCode.get('VP') as UnitRow;
    const versions = () =>
      t.sql<{ valid_from: string; address: string | null }>(
        'select valid_from::text, address from unit_version where unit_id = ? order by valid_from',
        [vp.id],
      );
    const [first, ...earlier] = (await versions()).reverse();
    const res = await office.request<{ correctUnitDetails: UnitRow }>(CORRECT, {
      input: { id: vp.id, version: vp.version, address: ' Số 2 đường Hùng Vương, Lạng Sơn ', latitude: 21.8537 },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.correctUnitDetails).toMatchObject({
      name: vp.name,
      address: 'Số 2 đường Hùng Vương, Lạng Sơn',
      latitude: 21.8537,
      longitude: vp.longitude,
    });
    // The latest version holds the corrected address; no version is opened and earlier ones stay.
    const after = (await versions()).reverse();
    expect(after).toEqual([{ ...first, address: 'Số 2 đường Hùng Vương, Lạng Sơn' }, ...earlier]);
    expect(await t.sql('select id from unit_change where unit_ids @> ?::jsonb', [JSON.stringify([vp.id])])).toEqual([]);
    await reload();
  });

  const cases: [string, () => Record<string, unknown>, string][] = [
    [
      'a stale version',
      () => ({ id: id('VP'), version: (byCode.get('VP')?.version ?? 1) - 1, address: 'X' }),
      'UNIT_VERSION_CONFLICT',
    ],
    [
      'an unknown unit',
      () => ({ id: '00000000-0000-4000-8000-000000000000', version: 1, address: 'X' }),
      'UNIT_NOT_FOUND',
    ],
    [
      'a new name (only a rename, dated, may give one)',
      () => ({ id: id('VP'), version: byCode.get('VP')?.version, name: 'Văn phòng mới' }),
      'BAD_USER_INPUT',
    ],
    [
      'a latitude out of range',
      () => ({ id: id('VP'), version: byCode.get('VP')?.version, latitude: 91 }),
      'BAD_USER_INPUT',
    ],
    [
      'a too long address',
      () => ({ id: id('VP'), version: byCode.get('VP')?.version, address: 'a'.repeat(301) }),
      'BAD_USER_INPUT',
    ],
  ];
  it.each(cases)('refuses %s, saving nothing', async (_label, input, expected) => {
    const before = await snapshot();
    const res = await office.request(CORRECT, { input: input() });
    expect(res.errors?.[0]?.extensions?.code).toBe(expected);
    expect(res.errors?.[0]?.message).toMatch(/[àáảãạăâđèéêìíòóôơùúưỳý]/i);
    expect(await snapshot()).toEqual(before);
  });
});

describe('bad input is refused with a code and leaves nothing half-saved', () => {
  const NOBODY = '00000000-0000-4000-8000-000000000000';
  const create = (unit: Record<string, unknown>) =>
    change('CREATE', '2026-02-01', {
      newUnits: [{ code: 'X1', name: 'Đơn vị X', kind: 'OTHER', parentId: id('SNNMT'), ...unit }],
    });
  const cases: [string, () => Record<string, unknown>, string][] = [
    ['empty name', () => create({ name: '' }), 'BAD_USER_INPUT'],
    ['blank name', () => create({ name: '   ' }), 'BAD_USER_INPUT'],
    ['too long name', () => create({ name: 'a'.repeat(201) }), 'BAD_USER_INPUT'],
    ['bad code', () => create({ code: 'mã có dấu' }), 'BAD_USER_INPUT'],
    ['unknown parent', () => create({ parentId: NOBODY }), 'UNIT_PARENT_NOT_FOUND'],
    ['malformed parent id', () => create({ parentId: 'not-a-uuid' }), 'UNIT_PARENT_NOT_FOUND'],
    ['duplicate code', () => create({ code: 'cckl' }), 'UNIT_CODE_TAKEN'],
    ['unknown kind', () => create({ kind: 'NOPE' }), 'BAD_USER_INPUT'],
    ['no basis', () => ({ input: { ...create({}).input, basisNumber: '  ' } }), 'UNIT_CHANGE_BASIS_REQUIRED'],
    ['rename to empty', () => change('RENAME', '2026-02-01', { unitId: id('VP'), name: '' }), 'BAD_USER_INPUT'],
    [
      'rename to a taken code',
      () => change('RENAME', '2026-02-01', { unitId: id('VP'), code: 'TTRA' }),
      'UNIT_CODE_TAKEN',
    ],
    ['rename an unknown unit', () => change('RENAME', '2026-02-01', { unitId: NOBODY, name: 'X' }), 'UNIT_NOT_FOUND'],
    [
      'a rename that changes nothing',
      () => change('RENAME', '2026-02-01', { unitId: id('VP'), name: byCode.get('VP')?.name }),
      'UNIT_RENAME_UNCHANGED',
    ],
    [
      'clearing a short name the unit does not have',
      () => change('RENAME', '2026-02-01', { unitId: id('VP'), shortName: '' }),
      'UNIT_RENAME_UNCHANGED',
    ],
    [
      'move into itself',
      () => change('MOVE', '2026-02-01', { unitId: id('CCKL'), parentId: id('CCKL') }),
      'UNIT_CYCLE',
    ],
    [
      'move under its own child',
      () => change('MOVE', '2026-02-01', { unitId: id('CCKL'), parentId: id('HKL-CL') }),
      'UNIT_CYCLE',
    ],
    [
      'move the department',
      () => change('MOVE', '2026-02-01', { unitId: id('SNNMT'), parentId: id('VP') }),
      'UNIT_ROOT_LOCKED',
    ],
    [
      'move under an unknown unit',
      () => change('MOVE', '2026-02-01', { unitId: id('VP'), parentId: NOBODY }),
      'UNIT_PARENT_NOT_FOUND',
    ],
    [
      'dissolve with active sub-units',
      () => change('DISSOLVE', '2026-02-01', { unitId: id('CCKL') }),
      'UNIT_HAS_ACTIVE_CHILDREN',
    ],
    [
      'dissolve before it existed',
      () => change('DISSOLVE', '2000-01-01', { basisDate: '1999-12-01', unitId: id('VP') }),
      'UNIT_NOT_IN_FORCE',
    ],
    ['dissolve the department', () => change('DISSOLVE', '2026-02-01', { unitId: id('SNNMT') }), 'UNIT_ROOT_LOCKED'],
    ['dissolve twice', () => change('DISSOLVE', '2026-02-01', { unitId: id('TTDV') }), 'UNIT_NOT_IN_FORCE'],
    ['impossible date', () => change('DISSOLVE', '2026-02-30', { unitId: id('VP') }), 'BAD_USER_INPUT'],
  ];

  it.each(cases)('%s → %s', async (_label, variables, expected) => {
    const before = await snapshot();
    const res = await office.request(RECORD, variables());
    expect(res.errors?.[0]?.extensions?.code).toBe(expected);
    expect(typeof res.errors?.[0]?.message).toBe('string');
    // a Vietnamese message the UI can show
    expect(res.errors?.[0]?.message).toMatch(/[àáảãạăâđèéêìíòóôơùúưỳý]/i);
    expect(res.data).toBeNull();
    expect(await snapshot()).toEqual(before);
  });
});

describe('the audit trail of unit administration (issue 13)', () => {
  const TRAIL = 'query ($id: ID!) { auditTrail(entityId: $id) { action actorName before after reason } }';
  type Entry = { action: string; actorName: string; before: unknown; after: Record<string, unknown>; reason: string };

  it('records each change with who recorded it, its day and basis, and a correction with the old and new values', async () => {
    const me = await office.request<{ me: { fullName: string } }>('{ me { fullName } }');
    const created = await office.request(
      RECORD,
      change('CREATE', '2026-02-01', {
        newUnits: [{ code: 'AUDIT-1', name: 'Trạm Kiểm lâm Ghi Vết', kind: 'OTHER', parentId: id('CCKL') }],
      }),
    );
    expect(created.errors).toBeUndefined();
    await reload();
    const unitId = id('AUDIT-1');
    const steps = [
      change('RENAME', '2026-03-01', { unitId, name: 'Trạm Kiểm lâm Ghi Vết (đổi tên)' }),
      change('MOVE', '2026-04-01', { unitId, parentId: id('SNNMT') }),
    ];
    for (const step of steps) expect((await office.request(RECORD, step)).errors).toBeUndefined();
    await reload();
    const version = byCode.get('AUDIT-1')?.version;
    const corrected = await office.request(CORRECT, { input: { id: unitId, version, address: 'Xã Mẫu Sơn' } });
    expect(corrected.errors).toBeUndefined();
    // A correction that changes nothing records nothing.
    await reload();
    expect(
      (
        await office.request(CORRECT, {
          input: { id: unitId, version: byCode.get('AUDIT-1')?.version, address: 'Xã Mẫu Sơn' },
        })
      ).errors,
    ).toBeUndefined();
    expect((await office.request(RECORD, change('DISSOLVE', '2026-05-01', { unitId }))).errors).toBeUndefined();

    const trail = await office.request<{ auditTrail: Entry[] }>(TRAIL, { id: unitId });
    expect(trail.errors).toBeUndefined();
    const entries = trail.data?.auditTrail ?? [];
    expect(entries.map((e) => [e.action, e.actorName])).toEqual(
      ['CHANGE_CREATE', 'CHANGE_RENAME', 'CHANGE_MOVE', 'CORRECT', 'CHANGE_DISSOLVE'].map((a) => [
        a,
        me.data?.me.fullName,
      ]),
    );
    expect(entries.map((e) => [e.after.effectiveOn, e.after.basis])).toEqual([
      ['2026-02-01', BASIS.basisNumber],
      ['2026-03-01', BASIS.basisNumber],
      ['2026-04-01', BASIS.basisNumber],
      [undefined, undefined],
      ['2026-05-01', BASIS.basisNumber],
    ]);
    expect(entries[1]?.after.changes).toEqual({ name: 'Trạm Kiểm lâm Ghi Vết (đổi tên)' });
    expect(entries[3]).toMatchObject({
      before: { address: null },
      after: { address: 'Xã Mẫu Sơn' },
      reason: 'Sửa thông tin (không phải thay đổi tổ chức)',
    });
    expect(entries[4]?.after.receiverId).toBe(id('SNNMT'));
  });

  it('a refused change records nothing', async () => {
    const [before] = await t.sql<{ n: number }>(
      `select count(*)::int as n from audit_entry where entity_type = 'Unit'`,
    );
    const res = await office.request(
      RECORD,
      change('MOVE', '2026-02-01', { unitId: id('CCKL'), parentId: id('HKL-DL') }),
    );
    expect(res.errors?.[0]?.extensions?.code).toBeDefined();
    const [after] = await t.sql<{ n: number }>(`select count(*)::int as n from audit_entry where entity_type = 'Unit'`);
    expect(after?.n).toBe(before?.n);
  });
});
