import type { EntityManager } from '@mikro-orm/postgresql';
import { todayLocalDate } from '../../common/local-date.js';
import { sql } from '../../common/sql.js';
import { executeSql } from '../../db/read-path/read-rows.js';
import type { UnitKind } from './unit.entity.js';
import {
  type DatedVersion,
  hasEnded,
  recordDay,
  todayNames,
  type UnitAsOf,
  type UnitToday,
  versionOnDay,
} from './unit-as-of.js';
import { successorsOf, type UnitEvent } from './unit-history.js';

/** A unit named as of a record's day: the record is a visit, or a plan line (dated by its visit). */
export type UnitAsOfKey = { unitId: string; visitId: string } | { unitId: string; planLineId: string };

interface Waiting {
  key: UnitAsOfKey;
  resolve: (unit: UnitAsOf) => void;
  reject: (e: unknown) => void;
}

interface UnitRowRead {
  id: string;
  code: string;
  name: string;
  kind: UnitKind;
  active_from: string;
  active_to: string | null;
}

/**
 * Each asked record's visit day, planned month and plan year. A plan line is dated by its visit (every
 * line has one); `k` is the asked record's place in the batch.
 */
const datingSql = (asked: string) => sql`with a as (
    select r.k, coalesce(r."visitId", (select x.id from visit x where x.plan_line_id = r."lineId")) as visit_id,
      r."lineId" as line_id
    from jsonb_to_recordset(${asked}::jsonb) as r(k int, "visitId" uuid, "lineId" uuid)
  )
  select a.k, v.visit_date::text as visit_date, p.year as plan_year, l.planned_month
    from a left join visit v on v.id = a.visit_id
    left join plan_line l on l.id = coalesce(v.plan_line_id, a.line_id)
    left join inspection_plan p on p.id = l.plan_id`;

/**
 * The units named in the lists as of each record's day (unit-as-of.ts), read for all the records a
 * request asks about in the same tick: a list of two hundred visits costs the same few queries as one
 * (the records' dates, the units' rows and versions, and for units that have ended the changes and their
 * successors' rows). Nothing is kept between batches.
 */
export class UnitAsOfLoader {
  private static readonly byEntityManager = new WeakMap<EntityManager, UnitAsOfLoader>();

  /** The loader of one request (its EntityManager fork). */
  static of(em: EntityManager): UnitAsOfLoader {
    let loader = UnitAsOfLoader.byEntityManager.get(em);
    if (!loader) {
      loader = new UnitAsOfLoader(em);
      UnitAsOfLoader.byEntityManager.set(em, loader);
    }
    return loader;
  }

  private pending: Waiting[] = [];

  private constructor(private readonly em: EntityManager) {}

  load(key: UnitAsOfKey): Promise<UnitAsOf> {
    return new Promise((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => void this.flush());
      this.pending.push({ key, resolve, reject });
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    try {
      const shown = await this.read(batch.map((w) => w.key));
      for (const [i, w] of batch.entries()) w.resolve(shown[i] as UnitAsOf);
    } catch (err) {
      for (const w of batch) w.reject(err);
    }
  }

  private async read(keys: readonly UnitAsOfKey[]): Promise<UnitAsOf[]> {
    const today = todayLocalDate();
    const asked = keys.map((key, k) =>
      'visitId' in key ? { k, visitId: key.visitId, lineId: null } : { k, visitId: null, lineId: key.planLineId },
    );
    // One array literal: knex would spread a JavaScript array into a list of parameters.
    const unitIds = `{${[...new Set(keys.map((k) => k.unitId))].join(',')}}`;
    const [dating, units, versionRows] = await Promise.all([
      executeSql<{ k: number; visit_date: string | null; plan_year: number | null; planned_month: number | null }[]>(
        this.em,
        datingSql(JSON.stringify(asked)),
      ),
      this.units(unitIds),
      executeSql<(DatedVersion & { unitId: string })[]>(
        this.em,
        sql`select unit_id as "unitId", valid_from::text as "validFrom", valid_to::text as "validTo", code, name,
              short_name as "shortName", kind
            from unit_version where unit_id = any(${unitIds}::uuid[])`,
      ),
    ]);
    const days = new Map(
      dating.map((d) => [
        d.k,
        recordDay({ visitDate: d.visit_date, planYear: d.plan_year, plannedMonth: d.planned_month }, today),
      ]),
    );
    const versions = new Map<string, DatedVersion[]>();
    for (const { unitId, ...version } of versionRows) versions.set(unitId, [...(versions.get(unitId) ?? []), version]);
    const namesToday = await this.namesToday(units, today);
    return keys.map((key, k) => {
      const unit = units.get(key.unitId);
      if (!unit) throw new Error(`unit ${key.unitId} not found`);
      const day = days.get(k) ?? today;
      // A unit with no version yet (made before the history) is shown as its row.
      const version = versionOnDay(versions.get(key.unitId) ?? [], day) ?? {
        validFrom: unit.active_from,
        validTo: unit.active_to,
        code: unit.code,
        name: unit.name,
        shortName: null,
        kind: unit.kind,
      };
      return {
        id: `${key.unitId}@${version.validFrom}`,
        unitId: key.unitId,
        ...version,
        todayNames: namesToday.get(key.unitId) ?? [],
      };
    });
  }

  private async units(ids: string): Promise<Map<string, UnitRowRead>> {
    const rows = await executeSql<UnitRowRead[]>(
      this.em,
      sql`select id, code, name, kind, active_from::text as active_from, active_to::text as active_to
            from unit where id = any(${ids}::uuid[])`,
    );
    return new Map(rows.map((u) => [u.id, u]));
  }

  /**
   * Each unit's name today, or for a unit that has ended those of the units carrying its work (read only
   * when one has ended: the changes, and the rows of their units).
   */
  private async namesToday(units: ReadonlyMap<string, UnitRowRead>, today: string): Promise<Map<string, string[]>> {
    const names = new Map<string, string[]>();
    const ended: string[] = [];
    for (const unit of units.values()) {
      if (hasEnded(asToday(unit), today)) ended.push(unit.id);
      else names.set(unit.id, [unit.name]);
    }
    if (ended.length === 0) return names;
    const changes = await executeSql<{ event: UnitEvent }[]>(
      this.em,
      sql`select event from unit_change order by effective_on, created_at`,
    );
    const events = changes.map((c) => c.event);
    const successors = new Map(ended.map((id) => [id, successorsOf(events, id)]));
    const rows = await this.units(`{${[...new Set([...successors.values()].flat())].join(',')}}`);
    const carrying = new Map([...rows.values()].map((u) => [u.id, asToday(u)]));
    for (const [id, successorIds] of successors) names.set(id, todayNames(successorIds, carrying, today));
    return names;
  }
}

const asToday = (u: UnitRowRead): UnitToday => ({ id: u.id, name: u.name, activeTo: u.active_to });
