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
  // Answers are counted per unit and item first, so the roll-up and its weighting by points work on
  // (units x items) rows rather than on every answer; labels come from the newest checklist version
  // among the items answered, looked up once per group and item code.
  const rows = await executeSql<ComplianceRow[]>(
    em,
    sql`${scopeSql(year, root, today)},
     counts as (
       select yv.unit_id, a.item_id,
              count(*) filter (where a.pass_fail = 'PASS') as passed,
              count(*) filter (where a.pass_fail = 'FAIL') as failed,
              count(*) filter (where a.pass_fail = 'NOT_APPLICABLE') as not_applicable
         from year_visits yv join visit_answer a on a.visit_id = yv.id
        where a.pass_fail is not null
        group by yv.unit_id, a.item_id
     ),
     items as (
       select i.id, i.points, i.code as item_code, i.text as item_text, g.code as group_code, g.title as group_title,
              cv.number as version_number, cv.created_at as version_created
         from checklist_item i
         join checklist_group g on g.id = i.group_id
         join checklist_version cv on cv.id = g.version_id
        where i.id in (select distinct item_id from counts)
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
       select case when grouping(i.item_code) = 0 then 'ITEM'
                   when grouping(i.group_code) = 0 then 'GROUP'
                   when grouping(c.unit_id) = 0 then 'UNIT'
                   else 'TOTAL' end as level,
              i.group_code, i.item_code, c.unit_id,
              sum(c.passed) as passed,
              sum(c.failed) as failed,
              sum(c.not_applicable) as not_applicable,
              coalesce(sum(c.passed * i.points), 0) as passed_points,
              coalesce(sum((c.passed + c.failed) * i.points), 0) as applicable_points
         from counts c join items i on i.id = c.item_id
        group by grouping sets ((i.group_code), (i.group_code, i.item_code), (c.unit_id), ())
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
