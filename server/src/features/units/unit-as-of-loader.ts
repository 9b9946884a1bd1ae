import type { EntityManager } from '@mikro-orm/postgresql';
import { todayLocalDate } from '../../common/local-date.js';
import { sql } from '../../common/sql.js';
import { readRows } from '../../db/read-path/read-rows.js';
import type { UnitKind } from './unit.entity.js';
import {
  type DatedVersion,
  hasEnded,
  type RecordDating,
  recordDay,
  todayNames,
  type UnitAsOf,
  type UnitToday,
  versionOnDay,
} from './unit-as-of.js';
import { successorsOf, type UnitEvent } from './unit-history.js';

/** A unit named as of a record's day: the record is a visit, or a plan line (dated by its visit). */
export type UnitAsOfKey = { unitId: string; visitId: string } | { unitId: string; planLineId: string };

/**
 * What a list already read with its row for a record's unit as of its day (visit-list.ts): the record's
 * dating, the unit's row and its dated versions. A record given with it costs the loader no query unless
 * its unit has ended (then the changes are read, once for the batch).
 */
export interface UnitAsOfSource {
  dating: RecordDating;
  unit: UnitRowRead;
  versions: DatedVersion[];
}

interface Waiting {
  key: UnitAsOfKey;
  source: UnitAsOfSource | undefined;
  resolve: (unit: UnitAsOf) => void;
  reject: (e: unknown) => void;
}

export interface UnitRowRead {
  id: string;
  code: string;
  name: string;
  kind: UnitKind;
  active_from: string;
  active_to: string | null;
}

interface Dating {
  k: number;
  visit_date: string | null;
  plan_year: number | null;
  planned_month: number | null;
}

/**
 * In one query (one round trip, however many records): each asked record's visit day, planned month and
 * plan year (a plan line is dated by its visit, which every line has; `k` is the record's place in the
 * batch), the units' rows and dated versions, and when one of them has ended by `today`, the unit
 * changes in order and the rows of the units they touched (to find what carries its work).
 */
const unitsAsOfSql = (asked: string, unitIds: string, today: string) => sql`with a as (
    select r.k, coalesce(r."visitId", (select x.id from visit x where x.plan_line_id = r."lineId")) as visit_id,
      r."lineId" as line_id
    from jsonb_to_recordset(${asked}::jsonb) as r(k int, "visitId" uuid, "lineId" uuid)
  ), d as (
    select a.k, v.visit_date::text as visit_date, p.year as plan_year, l.planned_month
    from a left join visit v on v.id = a.visit_id
    left join plan_line l on l.id = coalesce(v.plan_line_id, a.line_id)
    left join inspection_plan p on p.id = l.plan_id
  ), u as (
    select id, code, name, kind, active_from::text as active_from, active_to::text as active_to
    from unit where id = any(${unitIds}::uuid[])
  ), x as (
    select unit_id as "unitId", valid_from::text as "validFrom", valid_to::text as "validTo", code, name,
      short_name as "shortName", kind
    from unit_version where unit_id = any(${unitIds}::uuid[])
  ), e as (
    select 1 from u where u.active_to::date < ${today}::date
  )
  select (select coalesce(json_agg(d), '[]') from d) as dating,
    (select coalesce(json_agg(u), '[]') from u) as units,
    (select coalesce(json_agg(x), '[]') from x) as versions,
    (select coalesce(json_agg(c.event order by c.effective_on, c.created_at), '[]') from unit_change c
      where exists (select 1 from e)) as events,
    (select coalesce(json_agg(m), '[]') from (
      select id, code, name, kind, active_from::text as active_from, active_to::text as active_to from unit
      where exists (select 1 from e)
        and id::text in (select jsonb_array_elements_text(c.unit_ids) from unit_change c)) m) as touched`;

/** The unit changes in order and the rows of the units they touched (to find what carries an ended unit's work). */
const changesSql = sql`select
    (select coalesce(json_agg(c.event order by c.effective_on, c.created_at), '[]') from unit_change c) as events,
    (select coalesce(json_agg(m), '[]') from (
      select id, code, name, kind, active_from::text as active_from, active_to::text as active_to from unit
      where id::text in (select jsonb_array_elements_text(c.unit_ids) from unit_change c)) m) as touched`;

