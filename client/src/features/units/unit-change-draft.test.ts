import { describe, expect, it } from 'vitest';
import type { UnitFieldsFragment } from '../../apollo/generated/graphql';
import { changeInput, changeKindsOf, initialDraft, newUnitsFor, type UnitChangeDraft } from './unit-change-draft';

const UNIT: UnitFieldsFragment = {
  id: 'u-td',
  parentId: 'u-cckl',
  name: 'Hạt Kiểm lâm huyện Tràng Định',
  shortName: 'HKL TĐ',
  code: 'HKL-TD',
  kind: 'RANGER_STATION',
  active: true,
  activeFrom: '2020-01-01',
  activeTo: null,
  address: null,
  latitude: null,
  longitude: null,
  version: 1,
};
const BASE = { effectiveOn: '01/07/2025', basisNumber: ' 123/QĐ-UBND ', basisDate: '25/06/2025' };
const draft = (changes: Partial<UnitChangeDraft>): UnitChangeDraft => ({ ...initialDraft(UNIT), ...BASE, ...changes });
const SENT = { effectiveOn: '2025-07-01', basisDate: '2025-06-25', basisNumber: '123/QĐ-UBND' };

describe('the change wizard input', () => {
  it('waits for both days written dd/mm/yyyy', () => {
    expect(changeInput({ ...draft({}), effectiveOn: '2025-07-01' }, UNIT)).toBeNull();
    expect(changeInput({ ...draft({}), basisDate: '31/02/2025' }, UNIT)).toBeNull();
  });

  it('a rename sends only what differs from the unit today', () => {
    const d = draft({ kind: 'RENAME' });
    d.rename = { ...d.rename, name: ' Hạt Kiểm lâm khu vực Tràng Định ', address: 'Thị trấn Thất Khê' };
    expect(changeInput(d, UNIT)).toEqual({
      kind: 'RENAME',
      ...SENT,
      unitId: 'u-td',
      name: 'Hạt Kiểm lâm khu vực Tràng Định',
      code: undefined,
      shortName: undefined,
      unitKind: undefined,
      address: 'Thị trấn Thất Khê',
    });
  });

  it('a rename starts from the unit as it is; a short name emptied is sent as null, which clears it', () => {
    const d = draft({ kind: 'RENAME' });
    expect(d.rename).toEqual({
      name: 'Hạt Kiểm lâm huyện Tràng Định',
      shortName: 'HKL TĐ',
      code: 'HKL-TD',
      kind: 'RANGER_STATION',
      address: '',
    });
    d.rename = { ...d.rename, shortName: '  ' };
    expect(changeInput(d, UNIT)).toMatchObject({ kind: 'RENAME', unitId: 'u-td', name: undefined, shortName: null });
    // A unit with no short name: an empty field is no change.
    const plain = { ...UNIT, shortName: null };
    expect(changeInput({ ...initialDraft(plain), ...BASE }, plain)?.shortName).toBeUndefined();
  });

  it('the wizard opened by an action starts at its kind; the department is only renamed or given units', () => {
    expect(initialDraft(UNIT, 'DISSOLVE').kind).toBe('DISSOLVE');
    expect(initialDraft(UNIT, 'CREATE').newUnits.map((u) => u.parentId)).toEqual(['u-td']);
    expect(initialDraft(UNIT).kind).toBe('RENAME');
    expect(changeKindsOf({ ...UNIT, parentId: null })).toEqual(['CREATE', 'RENAME']);
    expect(changeKindsOf(UNIT)).toContain('MERGE');
  });

  it('a merge takes this unit and the others, into an existing unit or a new one', () => {
    const into = draft({ kind: 'MERGE', otherSourceIds: ['u-vl'], targetId: 'u-cl' });
    expect(changeInput(into, UNIT)).toEqual({ kind: 'MERGE', ...SENT, sourceIds: ['u-td', 'u-vl'], targetId: 'u-cl' });
    // The unit taking over may take a new name and short name from the same day.
    const renaming = { ...into, targetName: ' Hạt Kiểm lâm khu vực Cao Lộc ', targetShortName: 'HKL KV CL' };
    expect(changeInput(renaming, UNIT)).toMatchObject({
      targetId: 'u-cl',
      targetName: 'Hạt Kiểm lâm khu vực Cao Lộc',
      targetShortName: 'HKL KV CL',
    });
    const [fresh] = newUnitsFor('MERGE', UNIT);
    if (!fresh) throw new Error('no new unit');
    const asNew = draft({
      kind: 'MERGE',
      otherSourceIds: ['u-vl'],
      mergeInto: 'NEW',
      newUnits: [{ ...fresh, name: 'Hạt Kiểm lâm khu vực I', code: 'hkl-kv1 ' }],
    });
    expect(changeInput(asNew, UNIT)).toEqual({
      kind: 'MERGE',
      ...SENT,
      sourceIds: ['u-td', 'u-vl'],
      newUnits: [
        {
          name: 'Hạt Kiểm lâm khu vực I',
          code: 'hkl-kv1',
          shortName: null,
          kind: 'RANGER_STATION',
          parentId: 'u-cckl',
          address: null,
        },
      ],
    });
  });

  it('a split starts with two new units beside the unit, the first its main successor', () => {
    const units = newUnitsFor('SPLIT', UNIT);
    expect(units.map((u) => [u.parentId, u.kind])).toEqual([
      ['u-cckl', 'RANGER_STATION'],
      ['u-cckl', 'RANGER_STATION'],
    ]);
    const input = changeInput(draft({ kind: 'SPLIT', newUnits: units }), UNIT);
    expect(input?.unitId).toBe('u-td');
    expect(input?.newUnits).toHaveLength(2);
  });

  it('a creation is under the unit; a move and a dissolution name the unit', () => {
    expect(newUnitsFor('CREATE', UNIT)[0]?.parentId).toBe('u-td');
    expect(changeInput(draft({ kind: 'MOVE', parentId: 'u-snn' }), UNIT)).toEqual({
      kind: 'MOVE',
      ...SENT,
      unitId: 'u-td',
      parentId: 'u-snn',
    });
    // No receiver chosen: the server hands over to the parent.
    expect(changeInput(draft({ kind: 'DISSOLVE' }), UNIT)).toEqual({
      kind: 'DISSOLVE',
      ...SENT,
      unitId: 'u-td',
      receiverId: null,
    });
    expect(changeInput(draft({ kind: 'DISSOLVE', receiverId: 'u-cl' }), UNIT)).toEqual({
      kind: 'DISSOLVE',
      ...SENT,
      unitId: 'u-td',
      receiverId: 'u-cl',
    });
  });
});
