import type { EntityManager } from '@mikro-orm/postgresql';
import { type TeamRow, teamRowColumns, teamRowReader } from '../plans/team-row.js';
import { type UnitRow, unitRowColumns, unitRowReader } from '../units/unit-row.js';
import type { Attendee, VisitStatus } from './visit.entity.js';

/**
 * A visit as the lists (`visits`, `myVisits`) return it: every GraphQL field of `Visit`, with its unit,
 * team and planned month, read in one SQL query instead of hydrated `Visit`, `Unit` and `InspectionTeam`
 * entities (hydration was most of a list request's CPU time). The `Visit` field resolvers that need the
 * entity itself (answers, findings...) load it by id, so any field asked on a list still answers.
 */
export class VisitListRow {
  id!: string;
  status!: VisitStatus;
  startedAt!: Date | null;
  startLatitude!: number | null;
  startLongitude!: number | null;
  visitDate!: string | null;
  attendees!: Attendee[];
  conclusion!: string | null;
  returnComment!: string | null;
  submittedAt!: Date | null;
  approvedAt!: Date | null;
  version!: number;
  unit!: UnitRow;
  team!: TeamRow;
  planLine!: { id: string } | null;
  plannedMonth!: number | null;
  templateVersion!: { id: string } | null;
}

interface VisitListSqlRow {
  id: string;
  status: VisitStatus;
  started_at: number | null;
  start_latitude: number | null;
  start_longitude: number | null;
  visit_date: string | null;
  attendees: Attendee[];
  conclusion: string | null;
  return_comment: string | null;
  submitted_at: number | null;
  approved_at: number | null;
  version: number;
  plan_line_id: string | null;
  planned_month: number | null;
  template_version_id: string | null;
}

/** Milliseconds since the epoch, truncated as `new Date(<timestamp text>)` truncates microseconds. */
const epochMs = (column: string) => `floor(extract(epoch from ${column}) * 1000)::float8`;

const SELECT = `select v.id, v.status, ${epochMs('v.started_at')} as started_at, v.start_latitude, v.start_longitude,
    v.visit_date::text as visit_date, v.attendees, v.conclusion, v.return_comment,
    ${epochMs('v.submitted_at')} as submitted_at, ${epochMs('v.approved_at')} as approved_at, v.version,
    v.plan_line_id, l.planned_month, v.template_version_id, ${unitRowColumns('u', 'unit')}, ${teamRowColumns('t', 'team')}
  from visit v join unit u on u.id = v.unit_id join inspection_team t on t.id = v.team_id
    left join plan_line l on l.id = v.plan_line_id`;

const date = (ms: number | null) => (ms === null ? null : new Date(ms));

/** The visits matching `where` (SQL on alias v, and l for the plan line) in the order given. */
export async function readVisitList(
  em: EntityManager,
  where: string,
  params: unknown[],
  orderBy: string,
): Promise<VisitListRow[]> {
  const rows = await em.execute<(VisitListSqlRow & Record<string, unknown>)[]>(
    `${SELECT} where ${where} order by ${orderBy}`,
    params,
  );
  const unitOf = unitRowReader('unit');
  const teamOf = teamRowReader('team');
  return rows.map((r) =>
    Object.assign(new VisitListRow(), {
      id: r.id,
      status: r.status,
      startedAt: date(r.started_at),
      startLatitude: r.start_latitude,
      startLongitude: r.start_longitude,
      visitDate: r.visit_date,
      attendees: r.attendees,
      conclusion: r.conclusion,
      returnComment: r.return_comment,
      submittedAt: date(r.submitted_at),
      approvedAt: date(r.approved_at),
      version: r.version,
      unit: unitOf(r),
      team: teamOf(r),
      planLine: r.plan_line_id ? { id: r.plan_line_id } : null,
      plannedMonth: r.planned_month,
      templateVersion: r.template_version_id ? { id: r.template_version_id } : null,
    }),
  );
}