/**
 * The units named in the lists as of each record's day (unit-as-of.ts), read for all the records a
 * request asks about in the same tick: a list of two hundred visits costs the same query as one (the
 * records' dates, the units' rows and versions, and when a unit has ended the changes and the rows of the
 * units they touched). Nothing is kept between batches.
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

  /** The record's unit as of its day; `source`, when its list read it with the record, spares the query. */
  load(key: UnitAsOfKey, source?: UnitAsOfSource): Promise<UnitAsOf> {
    return new Promise((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => void this.flush());
      this.pending.push({ key, source, resolve, reject });
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    try {
      const unread = batch.filter((w) => !w.source).map((w) => w.key);
      const listed = batch.filter((w) => w.source);
      const today = todayLocalDate();
      const shown = new Map<Waiting, UnitAsOf>();
      if (unread.length > 0) {
        const read = await this.read(unread, today);
        for (const [i, w] of batch.filter((x) => !x.source).entries()) shown.set(w, read[i] as UnitAsOf);
      }
      if (listed.length > 0) {
        const read = await this.fromSources(listed, today);
        for (const [i, w] of listed.entries()) shown.set(w, read[i] as UnitAsOf);
      }
      for (const w of batch) w.resolve(shown.get(w) as UnitAsOf);
    } catch (err) {
      for (const w of batch) w.reject(err);
    }
  }

  /** The records their lists read with their sources: the changes are read only when a unit has ended. */
  private async fromSources(listed: readonly Waiting[], today: string): Promise<UnitAsOf[]> {
    const units = new Map(listed.map((w) => [w.key.unitId, (w.source as UnitAsOfSource).unit]));
    const ended = [...units.values()].some((u) => hasEnded(asToday(u), today));
    const [changes] = ended
      ? await readRows<{ events: UnitEvent[]; touched: UnitRowRead[] }>(this.em, changesSql)
      : [{ events: [], touched: [] }];
    const namesToday = await this.namesToday(units, changes?.events ?? [], changes?.touched ?? [], today);
    return listed.map(({ key, source }) => {
      const { dating, unit, versions } = source as UnitAsOfSource;
      return shownAsOf(key.unitId, unit, versions, recordDay(dating, today), namesToday);
    });
  }

  private async read(keys: readonly UnitAsOfKey[], today: string): Promise<UnitAsOf[]> {
    const asked = keys.map((key, k) =>
      'visitId' in key ? { k, visitId: key.visitId, lineId: null } : { k, visitId: null, lineId: key.planLineId },
    );
    // One array literal: knex would spread a JavaScript array into a list of parameters.
    const unitIds = `{${[...new Set(keys.map((k) => k.unitId))].join(',')}}`;
    const [row] = await readRows<{
      dating: Dating[];
      units: UnitRowRead[];
      versions: (DatedVersion & { unitId: string })[];
      events: UnitEvent[];
      touched: UnitRowRead[];
    }>(this.em, unitsAsOfSql(JSON.stringify(asked), unitIds, today));
    const {
      dating,
      versions: versionRows,
      events,
      touched,
    } = row ?? { dating: [], versions: [], events: [], touched: [] };
    const units = new Map((row?.units ?? []).map((u) => [u.id, u]));
    const days = new Map(
      dating.map((d) => [
        d.k,
        recordDay({ visitDate: d.visit_date, planYear: d.plan_year, plannedMonth: d.planned_month }, today),
      ]),
    );
    const versions = new Map<string, DatedVersion[]>();
    for (const { unitId, ...version } of versionRows) versions.set(unitId, [...(versions.get(unitId) ?? []), version]);
    const namesToday = await this.namesToday(units, events, touched, today);
    return keys.map((key, k) => {
      const unit = units.get(key.unitId);
      if (!unit) throw new Error(`unit ${key.unitId} not found`);
      return shownAsOf(key.unitId, unit, versions.get(key.unitId) ?? [], days.get(k) ?? today, namesToday);
    });
  }

  private async units(ids: string): Promise<Map<string, UnitRowRead>> {
    const rows = await readRows<UnitRowRead>(
      this.em,
      sql`select id, code, name, kind, active_from::text as active_from, active_to::text as active_to
            from unit where id = any(${ids}::uuid[])`,
    );
    return new Map(rows.map((u) => [u.id, u]));
  }

  /**
   * Each unit's name today, or for a unit that has ended those of the units carrying its work (the
   * changes and the rows of the units they touched come with the units, when one has ended).
   */
  private async namesToday(
    units: ReadonlyMap<string, UnitRowRead>,
    events: readonly UnitEvent[],
    touched: readonly UnitRowRead[],
    today: string,
  ): Promise<Map<string, string[]>> {
    const names = new Map<string, string[]>();
    const ended: string[] = [];
    for (const unit of units.values()) {
      if (hasEnded(asToday(unit), today)) ended.push(unit.id);
      else names.set(unit.id, [unit.name]);
    }
    if (ended.length === 0) return names;
    const successors = new Map(ended.map((id) => [id, successorsOf(events, id)]));
    // The units carrying the work are among those the changes touched; one that is not (no change names
    // it, which the history rules do not make) is read apart.
    const known = new Map([...units.values(), ...touched].map((u) => [u.id, u]));
    const missing = [...new Set([...successors.values()].flat())].filter((id) => !known.has(id));
    if (missing.length > 0) for (const [id, u] of await this.units(`{${missing.join(',')}}`)) known.set(id, u);
    const carrying = new Map([...known.values()].map((u) => [u.id, asToday(u)]));
    for (const [id, successorIds] of successors) names.set(id, todayNames(successorIds, carrying, today));
    return names;
  }
}

const asToday = (u: UnitRowRead): UnitToday => ({ id: u.id, name: u.name, activeTo: u.active_to });

/** The unit as shown for a record's day: its version on that day, with its names today. */
function shownAsOf(
  unitId: string,
  unit: UnitRowRead,
  versions: readonly DatedVersion[],
  day: string,
  namesToday: ReadonlyMap<string, string[]>,
): UnitAsOf {
  // A unit with no version yet (made before the history) is shown as its row.
  const version = versionOnDay(versions, day) ?? {
    validFrom: unit.active_from,
    validTo: unit.active_to,
    code: unit.code,
    name: unit.name,
    shortName: null,
    kind: unit.kind,
  };
  return { id: `${unitId}@${version.validFrom}`, unitId, ...version, todayNames: namesToday.get(unitId) ?? [] };
}
