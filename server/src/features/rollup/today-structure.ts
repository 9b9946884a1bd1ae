import { successorsOf, type UnitEvent } from '../units/unit-history.js';

/*
 * "Today's structure" (issue 16, item 4): a past year's figures shown under the units of today, for
 * trends across the reform. A unit's past goes to the units that carry on its work today (successorsOf:
 * a merge's target, each new unit of a split, to the end of a chain of changes). A unit no merge or split
 * ended is its own place, whether it still exists or was dissolved; a unit created later has no past.
 * A split unit's past is shown under each of its successors, marked as shared: such rows must never be
 * added up, and totals are always counted over the year's own units, once each.
 */

/** One place where a unit's past is shown today. */
export interface TodayPlace {
  /** The unit as it was (the year's unit). */
  unitId: string;
  /** A unit of today carrying its past. */
  todayId: string;
  /** The past is shown under other units of today too (it went through a split). */
  shared: boolean;
}

/** The places of every unit a merge or a split ended; a unit not listed is its own place. */
export function todayPlaces(events: readonly UnitEvent[]): TodayPlace[] {
  const ended = new Set<string>();
  for (const event of events) {
    if (event.kind === 'MERGE') for (const id of event.sourceIds) if (id !== event.targetId) ended.add(id);
    if (event.kind === 'SPLIT') ended.add(event.sourceId);
  }
  return [...ended].flatMap((unitId) => {
    const today = successorsOf(events, unitId);
    return today.map((todayId) => ({ unitId, todayId, shared: today.length > 1 }));
  });
}

/** Where one unit's past is shown today. */
export function placesOf(places: readonly TodayPlace[], unitId: string): TodayPlace[] {
  const mine = places.filter((p) => p.unitId === unitId);
  return mine.length ? mine : [{ unitId, todayId: unitId, shared: false }];
}

/** The units of a year whose past a unit of today carries: itself (unless it ended) and its predecessors. */
export function originalsOf(places: readonly TodayPlace[], todayId: string): string[] {
  const before = places.filter((p) => p.todayId === todayId).map((p) => p.unitId);
  return places.some((p) => p.unitId === todayId) ? before : [todayId, ...before];
}

/** A row of today's structure: a unit of today and the year's rows it carries. */
export interface TodayRow<T> {
  todayId: string;
  /** The year's rows under this unit of today, each once, in the order given. */
  rows: T[];
  /** Some of them are shown under other units of today too (a split): the row must not be added up. */
  shared: boolean;
}

/**
 * The year's per-unit rows regrouped under today's units, in the order each unit of today first appears.
 * A split unit's row goes under each of its successors, marked shared; `within` (the units of today a
 * roll-up over a sub-tree covers) drops the others. Totals are never made from these rows.
 */
export function ontoToday<T extends { unitId: string }>(
  rows: readonly T[],
  places: readonly TodayPlace[],
  within: ReadonlySet<string> | null = null,
): TodayRow<T>[] {
  const grouped = new Map<string, TodayRow<T>>();
  for (const row of rows) {
    for (const place of placesOf(places, row.unitId)) {
      if (within && !within.has(place.todayId)) continue;
      const group = grouped.get(place.todayId) ?? { todayId: place.todayId, rows: [], shared: false };
      if (!group.rows.includes(row)) group.rows.push(row);
      group.shared ||= place.shared;
      grouped.set(place.todayId, group);
    }
  }
  return [...grouped.values()];
}
