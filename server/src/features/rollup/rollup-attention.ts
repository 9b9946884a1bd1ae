import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/ids.js';
import { type Sql, sql } from '../../common/sql.js';
import { PASS_FAIL_LABELS } from '../../common/vietnamese.js';
import { executeSql } from '../../db/read-path/read-rows.js';
import type { RollupAttentionUnit, RollupRecord } from './rollup.types.js';
import { findingDetail } from './rollup-records.js';
import { scopeSql, YEAR_ANSWERS, yearFindingsSql } from './rollup-sql.js';
import { originalUnits, type TodayView, todayAttention } from './rollup-today.js';

/**
 * The units of the year's scope that need leadership's attention, most pressing first: units not inspected
 * in the year, then by the number of their overdue findings (findings of the year with the unit as
 * responsible unit, overdue as of `asOf`), then by their compliance, lowest first. Units inspected, with
 * nothing overdue and full compliance are left out. One SQL statement over the roll-up's own CTEs; in
 * today's structure (`today`) every unit of the year is read and their facts regrouped (rollup-today.ts).
 */
export async function unitsNeedingAttention(
  em: EntityManager,
  year: number,
  root: string | null,
  asOf: string,
  today: TodayView | null = null,
): Promise<RollupAttentionUnit[]> {
  const rows = await executeSql<
    {
      id: string;
      code: string;
      name: string;
      visits: string;
      overdue: string;
      failed: string;
      passed_points: number | string | null;
      applicable_points: number | string | null;
    }[]
  >(
    em,
    sql`${scopeSql(year, root, today)}${yearFindingsSql(year, asOf)}${YEAR_ANSWERS},
     overdue as (
       select f.responsible_unit_id as unit_id, count(*) as n
         from year_findings yf join finding f on f.id = yf.id
        where yf.state = 'OVERDUE' group by f.responsible_unit_id
     ),
     answered as (
       select x.unit_id, count(*) filter (where x.pass_fail = 'FAIL') as failed,
              coalesce(sum(x.points) filter (where x.pass_fail = 'PASS'), 0)::float8 as passed_points,
              coalesce(sum(x.points) filter (where x.pass_fail in ('PASS', 'FAIL')), 0)::float8 as applicable_points
         from year_answers x group by x.unit_id
     ),
     units as (
       select u.id, u.code, u.name,
              (select count(*) from year_visits v where v.unit_id = u.id) as visits,
              coalesce(o.n, 0) as overdue, coalesce(a.failed, 0) as failed,
              a.passed_points, a.applicable_points,
              case when a.applicable_points > 0 then a.passed_points / a.applicable_points end as ratio
         from scope s join unit_y u on u.id = s.id
         left join overdue o on o.unit_id = u.id
         left join answered a on a.unit_id = u.id
     )
     select * from units
      ${today ? sql`` : sql`where visits = 0 or overdue > 0 or ratio < 1`}
      order by visits = 0 desc, overdue desc, ratio nulls last, name, id`,
  );
  if (today) {
    const facts = rows.map((r) => ({
      unitId: r.id,
      code: r.code,
      name: r.name,
      visits: Number(r.visits),
      overdue: Number(r.overdue),
      failed: Number(r.failed),
      passedPoints: Number(r.passed_points ?? 0),
      applicablePoints: Number(r.applicable_points ?? 0),
    }));
    return todayAttention(facts, today);
  }
  return rows.map((r) => {
    const applicable = Number(r.applicable_points ?? 0);
    return {
      unit: { id: r.id, code: r.code, name: r.name },
      visits: Number(r.visits),
      overdueFindings: Number(r.overdue),
      failedAnswers: Number(r.failed),
      complianceRatio: applicable > 0 ? Number(r.passed_points ?? 0) / applicable : null,
    };
  });
}

const NOT_INSPECTED = 'Chưa có cuộc kiểm tra được duyệt trong năm';

/**
 * The records behind one row of the attention list (figure UNIT_ATTENTION, key: the unit id): the unit
 * itself when it was not inspected (with its lines in the year's plans), its overdue findings of the year,
 * and the Không đạt answers of its visits in the year. In today's structure the key is a unit of today:
 * the records of the year's units it carries.
 */
export async function unitAttentionRecords(
  em: EntityManager,
  year: number,
  root: string | null,
  asOf: string,
  unitId: string | null,
  today: TodayView | null = null,
): Promise<RollupRecord[]> {
  if (!isUuid(unitId)) return [];
  const isUnit = (column: Sql): Sql =>
    today
      ? sql`${column} in (select jsonb_array_elements_text(${JSON.stringify(originalUnits(today, unitId))}::jsonb)::uuid)`
      : sql`${column} = ${unitId}::uuid`;
  const rows = await executeSql<
    {
      kind: 'UNIT' | 'FINDING' | 'ANSWER';
      id: string;
      unit_name: string;
      date: string | null;
      label: string;
      plans: string | null;
      group_title: string | null;
      severity: string | null;
      state: string | null;
      deadline: string | null;
      visit_id: string | null;
    }[]
  >(
    em,
    sql`${scopeSql(year, root, today)}${yearFindingsSql(year, asOf)}${YEAR_ANSWERS}
     select * from (
       select 0 as part, 'UNIT' as kind, u.id, u.name as unit_name, null::text as date, u.code || ' ' || u.name as label,
              (select string_agg(p.document_number || ' (tháng ' || l.planned_month || ')', ', ' order by p.document_number)
                 from plan_line l join inspection_plan p on p.id = l.plan_id
                where p.year = ${year} and l.unit_id = u.id) as plans,
              null::text as group_title, null::text as severity, null::text as state, null::text as deadline,
              null::uuid as visit_id
         from scope s join unit_y u on u.id = s.id
        where ${isUnit(sql.raw('u.id'))} and not exists (select 1 from year_visits v where v.unit_id = u.id)
       union all
       select 1, 'FINDING', yf.id, yf.unit_name, yf.visit_date::text, yf.description, null,
              yf.group_title, yf.severity, yf.state, yf.deadline::text, yf.visit_id
         from year_findings yf join finding f on f.id = yf.id
        where ${isUnit(sql.raw('f.responsible_unit_id'))} and yf.state = 'OVERDUE'
       union all
       select 2, 'ANSWER', x.id, u.name, x.visit_date::text, x.item_code || ' ' || x.item_text, null,
              null, null, null, null, x.visit_id
         from year_answers x join unit_y u on u.id = x.unit_id
        where ${isUnit(sql.raw('x.unit_id'))} and x.pass_fail = 'FAIL'
     ) r
     order by r.part, r.date, r.label, r.id`,
  );
  return rows.map((r) => ({
    kind: r.kind,
    id: r.id,
    unitName: r.unit_name,
    date: r.date,
    label: r.label,
    detail:
      r.kind === 'UNIT'
        ? `${NOT_INSPECTED}; ${r.plans ? `có trong kế hoạch ${r.plans}` : 'không có trong kế hoạch kiểm tra của năm'}.`
        : r.kind === 'FINDING'
          ? findingDetail(r)
          : PASS_FAIL_LABELS.FAIL,
    visitId: r.kind === 'UNIT' ? null : r.visit_id,
    findingId: r.kind === 'FINDING' ? r.id : null,
    // The attention list's answers are its failed ones.
    failed: r.kind === 'ANSWER',
  }));
}
