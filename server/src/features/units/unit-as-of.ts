import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { UnitKind } from './unit.entity.js';

/*
 * A record's unit as it was on the record's day (issue 16, "records pin their time"): the lists name a
 * 2021 visit's unit as its minutes and the 2021 roll-up do, not by today's name. Pure: the loader
 * (unit-as-of-loader.ts) reads the records' dates, the units' versions and the changes, and these rules
 * pick what is shown. Dates are YYYY-MM-DD strings.
 */

/**
 * The unit's version in force on a record's day, with what the unit is called today. Its own type (not
 * `Unit`), keyed by the unit and the version's first day, so that a past name never overwrites the unit's
 * current entry in the client's cache.
 */
@ObjectType({
  description: 'Đơn vị như tại ngày của hồ sơ (phiên bản có hiệu lực ngày đó) và tên đơn vị ngày nay',
  simpleResolvers: true,
})
export class UnitAsOf {
  @Field(() => ID, { description: '<unitId>@<validFrom>: one per version of the unit' })
  id!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  shortName!: string | null;

  @Field(() => UnitKind)
  kind!: UnitKind;

  @Field(() => GraphQLLocalDate, { description: 'Phiên bản có hiệu lực từ ngày' })
  validFrom!: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Ngày cuối của phiên bản; null khi còn hiệu lực' })
  validTo!: string | null;

  @Field(() => [String], {
    description:
      'Tên ngày nay: của chính đơn vị khi còn hoạt động, hoặc của các đơn vị kế thừa (hợp nhất, chia tách); trống khi đơn vị đã giải thể',
  })
  todayNames!: string[];
}

/** What dates a visit (or a plan line, through its visit): the day it took place, or its plan. */
export interface RecordDating {
  visitDate: string | null;
  planYear: number | null;
  plannedMonth: number | null;
}

/**
 * The day a visit's unit is named for: the visit's day once it has one (the minutes are dated so). A
 * visit not made yet is named as the unit will be when it can take place: the first day of its planned
 * month, not before today (it cannot happen earlier) and not after its plan year's last day (a visit of
 * a past plan never made belongs to that year, as its roll-up shows it). Without a plan: today.
 */
export function recordDay(dating: RecordDating, today: string): string {
  if (dating.visitDate) return dating.visitDate;
  if (dating.planYear === null) return today;
  const month = String(dating.plannedMonth ?? 1).padStart(2, '0');
  const due = `${dating.planYear}-${month}-01`;
  const yearEnd = `${dating.planYear}-12-31`;
  const earliest = due > today ? due : today;
  return earliest < yearEnd ? earliest : yearEnd;
}

/** One dated version of a unit as the loader reads it. */
export interface DatedVersion {
  validFrom: string;
  validTo: string | null;
  code: string;
  name: string;
  shortName: string | null;
  kind: UnitKind;
}

/**
 * The version shown for a day: the last to begin on or before it (as the minutes head the unit: the
 * version in force, or after the unit ended its last one); for a day before the unit's first version,
 * that first version. Null when the unit has no version.
 */
export function versionOnDay<V extends { validFrom: string }>(versions: readonly V[], day: string): V | null {
  const sorted = [...versions].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  return sorted.filter((v) => v.validFrom <= day).at(-1) ?? sorted[0] ?? null;
}

/** A unit as it stands today: its row. */
export interface UnitToday {
  id: string;
  name: string;
  activeTo: string | null;
}

const activeOn = (unit: UnitToday, today: string) => unit.activeTo === null || unit.activeTo >= today;

/**
 * What a unit is called today, given the units that carry its work (successorsOf: itself, a merge's
 * target, a split's new units): the names of those still active. A dissolved unit with no successor has
 * none.
 */
export function todayNames(successorIds: readonly string[], units: ReadonlyMap<string, UnitToday>, today: string) {
  return successorIds.flatMap((id) => {
    const unit = units.get(id);
    return unit && activeOn(unit, today) ? [unit.name] : [];
  });
}

/** Whether a unit has ended by today, so that the changes must be read to find what carries its work. */
export const hasEnded = (unit: UnitToday, today: string): boolean => !activeOn(unit, today);
