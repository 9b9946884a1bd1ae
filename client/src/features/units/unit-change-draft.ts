import type {
  NewUnitInput,
  RecordUnitChangeInput,
  UnitChangeKind,
  UnitFieldsFragment,
  UnitKind,
} from '../../apollo/generated/graphql';
import { parseVietnameseDate } from '../../i18n/format';

/*
 * The change wizard's state, and the input it sends (the same for the preview and the record): pure,
 * so that what each kind sends is tested without a screen.
 */

export const CHANGE_KINDS = [
  'CREATE',
  'RENAME',
  'MOVE',
  'MERGE',
  'SPLIT',
  'DISSOLVE',
] as const satisfies readonly UnitChangeKind[];

/** A unit the change creates, as typed. */
export interface NewUnitDraft {
  name: string;
  shortName: string;
  code: string;
  kind: UnitKind;
  parentId: string;
  address: string;
}

export interface UnitChangeDraft {
  kind: UnitChangeKind;
  /** dd/mm/yyyy as typed. */
  effectiveOn: string;
  basisNumber: string;
  basisDate: string;
  /** Đổi tên: the unit's attributes from the change's day. */
  rename: { name: string; shortName: string; code: string; kind: UnitKind; address: string };
  /** Điều chuyển: the new parent. */
  parentId: string;
  /** Hợp nhất: the other units merged together with this one, and into what. */
  otherSourceIds: string[];
  mergeInto: 'EXISTING' | 'NEW';
  targetId: string;
  /** Hợp nhất into an existing unit: its new name and short name from the day; empty keeps them. */
  targetName: string;
  targetShortName: string;
  /** Giải thể: the unit taking over its tasks; empty for its parent. */
  receiverId: string;
  /** Thành lập: one; hợp nhất into a new unit: one; chia tách: two or more, the first the main successor. */
  newUnits: NewUnitDraft[];
}

export const blankNewUnit = (parentId: string, kind: UnitKind): NewUnitDraft => ({
  name: '',
  shortName: '',
  code: '',
  kind,
  parentId,
  address: '',
});

/** The new units a kind starts with: a creation under the unit, a merge's or a split's beside it. */
export function newUnitsFor(kind: UnitChangeKind, unit: UnitFieldsFragment): NewUnitDraft[] {
  const beside = () => blankNewUnit(unit.parentId ?? '', unit.kind);
  if (kind === 'CREATE') return [blankNewUnit(unit.id, 'DIVISION')];
  if (kind === 'MERGE') return [beside()];
  if (kind === 'SPLIT') return [beside(), beside()];
  return [];
}

/** The kinds of change a unit can go through: the department itself is only renamed or given new units. */
export const changeKindsOf = (unit: UnitFieldsFragment): readonly UnitChangeKind[] =>
  unit.parentId ? CHANGE_KINDS : ['CREATE', 'RENAME'];

/** A blank change of `kind` (by default a rename) for the unit, its rename fields holding what it is today. */
export function initialDraft(unit: UnitFieldsFragment, kind: UnitChangeKind = 'RENAME'): UnitChangeDraft {
  return {
    kind,
    effectiveOn: '',
    basisNumber: '',
    basisDate: '',
    rename: {
      name: unit.name,
      shortName: unit.shortName ?? '',
      code: unit.code,
      kind: unit.kind,
      address: unit.address ?? '',
    },
    parentId: '',
    otherSourceIds: [],
    mergeInto: 'EXISTING',
    targetId: '',
    targetName: '',
    targetShortName: '',
    receiverId: '',
    newUnits: newUnitsFor(kind, unit),
  };
}

const newUnitInput = (u: NewUnitDraft): NewUnitInput => ({
  name: u.name.trim(),
  code: u.code.trim(),
  shortName: u.shortName.trim() || null,
  kind: u.kind,
  parentId: u.parentId,
  address: u.address.trim() || null,
});

/**
 * What the wizard sends for the unit it was opened on; null while a day is not written dd/mm/yyyy. A
 * rename sends only what differs from the unit today: a short name emptied is sent as null, which clears it.
 */
export function changeInput(draft: UnitChangeDraft, unit: UnitFieldsFragment): RecordUnitChangeInput | null {
  const effectiveOn = parseVietnameseDate(draft.effectiveOn);
  const basisDate = parseVietnameseDate(draft.basisDate);
  if (!effectiveOn || !basisDate) return null;
  const base = { kind: draft.kind, effectiveOn, basisDate, basisNumber: draft.basisNumber.trim() };
  switch (draft.kind) {
    case 'CREATE':
      return { ...base, newUnits: draft.newUnits.slice(0, 1).map(newUnitInput) };
    case 'RENAME': {
      const r = draft.rename;
      const changed = <T>(value: T, was: T) => (value !== was ? value : undefined);
      return {
        ...base,
        unitId: unit.id,
        name: changed(r.name.trim(), unit.name),
        code: changed(r.code.trim(), unit.code),
        shortName: changed(r.shortName.trim() || null, unit.shortName ?? null),
        unitKind: changed(r.kind, unit.kind),
        address: changed(r.address.trim() || null, unit.address ?? null),
      };
    }
    case 'MOVE':
      return { ...base, unitId: unit.id, parentId: draft.parentId || null };
    case 'MERGE': {
      const sourceIds = [unit.id, ...draft.otherSourceIds];
      return draft.mergeInto === 'NEW'
        ? { ...base, sourceIds, newUnits: draft.newUnits.slice(0, 1).map(newUnitInput) }
        : {
            ...base,
            sourceIds,
            targetId: draft.targetId || null,
            targetName: draft.targetName.trim() || undefined,
            targetShortName: draft.targetShortName.trim() || undefined,
          };
    }
    case 'SPLIT':
      return { ...base, unitId: unit.id, newUnits: draft.newUnits.map(newUnitInput) };
    case 'DISSOLVE':
      return { ...base, unitId: unit.id, receiverId: draft.receiverId || null };
  }
}
