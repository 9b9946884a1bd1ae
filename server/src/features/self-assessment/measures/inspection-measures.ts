import type { EntityManager } from '@mikro-orm/postgresql';
import { DEPARTMENT_TIME_ZONE } from '../../../common/local-date.js';
import { sql } from '../../../common/sql.js';
import { formatDate, formatNumber, VISIT_STATUS_IN_SENTENCE } from '../../../common/vietnamese.js';
import { executeSql } from '../../../db/read-path/read-rows.js';
import { planMonthEnded, planVisitDoneSql } from '../../plans/plan-progress.js';
import {
  FINDING_CLOSED_ON,
  FINDING_DESCRIPTION,
  FIXED_ON_TIME,
  scopeSql,
  unitsOfYearSql,
  yearFindingsSql,
} from '../../rollup/rollup-sql.js';
import { EvidenceRecordKind, type MeasuredRecord } from '../performance-measure.js';
import type { MeasureOutcome } from './measure-outcome.js';

// The measures of the inspections (issue 17): units inspected against the plan, findings fixed on time,
// findings followed up. Definitions: docs/self-assessment-measures.md. `asOf` is the day a year is judged
// on: 31 December of a past year, today in the current one (RollupService.asOf).

const REPORTED_ON = sql.raw(`(f.remediation_reported_at at time zone '${DEPARTMENT_TIME_ZONE}')::date`);

interface PlanLineRow {
  plan_id: string;
  plan_number: string;
  plan_date: string;
  plan_title: string;
  planned_month: number;
  unit_name: string;
  visit_id: string | null;
  status: keyof typeof VISIT_STATUS_IN_SENTENCE | null;
  visit_date: string | null;
  done: boolean;
}

/**
 * PLAN_INSPECTED: the lines of the year's inspection plans for units in the year's inspection scope (the
 * units as they were, rollup-sql scopeSql), due (their month ended by `today`) or carried out (an approved
 * visit dated by 31 December); counted when carried out. The plans are cited too, as the basis.
 */
export async function planInspected(em: EntityManager, year: number, today: string): Promise<MeasureOutcome> {
  const rows = await executeSql<PlanLineRow[]>(
    em,
    sql`${scopeSql(year, null)}
     select p.id as plan_id, p.document_number as plan_number, p.document_date::text as plan_date, p.title as plan_title,
            l.planned_month, u.name as unit_name, v.id as visit_id, v.status, v.visit_date::text as visit_date,
            coalesce(${planVisitDoneSql(year)}, false) as done
       from inspection_plan p
       join plan_line l on l.plan_id = p.id
       join scope s on s.id = l.unit_id
       join unit_y u on u.id = l.unit_id
       left join visit v on v.plan_line_id = l.id
      where p.year = ${year}
      order by p.document_date, p.document_number, l.planned_month, u.name`,
  );
  const due = rows.filter((r) => r.done || planMonthEnded(year, r.planned_month, today));
  const notYet = rows.length - due.length;
  const plans = new Map(rows.map((r) => [r.plan_id, r]));
  const records: MeasuredRecord[] = [
    ...[...plans.values()].map((p) => ({
      kind: EvidenceRecordKind.PLAN,
      id: p.plan_id,
      label: `${p.plan_title} (số ${p.plan_number} ngày ${formatDate(p.plan_date)})`,
      counted: false,
    })),
    ...due.map((r) => ({
      kind: r.visit_id ? EvidenceRecordKind.VISIT : EvidenceRecordKind.PLAN,
      id: r.visit_id ?? r.plan_id,
      label: lineLabel(r, year),
      counted: r.done,
    })),
  ];
  return {
    numerator: due.filter((r) => r.done).length,
    denominator: due.length,
    counts: 'đơn vị được kiểm tra theo kế hoạch',
    nothingDue: rows.length
      ? `Chưa có đơn vị nào đến tháng kiểm tra theo kế hoạch năm ${year}`
      : `Không có kế hoạch kiểm tra năm ${year}`,
    note: notYet && due.length ? `${formatNumber(notYet)} đơn vị chưa đến tháng kiểm tra theo kế hoạch` : null,
    records,
  };
}

/** "Phòng A: kiểm tra ngày 10/03/2022 (kế hoạch 10/KH-SO, tháng 3)", or why it is not done. */
function lineLabel(r: PlanLineRow, year: number): string {
  const planned = `kế hoạch ${r.plan_number}, tháng ${r.planned_month}`;
  let state = 'chưa kiểm tra';
  if (r.status === 'APPROVED' && r.visit_date) {
    state = `kiểm tra ngày ${formatDate(r.visit_date)}${r.done ? '' : `, sau ngày 31/12/${year}`}`;
  } else if (r.status && r.status !== 'PLANNED') {
    state = `chưa duyệt, ${VISIT_STATUS_IN_SENTENCE[r.status]}`;
  }
  return `${r.unit_name}: ${state} (${planned})`;
}

