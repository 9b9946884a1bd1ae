import type { EntityManager } from '@mikro-orm/postgresql';
import { todayLocalDate } from '../../common/local-date.js';
import { sql } from '../../common/sql.js';
import { TOTAL_LABEL } from '../../common/vietnamese.js';
import { executeSql } from '../../db/read-path/read-rows.js';
import type { ComplianceFigure, RollupYear } from './rollup.types.js';
import { ANSWERED_ITEMS, FIXED_ON_TIME, inInspectionScope, treeSql } from './rollup-sql.js';

/** Earlier years shown beside the selected one: five years in all, the least a trend needs. */
export const EARLIER_YEARS = 4;

interface TrendRow {
  kind: 'COVERAGE' | 'COMPLIANCE' | 'GROUP' | 'FINDINGS';
  year: number;
  group_code: string | null;
  group_title: string | null;
  a: string | null;
  b: string | null;
  c: string | null;
  d: string | null;
  passed_points: number | string | null;
  applicable_points: number | string | null;
}

/**
 * Year over year (domain.md: "Compliance ... trend against earlier years"): the selected year and the
 * `earlierYears` calendar years before it, oldest first, every one of them present; a year without an
 * approved visit in the sub-tree has `hasData` false (shown as no data, never as 0 %). Each year is
 * counted as `rollup(year)` counts it: its own scope (units active at any time in that year), its approved
 * visits dated in it, compliance by points without Không áp dụng, and its findings as of that year's asOf
 * day (today, or 31 December of a past year). One SQL statement of aggregates.
 */
export async function complianceTrend(
  em: EntityManager,
  year: number,
  root: string | null,
  today: string = todayLocalDate(),
  earlierYears: number = EARLIER_YEARS,
): Promise<RollupYear[]> {
  const rows = await executeSql<TrendRow[]>(
    em,
    sql`with recursive ${treeSql(root)},
     below as (
       select u.id, u.active_from, u.active_to from tree t join unit u on u.id = t.id where ${inInspectionScope(root)}
     ),
     approved as (
       select v.id, v.unit_id, y.year
         from visit v
         join below b on b.id = v.unit_id
         cross join lateral (select extract(year from v.visit_date)::int as year) y
        where v.status = 'APPROVED' and v.visit_date <= make_date(${year}, 12, 31)
          and b.active_from <= make_date(y.year, 12, 31)
          and (b.active_to is null or b.active_to >= make_date(y.year, 1, 1))
     ),
     years as (select generate_series(${year - earlierYears}::int, ${year}::int) as year),
     year_visits as (select a.* from approved a join years y on y.year = a.year),
     scope as (
       select y.year, b.id from years y join below b
         on b.active_from <= make_date(y.year, 12, 31) and (b.active_to is null or b.active_to >= make_date(y.year, 1, 1))
     ),
     answers as (
       select yv.year, a.pass_fail, i.points, g.code as group_code, g.title as group_title,
              cv.number as version_number, cv.created_at as version_created
         from year_visits yv
         ${ANSWERED_ITEMS}
     )
     select 'COVERAGE' as kind, s.year, null::text as group_code, null::text as group_title,
            count(*) as a,
            count(*) filter (where exists (select 1 from year_visits v where v.unit_id = s.id and v.year = s.year)) as b,
            null::bigint as c, null::bigint as d, null::float8 as passed_points, null::float8 as applicable_points
       from scope s group by s.year
     union all
     select case when grouping(x.group_code) = 0 then 'GROUP' else 'COMPLIANCE' end, x.year, x.group_code,
            (array_agg(x.group_title order by x.version_number desc, x.version_created desc))[1],
            count(*) filter (where x.pass_fail = 'PASS'),
            count(*) filter (where x.pass_fail = 'FAIL'),
            count(*) filter (where x.pass_fail = 'NOT_APPLICABLE'),
            null,
            coalesce(sum(x.points) filter (where x.pass_fail = 'PASS'), 0)::float8,
            coalesce(sum(x.points) filter (where x.pass_fail in ('PASS', 'FAIL')), 0)::float8
       from answers x group by grouping sets ((x.year), (x.year, x.group_code))
     union all
     select 'FINDINGS', v.year, null, null, count(*),
            count(*) filter (where ${FIXED_ON_TIME}),
            count(*) filter (where f.status = 'CLOSED' and not ${FIXED_ON_TIME}),
            count(*) filter (where f.status <> 'CLOSED' and f.deadline < least(${today}::date, make_date(v.year, 12, 31))),
            null, null
       from year_visits v join finding f on f.visit_id = v.id group by v.year
     order by 2, 1, 3`,
  );
  const years = new Map<number, RollupYear>();
  const entry = (y: number): RollupYear => {
    let found = years.get(y);
    if (!found) {
      found = {
        year: y,
        hasData: false,
        unitsInScope: 0,
        unitsInspected: 0,
        coverageRatio: 0,
        compliance: complianceFigure('TOTAL', TOTAL_LABEL, null, null),
        complianceByGroup: [],
        findings: 0,
        findingsFixedOnTime: 0,
        findingsFixedLate: 0,
        findingsOverdue: 0,
        fixedOnTimeRatio: null,
      };
      years.set(y, found);
    }
    return found;
  };
  // Every year of the window is there, even with nothing in scope.
  for (let y = year - earlierYears; y <= year; y++) entry(y);
  for (const row of rows) {
    const y = entry(Number(row.year));
    const count = (value: string | null) => Number(value ?? 0);
    if (row.kind === 'COVERAGE') {
      y.unitsInScope = count(row.a);
      y.unitsInspected = count(row.b);
      y.hasData = y.unitsInspected > 0;
      y.coverageRatio = y.unitsInScope > 0 ? y.unitsInspected / y.unitsInScope : 0;
    } else if (row.kind === 'COMPLIANCE') {
      y.compliance = complianceFigure('TOTAL', TOTAL_LABEL, null, row);
    } else if (row.kind === 'GROUP') {
      const code = row.group_code ?? '';
      y.complianceByGroup.push(complianceFigure(code, row.group_title ?? code, code, row));
    } else {
      y.findings = count(row.a);
      y.findingsFixedOnTime = count(row.b);
      y.findingsFixedLate = count(row.c);
      y.findingsOverdue = count(row.d);
      y.fixedOnTimeRatio = y.findings > 0 ? y.findingsFixedOnTime / y.findings : null;
    }
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}

function complianceFigure(
  key: string,
  label: string,
  groupCode: string | null,
  row: TrendRow | null,
): ComplianceFigure {
  const passedPoints = Number(row?.passed_points ?? 0);
  const applicablePoints = Number(row?.applicable_points ?? 0);
  return {
    key,
    label,
    groupCode,
    passed: Number(row?.a ?? 0),
    failed: Number(row?.b ?? 0),
    notApplicable: Number(row?.c ?? 0),
    passedPoints,
    applicablePoints,
    ratio: applicablePoints > 0 ? passedPoints / applicablePoints : null,
  };
}
