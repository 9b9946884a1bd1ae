import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';
import { todayLocalDate } from '../../common/local-date.js';
import { sql } from '../../common/sql.js';
import { readRows } from '../../db/read-path/read-rows.js';
import { visibleFindingsSql, visibleVisitsSql } from '../auth/record-scope.js';
import { overdueFindingSql } from '../findings/finding-rules.js';
import { planVisitDoneSql } from '../plans/plan-progress.js';
import type { Viewer } from '../users/viewer.js';

/**
 * The figures of the home screen's cards, each within the viewer's record scope (record-scope.ts, as the
 * lists are) and each the number of rows of the list its card opens with the same filter: visits by
 * status (the inspector's of the current year), findings of approved visits by status or overdue.
 */
@ObjectType({ description: 'Số liệu của trang chủ, trong phạm vi người dùng được xem' })
export class HomeCounts {
  @Field(() => Int, { description: 'The current year in the department time zone, which the yearly figures count' })
  year!: number;

  @Field(() => Int, { description: 'Visits of the current year not started yet (PLANNED)' })
  visitsPlanned!: number;

  @Field(() => Int, { description: 'Visits started and not submitted (IN_PROGRESS), any year' })
  visitsInProgress!: number;

  @Field(() => Int, { description: 'Visits returned for correction (RETURNED), any year' })
  visitsReturned!: number;

  @Field(() => Int, { description: 'Visits waiting for review (SUBMITTED), any year' })
  visitsSubmitted!: number;

  @Field(() => Int, { description: 'Approved visits of the current year' })
  visitsApprovedThisYear!: number;

  @Field(() => Int, { description: "Visits of the current year's plans (one per plan line)" })
  visitsPlannedThisYear!: number;

  @Field(() => Int, { description: "Of those, carried out: approved and dated in the plan's year" })
  planVisitsDoneThisYear!: number;

  @Field(() => Int, { description: 'Findings not remediated (OPEN)' })
  findingsOpen!: number;

  @Field(() => Int, { description: 'Findings whose remediation report waits for the office (REMEDIATION_REPORTED)' })
  findingsRemediationReported!: number;

  @Field(() => Int, { description: 'Findings past their deadline and not closed' })
  findingsOverdue!: number;
}

/**
 * The year a visit counts in, as the visit lists filter `nam` (visit-reads.ts): its date's, or before it
 * has one, its plan's (alias v, its plan line l).
 */
const VISIT_YEAR_SQL = sql`coalesce(extract(year from v.visit_date)::int, (select p.year from inspection_plan p where p.id = l.plan_id))`;

type CountRow = Record<string, number | string>;

export async function homeCounts(em: EntityManager, viewer: Viewer, today = todayLocalDate()): Promise<HomeCounts> {
  const year = Number(today.slice(0, 4));
  const [visits] = await readRows<CountRow>(
    em,
    sql`select
          count(*) filter (where v.status = 'PLANNED' and ${VISIT_YEAR_SQL} = ${year}) as planned,
          count(*) filter (where v.status = 'IN_PROGRESS') as in_progress,
          count(*) filter (where v.status = 'RETURNED') as returned,
          count(*) filter (where v.status = 'SUBMITTED') as submitted,
          count(*) filter (where v.status = 'APPROVED' and ${VISIT_YEAR_SQL} = ${year}) as approved_year,
          count(*) filter (where pl.year = ${year}) as plan_year,
          count(*) filter (where pl.year = ${year} and ${planVisitDoneSql(year)}) as plan_done
        from visit v
        left join plan_line l on l.id = v.plan_line_id
        left join inspection_plan pl on pl.id = l.plan_id
       where ${visibleVisitsSql(viewer)}`,
  );
  // Findings of approved visits only, as the findings list shows them (findings.service.ts).
  const [findings] = await readRows<CountRow>(
    em,
    sql`select
          count(*) filter (where f.status = 'OPEN') as open,
          count(*) filter (where f.status = 'REMEDIATION_REPORTED') as reported,
          count(*) filter (where ${overdueFindingSql(today)}) as overdue
        from finding f join visit v on v.id = f.visit_id
       where v.status = 'APPROVED' and ${visibleFindingsSql(viewer)}`,
  );
  const n = (row: CountRow | undefined, column: string) => Number(row?.[column] ?? 0);
  return {
    year,
    visitsPlanned: n(visits, 'planned'),
    visitsInProgress: n(visits, 'in_progress'),
    visitsReturned: n(visits, 'returned'),
    visitsSubmitted: n(visits, 'submitted'),
    visitsApprovedThisYear: n(visits, 'approved_year'),
    visitsPlannedThisYear: n(visits, 'plan_year'),
    planVisitsDoneThisYear: n(visits, 'plan_done'),
    findingsOpen: n(findings, 'open'),
    findingsRemediationReported: n(findings, 'reported'),
    findingsOverdue: n(findings, 'overdue'),
  };
}
