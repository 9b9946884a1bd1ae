import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../common/sql.js';
import { TOTAL_LABEL } from '../../common/vietnamese.js';
import { executeSql } from '../../db/read-path/read-rows.js';
import type { ComplianceFigure, RollupCompliance } from './rollup.types.js';
import { scopeSql, type TodayStructure } from './rollup-sql.js';

interface ComplianceRow {
  level: 'TOTAL' | 'GROUP' | 'ITEM' | 'UNIT';
  group_code: string | null;
  item_code: string | null;
  unit_id: string | null;
  group_title: string | null;
  item_text: string | null;
  unit_name: string | null;
  passed: string;
  failed: string;
  not_applicable: string;
  passed_points: number | string;
  applicable_points: number | string;
}

/** A figure's counts and points from `answer_counts` rows (alias c) of one unit or one set of items. */
const FIGURE_SUMS = sql.raw(`coalesce(sum(c.answers) filter (where c.pass_fail = 'PASS'), 0) as passed,
              coalesce(sum(c.answers) filter (where c.pass_fail = 'FAIL'), 0) as failed,
              coalesce(sum(c.answers) filter (where c.pass_fail = 'NOT_APPLICABLE'), 0) as not_applicable,
              coalesce(sum(c.points) filter (where c.pass_fail = 'PASS'), 0) as passed_points,
              coalesce(sum(c.points) filter (where c.pass_fail in ('PASS', 'FAIL')), 0) as applicable_points`);

/**
 * Compliance with the checklists in the year's scope: Đạt, Không đạt and Không áp dụng answers and their
 * points, in total and by checklist group, item and unit.
 */
export async function rollupCompliance(
  em: EntityManager,
  year: number,
  root: string | null,
  today: TodayStructure | null = null,
): Promise<RollupCompliance> {
  // One pass over the year's answers counts them and adds up their points by unit and by answered item
  // (checklist_item id), each split by result: hash tables of a few thousand rows, two aggregates per
  // answer. The figures (by unit; by group and item code, and in total, from the answered items) are then
  // added up from those few rows. Counting per unit and item first (300,000 rows at 5,000 units, three
  // counts per answer) spilled to disk and took about twice as long at 1.2 million answers. Points are
  // added answer by answer rather than as count x points: the same sums for points such as 1, 1.5 or
  // 2.25; other fractions may differ in the last binary digit, as with any other order of adding up.
  // Labels come from the newest checklist version among the items answered, per group and item code.
  const rows = await executeSql<ComplianceRow[]>(
    em,
    sql`${scopeSql(year, root, today)},
     answer_counts as (
       select grouping(yv.unit_id) = 0 as by_unit, yv.unit_id, a.item_id, a.pass_fail,
              count(*) as answers, sum(i.points) as points
         from year_visits yv
         join visit_answer a on a.visit_id = yv.id
         join checklist_item i on i.id = a.item_id
        where a.pass_fail is not null
        group by grouping sets ((yv.unit_id, a.pass_fail), (a.item_id, a.pass_fail))
     ),
     items as (
       select i.id, i.code as item_code, i.text as item_text, g.code as group_code, g.title as group_title,
              cv.number as version_number, cv.created_at as version_created
         from checklist_item i
         join checklist_group g on g.id = i.group_id
         join checklist_version cv on cv.id = g.version_id
        where i.id in (select item_id from answer_counts where not by_unit)
     ),
     group_labels as (
       select distinct on (group_code) group_code, group_title from items
        order by group_code, version_number desc, version_created desc
     ),
     item_labels as (
       select distinct on (group_code, item_code) group_code, item_code, item_text from items
        order by group_code, item_code, version_number desc, version_created desc
     ),
     figures as (
       select 'UNIT' as level, null as group_code, null as item_code, c.unit_id,
              ${FIGURE_SUMS}
         from answer_counts c where c.by_unit
        group by c.unit_id
       union all
       select case when grouping(i.item_code) = 0 then 'ITEM'
                   when grouping(i.group_code) = 0 then 'GROUP'
                   else 'TOTAL' end,
              i.group_code, i.item_code, null,
              ${FIGURE_SUMS}
         from answer_counts c join items i on i.id = c.item_id
        where not c.by_unit
        group by grouping sets ((i.group_code), (i.group_code, i.item_code), ())
     )
     select f.*, gl.group_title, il.item_text, u.name as unit_name
       from figures f
       left join group_labels gl on f.level in ('GROUP', 'ITEM') and gl.group_code = f.group_code
       left join item_labels il on f.level = 'ITEM' and il.group_code = f.group_code and il.item_code = f.item_code
       left join unit_y u on u.id = f.unit_id
      order by f.level, f.group_code, f.item_code, u.name`,
  );
  const figure = (row: ComplianceRow, key: string, label: string, groupCode: string | null): ComplianceFigure => {
    const passedPoints = Number(row.passed_points);
    const applicablePoints = Number(row.applicable_points);
    return {
      key,
      label,
      groupCode,
      passed: Number(row.passed),
      failed: Number(row.failed),
      notApplicable: Number(row.not_applicable),
      passedPoints,
      applicablePoints,
      ratio: applicablePoints > 0 ? passedPoints / applicablePoints : null,
    };
  };
  const total = rows.find((r) => r.level === 'TOTAL');
  return {
    total: total
      ? figure(total, 'TOTAL', TOTAL_LABEL, null)
      : {
          key: 'TOTAL',
          label: TOTAL_LABEL,
          groupCode: null,
          passed: 0,
          failed: 0,
          notApplicable: 0,
          passedPoints: 0,
          applicablePoints: 0,
          ratio: null,
        },
    byGroup: rows
      .filter((r) => r.level === 'GROUP')
      .map((r) => figure(r, r.group_code ?? '', r.group_title ?? '', r.group_code)),
    byItem: rows
      .filter((r) => r.level === 'ITEM')
      .map((r) => figure(r, r.item_code ?? '', `${r.item_code} ${r.item_text ?? ''}`, r.group_code)),
    byUnit: rows.filter((r) => r.level === 'UNIT').map((r) => figure(r, r.unit_id ?? '', r.unit_name ?? '', null)),
  };
}