interface FindingRow {
  id: string;
  unit_name: string;
  follower_name: string | null;
  description: string;
  visit_date: string;
  deadline: string | null;
  closed_on: string | null;
  reported_on: string | null;
  counted: boolean;
}

/** A finding as the evidence list names it: unit, what was found, the visit's day and what became of it. */
function findingLabel(r: FindingRow, outcome: string): string {
  const follower = r.follower_name ? ` (nay ${r.follower_name} theo dõi)` : '';
  const deadline = r.deadline ? `; hạn khắc phục ${formatDate(r.deadline)}` : '';
  return `${r.unit_name}${follower}: ${r.description} (kiểm tra ngày ${formatDate(r.visit_date)}${deadline}; ${outcome})`;
}

/**
 * FINDINGS_FIXED_ON_TIME: the findings of approved visits (any year) whose outcome is settled in the year,
 * each once: on the day it was closed when closed on time (rollup-sql FIXED_ON_TIME), else on its deadline
 * once the deadline has passed (by `today`); counted when fixed on time. Responsible units as they were in
 * the year; a finding followed by a successor is still one finding.
 */
export async function findingsFixedOnTime(em: EntityManager, year: number, today: string): Promise<MeasureOutcome> {
  const rows = await executeSql<FindingRow[]>(
    em,
    sql`with recursive ${unitsOfYearSql(year)},
     settled as (
       select f.id, ru.name as unit_name, fu.name as follower_name, ${FINDING_DESCRIPTION} as description,
              v.visit_date::text as visit_date, f.deadline::text as deadline, ${FINDING_CLOSED_ON}::text as closed_on,
              null::text as reported_on, ${FIXED_ON_TIME} as counted,
              case when ${FIXED_ON_TIME} then coalesce(${FINDING_CLOSED_ON}, f.deadline) else f.deadline end as settled_on
         from finding f
         join visit v on v.id = f.visit_id
         join unit_y ru on ru.id = f.responsible_unit_id
         left join unit fu on fu.id = f.followed_by_unit_id
         left join checklist_item i on i.id = f.item_id
        where v.status = 'APPROVED'
     )
     select * from settled
      where settled_on between make_date(${year}, 1, 1) and make_date(${year}, 12, 31)
        and (counted or settled_on < ${today}::date)
      order by settled_on, unit_name, id`,
  );
  return {
    numerator: rows.filter((r) => r.counted).length,
    denominator: rows.length,
    counts: 'tồn tại khắc phục đúng hạn',
    nothingDue: `Không có tồn tại nào đến hạn khắc phục trong năm ${year}`,
    note: null,
    records: rows.map((r) => ({
      kind: EvidenceRecordKind.FINDING,
      id: r.id,
      label: findingLabel(
        r,
        r.closed_on
          ? `khắc phục ngày ${formatDate(r.closed_on)}${r.counted ? '' : ', quá hạn'}`
          : 'quá hạn chưa khắc phục',
      ),
      counted: r.counted,
    })),
  };
}

/**
 * FINDINGS_FOLLOWED_UP: the findings of the year's approved visits in scope (the roll-up's findings of the
 * year, rollup-sql yearFindingsSql); counted when, on `asOf`, the unit had reported their remediation or
 * the office had closed them, and they are not open again since.
 */
export async function findingsFollowedUp(em: EntityManager, year: number, asOf: string): Promise<MeasureOutcome> {
  const rows = await executeSql<FindingRow[]>(
    em,
    sql`${scopeSql(year, null)}${yearFindingsSql(year, asOf)}
     select f.id, y.unit_name, fu.name as follower_name, y.description, y.visit_date::text as visit_date,
            f.deadline::text as deadline, ${FINDING_CLOSED_ON}::text as closed_on, ${REPORTED_ON}::text as reported_on,
            coalesce(f.status <> 'OPEN' and least(${REPORTED_ON}, ${FINDING_CLOSED_ON}) <= ${asOf}::date, false) as counted
       from year_findings y
       join finding f on f.id = y.id
       left join unit fu on fu.id = f.followed_by_unit_id
      order by y.visit_date, y.unit_name, f.id`,
  );
  const outcome = (r: FindingRow) => {
    if (!r.counted) return `chưa báo cáo khắc phục đến ngày ${formatDate(asOf)}`;
    if (r.reported_on && r.reported_on <= asOf) return `báo cáo khắc phục ngày ${formatDate(r.reported_on)}`;
    return `đóng ngày ${formatDate(r.closed_on ?? asOf)}`;
  };
  return {
    numerator: rows.filter((r) => r.counted).length,
    denominator: rows.length,
    counts: 'tồn tại phát hiện qua kiểm tra đã được đơn vị báo cáo khắc phục hoặc đã đóng',
    nothingDue: `Không phát hiện tồn tại nào qua các cuộc kiểm tra năm ${year}`,
    note: null,
    records: rows.map((r) => ({
      kind: EvidenceRecordKind.FINDING,
      id: r.id,
      label: findingLabel(r, outcome(r)),
      counted: r.counted,
    })),
  };
}
