/**
 * A past record's unit as the server names it for the record's day (`unitAsOf`: its version then) and
 * what it is called today. Absent on a record a phone kept from before the field existed: the record's
 * unit (today's entry) is shown instead.
 */
export interface UnitAsOfShown {
  name: string;
  todayNames: readonly string[];
}

/** What to add after the name: today's names when they differ from it, `gone` when the unit no longer exists. */
export type UnitTodayHint = { names: string } | 'gone' | null;

export function unitTodayHint(asOf: UnitAsOfShown): UnitTodayHint {
  if (asOf.todayNames.length === 0) return 'gone';
  if (asOf.todayNames.length === 1 && asOf.todayNames[0] === asOf.name) return null;
  return { names: asOf.todayNames.join('; ') };
}
