import { DEPARTMENT_TIME_ZONE } from '../../common/local-date.js';
import { type Sql, sql } from '../../common/sql.js';
import type { TodayPlace } from './today-structure.js';

// The SQL every roll-up query starts from (rollup.service.ts, rollup-attention.ts, rollup-records.ts); the
// labels of the finding states it computes are FINDING_STATE_LABELS (common/vietnamese.ts).

/**
 * The recursive `tree` CTE (without `with recursive`): the root unit and everything below it; with no
 * root, every department and everything below them.
 */
export const treeSql = (root: string | null, units: Sql = sql.raw('unit')): Sql => sql`tree as (
    select u.id, 0 as depth from ${units} u
     where (${root}::uuid is null and u.parent_id is null) or u.id = ${root}::uuid
    union all
    select c.id, t.depth + 1 from ${units} c join tree t on c.parent_id = t.id
  )`;

/**
 * `unit_asof`: every unit as it was in a year (issue 16, "as it was"): the name, code, kind and parent of
 * its last version to begin by 31 December, with the unit's active period, so a past year's roll-up keeps
 * the year's own names and tree after later renames, moves and merges. A unit with no recorded version
 * yet is taken as its row.
 */
export const unitsOfYearSql = (year: number): Sql => sql`unit_asof as (
    select distinct on (v.unit_id) v.unit_id as id, v.parent_id, v.kind, v.name, v.code, u.active_from, u.active_to
      from unit_version v join unit u on u.id = v.unit_id
     where v.valid_from <= make_date(${year}, 12, 31)
     order by v.unit_id, v.valid_from desc
  ),
  unit_y as (
    select id, parent_id, kind, name, code, active_from, active_to from unit_asof
    union all
    select u.id, u.parent_id, u.kind, u.name, u.code, u.active_from, u.active_to from unit u
     where not exists (select 1 from unit_version v where v.unit_id = u.id)
  )`;

/**
 * Whether the unit `u` at `t` of the tree is one an inspection scope holds: a unit below the department,
 * which inspects and is not inspected. A named root is in scope like the units below it (domain.md, "a
 * roll-up over a sub-tree includes the unit at its root"), so a roll-up of one unit is that unit's; the
 * department itself, named as root or as the top of the whole tree, is not.
 */
export const inInspectionScope = (root: string | null): Sql =>
  sql`(u.kind <> 'DEPARTMENT' and (t.depth > 0 or ${root}::uuid is not null))`;

/**
 * `tree` for a roll-up in today's structure over the sub-tree of `root` (issue 16): the year's units whose
 * past today's units below `root` carry (today-structure.ts), `today_below` being that sub-tree of today
 * and `today_map` each unit's places (a unit without one is its own). Follows unitsOfYearSql.
 */
export const todayTreeSql = (root: string, places: readonly TodayPlace[]): Sql => sql`today_below as (
    select u.id from unit u where u.id = ${root}::uuid
    union all
    select c.id from unit c join today_below b on c.parent_id = b.id
  ),
  today_map as (
    select u.id as unit_id, coalesce(p."todayId", u.id) as today_id
      from unit u
      left join jsonb_to_recordset(${JSON.stringify(places)}::jsonb) as p("unitId" uuid, "todayId" uuid)
        on p."unitId" = u.id
  ),
  tree as (
    select distinct u.id, 1 as depth from unit_y u join today_map m on m.unit_id = u.id
     where m.today_id in (select id from today_below)
  )`;

/** A roll-up in today's structure: where the units' past is shown today (today-structure.ts). */
export interface TodayStructure {
  places: readonly TodayPlace[];
}

/**
 * The common start of every roll-up query: `unit_y` the units as they were in the year (unitsOfYearSql; a
 * query that follows names units from it, never from `unit`), `tree` as treeSql over them, `scope` the units of the tree in an
 * inspection scope (inInspectionScope) active at any time in the year, `year_visits` the approved
 * visits dated in the year to those units. In today's structure over a sub-tree, `tree` is the year's
 * units whose past that sub-tree of today carries (todayTreeSql); over everything it is the same.
 */
