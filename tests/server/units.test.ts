import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLCaller } from '../helpers/test-app.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

interface UnitRow {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  active: boolean;
  activeFrom: string;
  activeTo: string | null;
  version: number;
}
const FIELDS = 'id code name parentId active activeFrom activeTo version kind';
const UNITS = `query ($filter: UnitFilter) { units(filter: $filter) { ${FIELDS} } }`;
const CREATE = `mutation ($input: CreateUnitInput!) { createUnit(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateUnitInput!) { updateUnit(input: $input) { ${FIELDS} } }`;
const MOVE = `mutation ($input: MoveUnitInput!) { moveUnit(input: $input) { ${FIELDS} } }`;
const DEACTIVATE = `mutation ($input: DeactivateUnitInput!) { deactivateUnit(input: $input) { ${FIELDS} } }`;

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
const snapshot = () => t.sql('select id, code, name, parent_id, active_from, active_to, version from unit order by id');

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

describe('create, rename, move, deactivate', () => {
  it('creates a unit under a parent and finds it without diacritics', async () => {
    const res = await office.request<{ createUnit: UnitRow }>(CREATE, {
      input: {
        code: 'ttdv',
        name: '  Trung tâm  Dịch vụ nông nghiệp ',
        kind: 'CENTER',
        parentId: id('SNNMT'),
        activeFrom: '2026-01-01',
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.createUnit).toMatchObject({
      code: 'TTDV',
      name: 'Trung tâm Dịch vụ nông nghiệp',
      parentId: id('SNNMT'),
      activeFrom: '2026-01-01',
      active: true,
      version: 1,
    });
    const found = await office.request<{ units: UnitRow[] }>(UNITS, { filter: { search: 'dich vu nong nghiep' } });
    expect(found.data?.units.map((u) => u.code)).toEqual(['TTDV']);
    await reload();
  });

  it('renames a unit and bumps its version; a stale version is a conflict', async () => {
    const unit = byCode.get('TTDV') as UnitRow;
    const renamed = await office.request<{ updateUnit: UnitRow }>(UPDATE, {
      input: { id: unit.id, version: unit.version, name: 'Trung tâm Dịch vụ kỹ thuật nông nghiệp' },
    });
    expect(renamed.data?.updateUnit).toMatchObject({ name: 'Trung tâm Dịch vụ kỹ thuật nông nghiệp', version: 2 });
    const stale = await office.request(UPDATE, { input: { id: unit.id, version: unit.version, name: 'Tên cũ' } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('UNIT_VERSION_CONFLICT');
    await reload();
  });

  it('moves a unit under another parent', async () => {
    const res = await office.request<{ moveUnit: UnitRow }>(MOVE, {
      input: { id: id('TTDV'), parentId: id('CCPTNT') },
    });
    expect(res.data?.moveUnit.parentId).toBe(id('CCPTNT'));
    await reload();
  });

  it('deactivates a unit without active sub-units, and lists it only with includeInactive', async () => {
    const res = await office.request<{ deactivateUnit: UnitRow }>(DEACTIVATE, {
      input: { id: id('TTDV'), activeTo: '2026-06-30' },
    });
    expect(res.data?.deactivateUnit).toMatchObject({ activeTo: '2026-06-30', active: false });
    const active = await office.request<{ units: UnitRow[] }>(UNITS, { filter: { search: 'dich vu' } });
    expect(active.data?.units).toEqual([]);
    const all = await office.request<{ units: UnitRow[] }>(UNITS, {
      filter: { search: 'dich vu', includeInactive: true },
    });
    expect(all.data?.units.map((u) => u.code)).toEqual(['TTDV']);
  });
});

describe('bad input is refused with a code and leaves nothing half-saved', () => {
  const cases: [string, string, () => Record<string, unknown>, string][] = [
    [
      'empty name',
      CREATE,
      () => ({ input: { code: 'X1', name: '', kind: 'OTHER', parentId: id('SNNMT') } }),
      'BAD_USER_INPUT',
    ],
    [
      'blank name',
      CREATE,
      () => ({ input: { code: 'X1', name: '   ', kind: 'OTHER', parentId: id('SNNMT') } }),
      'BAD_USER_INPUT',
    ],
    [
      'too long name',
      CREATE,
      () => ({ input: { code: 'X1', name: 'a'.repeat(201), kind: 'OTHER', parentId: id('SNNMT') } }),
      'BAD_USER_INPUT',
    ],
    [
      'bad code',
      CREATE,
      () => ({ input: { code: 'mã có dấu', name: 'Đơn vị X', kind: 'OTHER', parentId: id('SNNMT') } }),
      'BAD_USER_INPUT',
    ],
    [
      'unknown parent',
      CREATE,
      () => ({
        input: { code: 'X1', name: 'Đơn vị X', kind: 'OTHER', parentId: '00000000-0000-4000-8000-000000000000' },
      }),
      'UNIT_PARENT_NOT_FOUND',
    ],
    [
      'malformed parent id',
      CREATE,
      () => ({ input: { code: 'X1', name: 'Đơn vị X', kind: 'OTHER', parentId: 'not-a-uuid' } }),
      'UNIT_PARENT_NOT_FOUND',
    ],
    [
      'duplicate code',
      CREATE,
      () => ({ input: { code: 'cckl', name: 'Chi cục Kiểm lâm 2', kind: 'SUB_DEPARTMENT', parentId: id('SNNMT') } }),
      'UNIT_CODE_TAKEN',
    ],
    [
      'latitude out of range',
      CREATE,
      () => ({ input: { code: 'X1', name: 'Đơn vị X', kind: 'OTHER', parentId: id('SNNMT'), latitude: 91 } }),
      'BAD_USER_INPUT',
    ],
    [
      'unknown kind',
      CREATE,
      () => ({ input: { code: 'X1', name: 'Đơn vị X', kind: 'NOPE', parentId: id('SNNMT') } }),
      'BAD_USER_INPUT',
    ],
    ['rename to empty', UPDATE, () => ({ input: { id: id('VP'), name: '' } }), 'BAD_USER_INPUT'],
    [
      'rename to a taken code',
      UPDATE,
      () => ({ input: { id: id('VP'), code: 'TTRA', name: 'Văn phòng mới' } }),
      'UNIT_CODE_TAKEN',
    ],
    [
      'update an unknown unit',
      UPDATE,
      () => ({ input: { id: '00000000-0000-4000-8000-000000000000', name: 'X' } }),
      'UNIT_NOT_FOUND',
    ],
    ['move into itself', MOVE, () => ({ input: { id: id('CCKL'), parentId: id('CCKL') } }), 'UNIT_CYCLE'],
    ['move under its own child', MOVE, () => ({ input: { id: id('CCKL'), parentId: id('HKL-CL') } }), 'UNIT_CYCLE'],
    ['move the department', MOVE, () => ({ input: { id: id('SNNMT'), parentId: id('VP') } }), 'UNIT_ROOT_LOCKED'],
    [
      'move under an unknown unit',
      MOVE,
      () => ({ input: { id: id('VP'), parentId: '00000000-0000-4000-8000-000000000000' } }),
      'UNIT_PARENT_NOT_FOUND',
    ],
    ['deactivate with active sub-units', DEACTIVATE, () => ({ input: { id: id('CCKL') } }), 'UNIT_HAS_ACTIVE_CHILDREN'],
    [
      'deactivate before it started',
      DEACTIVATE,
      () => ({ input: { id: id('VP'), activeTo: '2000-01-01' } }),
      'UNIT_DATES_INVALID',
    ],
    ['deactivate the department', DEACTIVATE, () => ({ input: { id: id('SNNMT') } }), 'UNIT_ROOT_LOCKED'],
    ['deactivate twice', DEACTIVATE, () => ({ input: { id: id('TTDV') } }), 'UNIT_ALREADY_INACTIVE'],
    ['impossible date', DEACTIVATE, () => ({ input: { id: id('VP'), activeTo: '2026-02-30' } }), 'BAD_USER_INPUT'],
  ];

  it.each(cases)('%s → %s', async (_label, mutation, variables, expected) => {
    const before = await snapshot();
    const res = await office.request(mutation, variables());
    expect(res.errors?.[0]?.extensions?.code).toBe(expected);
    expect(typeof res.errors?.[0]?.message).toBe('string');
    // a Vietnamese message the UI can show
    expect(res.errors?.[0]?.message).toMatch(/[àáảãạăâđèéêìíòóôơùúưỳý]/i);
    expect(res.data).toBeNull();
    expect(await snapshot()).toEqual(before);
  });
});

describe('the audit trail of unit administration (issue 13)', () => {
  const TRAIL = 'query ($id: ID!) { auditTrail(entityId: $id) { action actorName before after } }';

  it('records create, update, move and deactivate with who did it and the old and new values', async () => {
    const me = await office.request<{ me: { fullName: string } }>('{ me { fullName } }');
    const created = await office.request<{ createUnit: UnitRow }>(CREATE, {
      input: { code: 'AUDIT-1', name: 'Trạm Kiểm lâm Ghi Vết', kind: 'OTHER', parentId: id('CCKL') },
    });
    expect(created.errors).toBeUndefined();
    const unitId = created.data?.createUnit.id as string;
    const updated = await office.request(UPDATE, { input: { id: unitId, name: 'Trạm Kiểm lâm Ghi Vết (đổi tên)' } });
    expect(updated.errors).toBeUndefined();
    // An edit that changes nothing records nothing.
    expect(
      (await office.request(UPDATE, { input: { id: unitId, name: 'Trạm Kiểm lâm Ghi Vết (đổi tên)' } })).errors,
    ).toBeUndefined();
    expect((await office.request(MOVE, { input: { id: unitId, parentId: id('SNNMT') } })).errors).toBeUndefined();
    const deactivated = await office.request<{ deactivateUnit: UnitRow }>(DEACTIVATE, { input: { id: unitId } });
    expect(deactivated.errors).toBeUndefined();

    const trail = await office.request<{
      auditTrail: { action: string; actorName: string; before: unknown; after: Record<string, unknown> }[];
    }>(TRAIL, { id: unitId });
    expect(trail.errors).toBeUndefined();
    const entries = trail.data?.auditTrail ?? [];
    expect(entries.map((e) => [e.action, e.actorName])).toEqual(
      ['CREATE', 'UPDATE', 'MOVE', 'DEACTIVATE'].map((a) => [a, me.data?.me.fullName]),
    );
    expect(entries[0]).toMatchObject({
      before: null,
      after: { code: 'AUDIT-1', name: 'Trạm Kiểm lâm Ghi Vết', kind: 'OTHER', parentId: id('CCKL'), activeTo: null },
    });
    expect(entries.slice(1).map((e) => [e.before, e.after])).toEqual([
      [{ name: 'Trạm Kiểm lâm Ghi Vết' }, { name: 'Trạm Kiểm lâm Ghi Vết (đổi tên)' }],
      [{ parentId: id('CCKL') }, { parentId: id('SNNMT') }],
      [{ activeTo: null }, { activeTo: deactivated.data?.deactivateUnit.activeTo }],
    ]);
  });

  it('a refused change records nothing', async () => {
    const [before] = await t.sql<{ n: number }>(
      `select count(*)::int as n from audit_entry where entity_type = 'Unit'`,
    );
    const res = await office.request(MOVE, { input: { id: id('CCKL'), parentId: id('HKL-DL') } });
    expect(res.errors?.[0]?.extensions?.code).toBeDefined();
    const [after] = await t.sql<{ n: number }>(`select count(*)::int as n from audit_entry where entity_type = 'Unit'`);
    expect(after?.n).toBe(before?.n);
  });
});
