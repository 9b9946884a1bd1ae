import type { EntityManager } from '@mikro-orm/postgresql';
import { ObjectType } from 'type-graphql';
import { isUuid } from '../../common/ids.js';
import { todayLocalDate } from '../../common/local-date.js';
import { type Page, type PageArgs, PageOf, pageSql } from '../../common/paging.js';
import { containsPattern, foldedSql, searchWords } from '../../common/search-text.js';
import { type Sql, sql } from '../../common/sql.js';
import { executeSql } from '../../db/read-path/read-rows.js';
import { visibleFindingsSql } from '../auth/record-scope.js';
import type { Viewer } from '../users/viewer.js';
import { Finding } from './finding.entity.js';
import { overdueFindingSql } from './finding-rules.js';
import type { FindingFilter } from './findings.inputs.js';

@ObjectType({ description: 'One page of the finding list' })
export class FindingPage extends PageOf(Finding) {}

/** The text a finding's search looks in, folded: what was found, the recommendation and the group. */
const FINDING_TEXT = foldedSql(
  "coalesce(f.found_text, '') || ' ' || coalesce(f.recommendation, '') || ' ' || f.group_title",
);

/**
 * The SQL condition (alias f, joined to its visit as v) for the findings of approved visits in the
 * viewer's record scope (record-scope.ts) that match the filter; null when nothing can match.
 */
export function findingFilterSql(viewer: Viewer, filter: FindingFilter | null): Sql | null {
  const where = [sql`v.status = 'APPROVED'`, visibleFindingsSql(viewer)];
  if (filter?.year) where.push(sql`extract(year from v.visit_date)::int = ${filter.year}`);
  if (filter?.status) where.push(sql`f.status = ${filter.status}`);
  if (filter?.severity) where.push(sql`f.severity = ${filter.severity}`);
  if (filter?.unitId) {
    if (!isUuid(filter.unitId)) return null;
    // A unit's findings: those raised against it and those it follows since its predecessor ended.
    where.push(sql`(f.responsible_unit_id = ${filter.unitId} or f.followed_by_unit_id = ${filter.unitId})`);
  }
  if (filter?.overdue) where.push(overdueFindingSql(todayLocalDate()));
  for (const word of searchWords(filter?.search ?? '')) {
    const pattern = containsPattern(word);
    where.push(sql`(${sql.raw(FINDING_TEXT)} like ${pattern} or exists (select 1 from unit su
      where su.id = f.responsible_unit_id and (su.search_name like ${pattern} or lower(su.code) like ${pattern})))`);
  }
  return sql.join(where, ' and ');
}

/** Nearest deadline first (none last), then the oldest; the id last makes it a total order for paging. */
const FINDING_ORDER = 'f.deadline nulls last, f.created_at, f.id';

/** The findings matching `where` (see findingFilterSql), in the list's order, a page of them when asked. */
export async function readFindings(em: EntityManager, where: Sql, page: PageArgs | null = null): Promise<Finding[]> {
  const rows = await executeSql<{ id: string }[]>(
    em,
    sql`select f.id from finding f join visit v on v.id = f.visit_id where ${where}
      order by ${sql.raw(FINDING_ORDER)}${pageSql(page)}`,
  );
  const findings = await em.find(Finding, { id: { $in: rows.map((r) => r.id) } });
  const order = new Map(rows.map((r, i) => [r.id, i]));
  return findings.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

/** One page of the findings the viewer may see that match the filter, and how many match in all. */
export async function readFindingPage(
  em: EntityManager,
  viewer: Viewer,
  filter: FindingFilter | null,
  page: PageArgs,
): Promise<Page<Finding>> {
  const where = findingFilterSql(viewer, filter);
  if (!where) return { items: [], total: 0 };
  const items = await readFindings(em, where, page);
  const [count] = await executeSql<{ total: number }[]>(
    em,
    sql`select count(*)::int as total from finding f join visit v on v.id = f.visit_id where ${where}`,
  );
  return { items, total: count?.total ?? 0 };
}
