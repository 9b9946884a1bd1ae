import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../common/sql.js';
import {
  FINDING_STATE_LABELS,
  formatDate,
  labelOf,
  PASS_FAIL_LABELS,
  SEVERITY_LABELS,
} from '../../common/vietnamese.js';
import { executeSql } from '../../db/read-path/read-rows.js';
import type { Coverage } from './coverage.js';
import { RollupFigure, type RollupRecord } from './rollup.types.js';
import { scopeSql, YEAR_ANSWERS, yearFindingsSql } from './rollup-sql.js';
import { originalUnits, type TodayView } from './rollup-today.js';

// The records behind a figure of the roll-up, for leadership to see what a number is made of
// (RollupService.records; the units needing attention are in rollup-attention.ts).

const FINDING_STATES: Partial<Record<RollupFigure, string>> = {
  [RollupFigure.FINDINGS_FIXED_ON_TIME]: 'FIXED_ON_TIME',
  [RollupFigure.FINDINGS_FIXED_LATE]: 'FIXED_LATE',
  [RollupFigure.FINDINGS_OVERDUE]: 'OVERDUE',
  [RollupFigure.FINDINGS_OPEN]: 'OPEN',
};

/** A record behind a figure: what it is, whose and when, its line and detail, and what it links to. */
function recordOf(
  kind: string,
  id: string,
  unitName: string | null,
  date: string | null,
  label: string,
  detail: string | null,
  links: { visitId?: string | null; findingId?: string | null; failed?: boolean } = {},
): RollupRecord {
  return {
    failed: links.failed ?? false,
    kind,
    id,
    unitName,
    date,
    label,
    detail,
    visitId: links.visitId ?? null,
    findingId: links.findingId ?? null,
  };
}

/** A finding's detail line: its checklist group, severity, state and deadline, those it has. */
export function findingDetail(finding: {
  group_title: string | null;
  severity: string | null;
  state: string | null;
  deadline: string | null;
}): string {
  return [
    finding.group_title,
    finding.severity && labelOf(SEVERITY_LABELS, finding.severity),
    finding.state && labelOf(FINDING_STATE_LABELS, finding.state),
    finding.deadline && `hạn ${formatDate(finding.deadline)}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * The answers behind a compliance figure, narrowed to a group, item or unit by `key`; in today's
 * structure a unit's key is a unit of today, whose records are those of the year's units it carries.
 */
export async function answerRecords(
  em: EntityManager,
  year: number,
  root: string | null,
  figure: RollupFigure,
  key: string | null,
  today: TodayView | null = null,
): Promise<RollupRecord[]> {
  const column = sql.raw(
    {
      COMPLIANCE_GROUP: 'x.group_code',
      COMPLIANCE_ITEM: 'x.item_code',
      COMPLIANCE_UNIT: 'x.unit_id::text',
    }[figure as 'COMPLIANCE_GROUP' | 'COMPLIANCE_ITEM' | 'COMPLIANCE_UNIT'],
  );
  const rows = await executeSql<
    {
      id: string;
      pass_fail: string;
      item_code: string;
      item_text: string;
      visit_id: string;
      unit_name: string;
      visit_date: string;
    }[]
  >(
    em,
    sql`${scopeSql(year, root, today)}${YEAR_ANSWERS}
     select x.id, x.pass_fail, x.item_code, x.item_text, x.visit_id, u.name as unit_name, x.visit_date::text as visit_date
       from year_answers x join unit_y u on u.id = x.unit_id
      where ${key}::text is null or ${
        today && key && figure === RollupFigure.COMPLIANCE_UNIT
          ? sql`${column} in (select jsonb_array_elements_text(${JSON.stringify(originalUnits(today, key))}::jsonb))`
          : sql`${column} = ${key}`
      }
      order by x.visit_date, u.name, x.item_code`,
  );
  return rows.map((r) =>
    recordOf(
      'ANSWER',
      r.id,
      r.unit_name,
      r.visit_date,
      `${r.item_code} ${r.item_text}`,
      labelOf(PASS_FAIL_LABELS, r.pass_fail),
      { visitId: r.visit_id, failed: r.pass_fail === 'FAIL' },
    ),
  );
}

/** The findings behind a findings figure, narrowed to a checklist group by `key`. */
export async function findingRecords(
  em: EntityManager,
  year: number,
  root: string | null,
  asOf: string,
  figure: RollupFigure,
  key: string | null,
  today: TodayView | null = null,
): Promise<RollupRecord[]> {
  const state = FINDING_STATES[figure] ?? null;
  const repeatOnly = figure === RollupFigure.REPEAT_FINDINGS;
  const rows = await executeSql<
    {
      id: string;
      visit_id: string;
      unit_name: string;
      visit_date: string;
      description: string;
      group_title: string;
      severity: string;
      state: string;
      deadline: string | null;
    }[]
  >(
    em,
    sql`${scopeSql(year, root, today)}${yearFindingsSql(year, asOf)}
     select f.id, f.visit_id, f.unit_name, f.visit_date::text as visit_date, f.description, f.group_title,
            f.severity, f.state, f.deadline::text as deadline
       from year_findings f
      where (${state}::text is null or f.state = ${state}) and (not ${repeatOnly}::boolean or f.repeat)
        and (${key}::text is null or f.group_code = ${key})
      order by f.visit_date, f.unit_name, f.id`,
  );
  return rows.map((r) =>
    recordOf('FINDING', r.id, r.unit_name, r.visit_date, r.description, findingDetail(r), {
      visitId: r.visit_id,
      findingId: r.id,
    }),
  );
}

/** The documents issued in the year by units of the tree, narrowed to a type by `key`. */
export async function documentRecords(
  em: EntityManager,
  year: number,
  root: string | null,
  key: string | null,
  today: TodayView | null = null,
): Promise<RollupRecord[]> {
  const rows = await executeSql<
    { id: string; number: string; summary: string; type: string; issued_on: string; unit_name: string }[]
  >(
    em,
    sql`${scopeSql(year, root, today)}
     select d.id, d.number, d.summary, d.type, d.issued_on::text as issued_on, u.name as unit_name
       from directive_document d join unit_y u on u.id = d.issuing_unit_id
      where d.year = ${year} and d.issuing_unit_id in (select id from tree) and (${key}::text is null or d.type = ${key})
      order by d.issued_on, d.number`,
  );
  return rows.map((r) => recordOf('DOCUMENT', r.id, r.unit_name, r.issued_on, r.number, r.summary));
}

/** The units in scope, inspected or not inspected. */
export function unitRecords(cover: Coverage, figure: RollupFigure): RollupRecord[] {
  const wanted = (inspected: boolean) =>
    figure === RollupFigure.UNITS_IN_SCOPE || inspected === (figure === RollupFigure.UNITS_INSPECTED);
  return cover.units
    .filter((u) => wanted(u.inspected))
    .map((u) =>
      recordOf('UNIT', u.unitId, u.name, null, `${u.code} ${u.name}`, `${u.visits} cuộc kiểm tra đã duyệt trong năm`),
    );
}
