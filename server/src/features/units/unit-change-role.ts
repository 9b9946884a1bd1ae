import type { UnitEvent } from './unit-history.js';

/*
 * A change as one unit's timeline tells it (issue 16): a merge reads "Sáp nhập vào X" on a unit it
 * ended and "Tiếp nhận sáp nhập: A, B" on the unit that took them in and carries on; a split's new unit
 * reads "Thành lập do chia tách từ X"; a dissolution's receiver reads "Tiếp nhận nhiệm vụ của đơn vị giải
 * thể: X". Pure: the role of the unit in the event and the other units the line names.
 */

export const UNIT_CHANGE_ROLES = [
  'CREATED',
  'RENAMED',
  'MOVED',
  /** A source of a merge into a unit that existed. */
  'MERGED_INTO',
  /** A source of a merge into a unit the merge created. */
  'MERGED_INTO_NEW',
  /** The existing unit a merge took the sources into, which carries on. */
  'RECEIVED_MERGER',
  /** The new unit a merge created. */
  'CREATED_BY_MERGER',
  /** A sub-unit of a merged unit, moved under the target. */
  'MOVED_BY_MERGER',
  'SPLIT_INTO',
  'CREATED_BY_SPLIT',
  'DISSOLVED',
  /** The unit that took over a dissolved unit's tasks. */
  'RECEIVED_DISSOLVED',
] as const;
export type UnitChangeRole = (typeof UNIT_CHANGE_ROLES)[number];

export interface RoleInChange {
  role: UnitChangeRole;
  /** The other units the line names, as ids, in the event's order. */
  others: string[];
}

/**
 * The part in the event of a unit the change concerns (one it touched, or its merge target or receiver),
 * or null when the event names it nowhere.
 */
export function roleIn(event: UnitEvent, unitId: string): RoleInChange | null {
  switch (event.kind) {
    case 'CREATE':
      return event.unitId === unitId ? { role: 'CREATED', others: [] } : null;
    case 'RENAME':
      return event.unitId === unitId ? { role: 'RENAMED', others: [] } : null;
    case 'MOVE':
      return event.unitId === unitId ? { role: 'MOVED', others: [event.parentId] } : null;
    case 'MERGE': {
      const created = event.targetAttributes !== undefined;
      if (event.sourceIds.includes(unitId))
        return { role: created ? 'MERGED_INTO_NEW' : 'MERGED_INTO', others: [event.targetId] };
      if (event.targetId === unitId)
        return { role: created ? 'CREATED_BY_MERGER' : 'RECEIVED_MERGER', others: [...event.sourceIds] };
      // Any other unit a merge touched is a sub-unit of a source, moved under the target.
      return { role: 'MOVED_BY_MERGER', others: [event.targetId] };
    }
    case 'SPLIT':
      if (event.sourceId === unitId) return { role: 'SPLIT_INTO', others: event.targets.map((t) => t.unitId) };
      return event.targets.some((t) => t.unitId === unitId)
        ? { role: 'CREATED_BY_SPLIT', others: [event.sourceId] }
        : null;
    case 'DISSOLVE':
      if (event.unitId === unitId) return { role: 'DISSOLVED', others: event.receiverId ? [event.receiverId] : [] };
      return event.receiverId === unitId ? { role: 'RECEIVED_DISSOLVED', others: [event.unitId] } : null;
  }
}
