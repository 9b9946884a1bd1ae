import type { EntityManager } from '@mikro-orm/postgresql';
import { type PageArgs, pageSql } from '../../common/paging.js';
import { type Sql, sql } from '../../common/sql.js';
import { readRows } from '../../db/read-path/read-rows.js';
import { relatedRow } from '../../db/read-path/related-row.js';
import { TEAM_ROW, type TeamRow } from '../plans/team-row.js';
import type { DatedVersion } from '../units/unit-as-of.js';
import type { UnitAsOfSource, UnitRowRead } from '../units/unit-as-of-loader.js';
import { UNIT_ROW, type UnitRow } from '../units/unit-row.js';
import type { Attendee, VisitStatus } from './visit.entity.js';
import type { VisitProgress } from './visit-progress.js';
import { ANSWERED_SQL } from './visit-progress-loader.js';

/**
 * A visit as the lists (`visits`, `myVisits`) return it: every GraphQL field of `Visit`, with its unit,
 * team and planned month, read in one SQL query instead of hydrated `Visit`, `Unit` and `InspectionTeam`
 * entities (hydration was most of a list request's CPU time). Its unit, team and planned month are
 * answered as they are, like the entity's; the `Visit` field resolvers that need the entity itself
 * (answers, findings...) load it by id (visit-root.ts), so any field asked on a list still answers. A
 * field the client did not ask for may be left undefined (see readVisitList).
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
  unitId!: string;
  teamId!: string;
  unit!: UnitRow;
  team!: TeamRow;
  planLine!: { id: string } | null;
  plannedMonth!: number | null;
  plannedDate!: string | null;
  templateVersion!: { id: string } | null;
  /**
   * Answered and total items, read with the row when the client asked for them without the groups
   * (the phone's list); otherwise undefined and the progress loader reads them.
   */
  progress?: Pick<VisitProgress, 'answered' | 'total'> | null;
  /**
   * What naming the unit as of the visit's day takes (its dating, the unit's row and versions), read
   * with the row when the client asked for `unitAsOf`, so that the list costs no query more for it.
   */
  unitAsOfSource?: UnitAsOfSource;
}

/**
 * What the client asked of a list: the `Visit` fields, and the fields under `progress`, `unit` and
 * `team`.
 */
export interface VisitListSelection {
  fields: ReadonlySet<string>;
  progress: ReadonlySet<string>;
  unit: ReadonlySet<string>;
  team: ReadonlySet<string>;
}

interface VisitListSqlRow {
  id: string;
  status: VisitStatus;
  started_at?: number | null;
  start_latitude?: number | null;
  start_longitude?: number | null;
  visit_date?: string | null;
  attendees?: Attendee[];
  conclusion?: string | null;
  return_comment?: string | null;
  submitted_at?: number | null;
  approved_at?: number | null;
  version?: number;
  unit_id: string;
  team_id: string;
  plan_line_id: string | null;
  planned_month: number | null;
  planned_date: string | null;
  template_version_id: string | null;
  progress_answered?: number;
  progress_total?: number;
  as_of_visit_date?: string | null;
  as_of_plan_year?: number | null;
  as_of_unit?: UnitRowRead;
  as_of_versions?: DatedVersion[];
}

/** Milliseconds since the epoch, truncated as `new Date(<timestamp text>)` truncates microseconds. */
const epochMs = (column: string) => `floor(extract(epoch from ${column}) * 1000)::float8`;

/** Always read: what the field resolvers of a list row use (status, unit, team, plan line, checklist version). */
const ALWAYS =
  'v.id, v.status, v.unit_id, v.team_id, v.plan_line_id, l.planned_month, l.planned_date::text as planned_date, v.template_version_id';

/** The columns of each other `Visit` field, read only when the client asked for the field. */
const FIELD_COLUMNS: Record<string, string> = {
  startedAt: `${epochMs('v.started_at')} as started_at`,
  startLatitude: 'v.start_latitude',
  startLongitude: 'v.start_longitude',
  visitDate: 'v.visit_date::text as visit_date',
  attendees: 'v.attendees',
  conclusion: 'v.conclusion',
  returnComment: 'v.return_comment',
  submittedAt: `${epochMs('v.submitted_at')} as submitted_at`,
  approvedAt: `${epochMs('v.approved_at')} as approved_at`,
  version: 'v.version',
};

/** A row's answered and total items, as the progress loader counts them, for the rows of a list. */
const PROGRESS_COLUMNS = `(select count(*) from checklist_item i join checklist_group g on g.id = i.group_id
      where g.version_id = v.template_version_id)::int as progress_total,
    (select count(*) from visit_answer a join checklist_item i on i.id = a.item_id
      where a.visit_id = v.id and ${ANSWERED_SQL})::int as progress_answered`;

/**
 * What `unitAsOf` takes for a row (unit-as-of-loader.ts): the visit's day and its plan's year, the unit's
 * row and its dated versions (a few per unit).
 */
