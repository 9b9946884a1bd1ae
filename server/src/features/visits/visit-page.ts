import type { EntityManager } from '@mikro-orm/postgresql';
import { ObjectType } from 'type-graphql';
import { isUuid } from '../../common/ids.js';
import { type Page, type PageArgs, PageOf } from '../../common/paging.js';
import { containsPattern, searchWords } from '../../common/search-text.js';
import { type Sql, sql } from '../../common/sql.js';
import { readRows } from '../../db/read-path/read-rows.js';
import { visibleVisitsSql } from '../auth/record-scope.js';
import type { Viewer } from '../users/viewer.js';
import { Visit, type VisitStatus } from './visit.entity.js';
import { readVisitListWithTotal, type VisitListRow, type VisitListSelection } from './visit-list.js';

@ObjectType({ description: 'One page of the visit list' })
export class VisitPage extends PageOf(Visit) {}

export interface VisitFilter {
  year?: number | null;
  status?: VisitStatus | null;
  unitId?: string | null;
  teamId?: string | null;
  /** Words of the unit's name (folded, as `unit.search_name`) or its code. */
  search?: string | null;
}

/**
 * The paged list's order: by visit date, newest first, visits not yet held (no date) last, then by id,
 * a total order so that pages neither repeat nor skip a visit. It is the order of the indexes
 * `visit_list_order_index` and `visit_status_list_order_index`, so a page reads only its own rows.
 */
export const VISIT_PAGE_ORDER = 'v.visit_date desc nulls last, v.id';

/**
 * The SQL condition (aliases v, and l for the plan line) for the visits the viewer may see that match
 * the filter; null when nothing can match (an id that is no UUID).
 */
export function visitFilterSql(viewer: Viewer, filter: VisitFilter): Sql | null {
  const where = [visibleVisitsSql(viewer)];
  if (filter.year) {
    // A held visit's year is its date's (a range, which the date indexes serve); a visit not yet held has its plan's.
    where.push(sql`((v.visit_date >= ${`${filter.year}-01-01`}::date and v.visit_date < ${`${filter.year + 1}-01-01`}::date)
      or (v.visit_date is null and exists (select 1 from inspection_plan p where p.id = l.plan_id and p.year = ${filter.year})))`);
  }
  if (filter.status) where.push(sql`v.status = ${filter.status}`);
  for (const [column, id] of [
    ['v.unit_id', filter.unitId],
    ['v.team_id', filter.teamId],
  ] as const) {
    if (!id) continue;
    if (!isUuid(id)) return null;
    where.push(sql`${sql.raw(column)} = ${id}`);
  }
  for (const word of searchWords(filter.search ?? '')) {
    const pattern = containsPattern(word);
    where.push(
      sql`exists (select 1 from unit su where su.id = v.unit_id and (su.search_name like ${pattern} or lower(su.code) like ${pattern}))`,
    );
  }
  return sql.join(where, ' and ');
}

/** One page of the visits the viewer may see that match the filter, and how many match in all. */
export async function readVisitPage(
  em: EntityManager,
  viewer: Viewer,
  filter: VisitFilter,
  selection: VisitListSelection | null,
  page: PageArgs,
): Promise<Page<VisitListRow>> {
  const where = visitFilterSql(viewer, filter);
  if (!where) return { items: [], total: 0 };
  const { rows: items, total } = await readVisitListWithTotal(em, where, VISIT_PAGE_ORDER, selection, page);
  if (total !== null) return { items, total };
  const [count] = await readRows<{ total: number }>(
    em,
    sql`select count(*)::int as total from visit v left join plan_line l on l.id = v.plan_line_id where ${where}`,
  );
  return { items, total: count?.total ?? 0 };
}
