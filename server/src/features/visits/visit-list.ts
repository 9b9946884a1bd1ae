import type { EntityManager } from '@mikro-orm/postgresql';
import { InspectionTeam } from '../plans/plan.entity.js';
import { Unit } from '../units/unit.entity.js';
import type { Attendee, VisitStatus } from './visit.entity.js';

/**
 * A visit as the lists (`visits`, `myVisits`) return it: every GraphQL field of `Visit` read in one SQL
 * query, with its unit and team entities and the planned month, instead of a hydrated `Visit` entity
 * per row (hydration was most of a list request's CPU time). The `Visit` field resolvers that need the
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
  unit!: Unit;
  team!: InspectionTeam;
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
  unit_id: string;
  team_id: string;
  plan_line_id: string | null;
  planned_month: number | null;
  template_version_id: string | null;
}

/** Milliseconds since the epoch, truncated as `new Date(<timestamp text>)` truncates microseconds. */
const epochMs = (column: string) => `floor(extract(epoch from ${column}) * 1000)::float8`;

const SELECT = `select v.id, v.status, ${epochMs('v.started_at')} as started_at, v.start_latitude, v.start_longitude,
    v.visit_date::text as visit_date, v.attendees, v.conclusion, v.return_comment,
    ${epochMs('v.submitted_at')} as submitted_at, ${epochMs('v.approved_at')} as approved_at, v.version,
    v.unit_id, v.team_id, v.plan_line_id, l.planned_month, v.template_version_id
  from visit v left join plan_line l on l.id = v.plan_line_id`;

const date = (ms: number | null) => (ms === null ? null : new Date(ms));

/**
 * The visits matching `where` (SQL on alias v, and l for the plan line) in the order given, with the
 * few distinct units and teams they refer to loaded as entities (two more queries, not one per row).
 */
export async function readVisitList(
  em: EntityManager,
  where: string,
  params: unknown[],
  orderBy: string,
): Promise<VisitListRow[]> {
  const rows = await em.execute<VisitListSqlRow[]>(`${SELECT} where ${where} order by ${orderBy}`, params);
  if (rows.length === 0) return [];
  const [units, teams] = [
    await em.find(Unit, { id: { $in: [...new Set(rows.map((r) => r.unit_id))] } }),
    await em.find(InspectionTeam, { id: { $in: [...new Set(rows.map((r) => r.team_id))] } }),
  ];
  const unitById = new Map(units.map((u) => [u.id, u]));
  const teamById = new Map(teams.map((t) => [t.id, t]));
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
      unit: unitById.get(r.unit_id) as Unit,
      team: teamById.get(r.team_id) as InspectionTeam,
      planLine: r.plan_line_id ? { id: r.plan_line_id } : null,
      plannedMonth: r.planned_month,
      templateVersion: r.template_version_id ? { id: r.template_version_id } : null,
    }),
  );
}