const UNIT_AS_OF_COLUMNS = `v.visit_date::text as as_of_visit_date,
    (select p.year from inspection_plan p where p.id = l.plan_id) as as_of_plan_year,
    (select json_build_object('id', x.id, 'code', x.code, 'name', x.name, 'kind', x.kind,
        'active_from', x.active_from::text, 'active_to', x.active_to::text)
      from unit x where x.id = v.unit_id) as as_of_unit,
    (select coalesce(json_agg(json_build_object('validFrom', x.valid_from::text, 'validTo', x.valid_to::text,
        'code', x.code, 'name', x.name, 'shortName', x.short_name, 'kind', x.kind)), '[]')
      from unit_version x where x.unit_id = v.unit_id) as as_of_versions`;

const date = (ms: number | null | undefined) => (ms === undefined ? undefined : ms === null ? null : new Date(ms));

/**
 * The visits matching `where` (SQL on alias v, and l for the plan line) in the order given. `selection`,
 * what the client asked for, limits the columns read (and the unit and team joins) to those; the
 * fields not asked for stay undefined on the rows. Null reads every field.
 */
export async function readVisitList(
  em: EntityManager,
  where: Sql,
  orderBy: string,
  selection: VisitListSelection | null = null,
  page: PageArgs | null = null,
): Promise<VisitListRow[]> {
  const list = visitListQuery(where, orderBy, selection, page);
  return (await readRows<VisitListSqlRow & Record<string, unknown>>(em, list.query)).map(list.read);
}

/**
 * A page of the list (see readVisitList) with the number of visits in the whole list, counted in the same
 * query (one round trip fewer for every page); the total is null when the page is empty (an offset past
 * the end), which the caller counts apart.
 */
export async function readVisitListWithTotal(
  em: EntityManager,
  where: Sql,
  orderBy: string,
  selection: VisitListSelection | null,
  page: PageArgs,
): Promise<{ rows: VisitListRow[]; total: number | null }> {
  const list = visitListQuery(where, orderBy, selection, page, true);
  const rows = await readRows<VisitListSqlRow & { list_total: number } & Record<string, unknown>>(em, list.query);
  return { rows: rows.map(list.read), total: rows[0]?.list_total ?? null };
}

/** The SQL of a visit list (see readVisitList) and the reading of its rows; apart, for EXPLAIN in tests. */
export function visitListQuery(
  where: Sql,
  orderBy: string,
  selection: VisitListSelection | null = null,
  page: PageArgs | null = null,
  withTotal = false,
): { query: Sql; read: (row: VisitListSqlRow & Record<string, unknown>) => VisitListRow } {
  const wanted = (field: string) => selection === null || selection.fields.has(field);
  const columns = [
    ALWAYS,
    ...Object.entries(FIELD_COLUMNS)
      .filter(([f]) => wanted(f))
      .map(([, c]) => c),
  ];
  const progressTotals = selection !== null && wanted('progress') && !selection.progress.has('groups');
  if (progressTotals) columns.push(PROGRESS_COLUMNS);
  // Only on a page (at most `first` rows): an unpaged list such as the phone's would repeat each unit's
  // versions on every one of its visits, where the loader's own query reads them once per unit.
  const unitAsOf = page !== null && selection?.fields.has('unitAsOf') === true;
  if (unitAsOf) columns.push(UNIT_AS_OF_COLUMNS);
  const unit = wanted('unit') ? relatedRow(UNIT_ROW, 'u', 'unit', selection?.unit ?? null) : null;
  const team = wanted('team') ? relatedRow(TEAM_ROW, 't', 'team', selection?.team ?? null) : null;
  if (unit) columns.push(unit.columns);
  if (team) columns.push(team.columns);
  const joins = [
    unit ? 'join unit u on u.id = v.unit_id' : '',
    team ? 'join inspection_team t on t.id = v.team_id' : '',
  ].join(' ');
  // The count of the whole list as a subquery of its own (its v and l are its own tables, so PostgreSQL
  // runs it once), beside the page, which still reads only its own rows by the order's index.
  const total = withTotal
    ? sql`, (select count(*) from visit v left join plan_line l on l.id = v.plan_line_id where ${where})::int as list_total`
    : sql.empty;
  const query = sql`select ${sql.raw(columns.join(', '))}${total} from visit v ${sql.raw(joins)} left join plan_line l on l.id = v.plan_line_id
      where ${where} order by ${sql.raw(orderBy)}${pageSql(page)}`;
  const read = (r: VisitListSqlRow & Record<string, unknown>): VisitListRow =>
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
      unitId: r.unit_id,
      teamId: r.team_id,
      unit: unit?.read(r),
      team: team?.read(r),
      planLine: r.plan_line_id ? { id: r.plan_line_id } : null,
      plannedMonth: r.planned_month,
      plannedDate: r.planned_date,
      templateVersion: r.template_version_id ? { id: r.template_version_id } : null,
      progress: !progressTotals
        ? undefined
        : r.template_version_id
          ? { answered: r.progress_answered ?? 0, total: r.progress_total ?? 0 }
          : null,
      unitAsOfSource: unitAsOf
        ? {
            dating: {
              visitDate: r.as_of_visit_date ?? null,
              planYear: r.as_of_plan_year ?? null,
              plannedMonth: r.planned_month,
            },
            unit: r.as_of_unit as UnitRowRead,
            versions: r.as_of_versions ?? [],
          }
        : undefined,
    });
  return { query, read };
}