export const scopeSql = (
  year: number,
  root: string | null,
  today: TodayStructure | null = null,
): Sql => sql`with recursive ${unitsOfYearSql(year)},
  ${today && root ? todayTreeSql(root, today.places) : treeSql(root, sql.raw('unit_y'))},
  scope as (
    select u.id from tree t join unit_y u on u.id = t.id
     where ${inInspectionScope(root)}
       and u.active_from <= make_date(${year}, 12, 31)
       and (u.active_to is null or u.active_to >= make_date(${year}, 1, 1))
  ),
  year_visits as (
    select v.id, v.unit_id, v.visit_date from visit v join scope s on s.id = v.unit_id
     where v.status = 'APPROVED' and v.visit_date between make_date(${year}, 1, 1) and make_date(${year}, 12, 31)
  )`;

/** The day a finding (alias f) was closed, in the department's time zone; null while it is not. */
export const FINDING_CLOSED_ON: Sql = sql.raw(`(f.closed_at at time zone '${DEPARTMENT_TIME_ZONE}')::date`);

/**
 * Whether a finding (alias f) was fixed on time (domain.md, "share fixed by the deadline"): closed on or
 * before its deadline, a day in the department's time zone. One closed without a deadline, or without a
 * recorded closing time, counts as on time; one not closed is not fixed.
 */
export const FIXED_ON_TIME: Sql = sql`(f.status = 'CLOSED'
  and (f.deadline is null or f.closed_at is null or ${FINDING_CLOSED_ON} <= f.deadline))`;

/**
 * What was found at a finding (alias f, its checklist item i left joined), marked when not written yet:
 * the requirement is never the finding itself.
 */
export const FINDING_DESCRIPTION: Sql = sql.raw(
  "coalesce(f.found_text, '(Chưa ghi thực trạng) Yêu cầu: ' || i.text, '(Chưa ghi thực trạng)')",
);

/**
 * The findings of the year (those of the year's approved visits in scope) with what became of them as
 * of `asOf` and whether they repeat a finding of the previous year (domain.md: the same item at the same
 * responsible unit, found by an approved visit dated in the year before).
 * Groups are matched across checklist versions by code; a finding without an item by its group title.
 * `description` is what was found, marked when not written yet. Follows scopeSql.
 */
export const yearFindingsSql = (year: number, asOf: string): Sql => sql`,
  year_findings as (
    select f.id, f.visit_id, f.severity, f.status, f.deadline, yv.visit_date,
           ${FINDING_DESCRIPTION} as description,
           ru.name as unit_name, i.code as item_code,
           coalesce(g.code, f.group_title) as group_code, coalesce(g.title, f.group_title) as group_title,
           case
             when f.status = 'CLOSED' then case when ${FIXED_ON_TIME} then 'FIXED_ON_TIME' else 'FIXED_LATE' end
             when f.deadline < ${asOf}::date then 'OVERDUE'
             else 'OPEN'
           end as state,
           i.code is not null and exists (
             select 1 from finding p
               join visit pv on pv.id = p.visit_id
               join checklist_item pi on pi.id = p.item_id
              where p.responsible_unit_id = f.responsible_unit_id and pi.code = i.code
                and pv.status = 'APPROVED'
                and pv.visit_date between make_date(${year - 1}, 1, 1) and make_date(${year - 1}, 12, 31)
           ) as repeat
      from year_visits yv
      join finding f on f.visit_id = yv.id
      join unit_y ru on ru.id = f.responsible_unit_id
      left join checklist_item i on i.id = f.item_id
      left join checklist_group g on g.id = i.group_id
  )`;

/**
 * From the visits `yv` to their answers that have a result (PASS / FAIL / NOT_APPLICABLE), each with its
 * item, group and checklist version: the one way the roll-up and its trend reach the answers.
 */
export const ANSWERED_ITEMS = sql.raw(`join visit_answer a on a.visit_id = yv.id
      join checklist_item i on i.id = a.item_id
      join checklist_group g on g.id = i.group_id
      join checklist_version cv on cv.id = g.version_id
     where a.pass_fail is not null`);

/** The PASS / FAIL / NOT_APPLICABLE answers of the year's approved visits in scope; follows scopeSql. */
export const YEAR_ANSWERS = sql`,
  year_answers as (
    select a.id, a.pass_fail, i.points, i.code as item_code, i.text as item_text,
           g.code as group_code, g.title as group_title, cv.number as version_number, cv.created_at as version_created,
           yv.id as visit_id, yv.unit_id, yv.visit_date
      from year_visits yv
      ${ANSWERED_ITEMS}
  )`;
