import type { EntityManager } from '@mikro-orm/postgresql';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, InputType, ObjectType } from 'type-graphql';
import { DEPARTMENT_TIME_ZONE } from '../../common/local-date.js';
import { type Page, type PageArgs, PageOf, pageSql } from '../../common/paging.js';
import { containsPattern, foldedSql, searchWords } from '../../common/search-text.js';
import { type Sql, sql } from '../../common/sql.js';
import { executeSql } from '../../db/read-path/read-rows.js';
import { AuditEntry } from './audit-entry.entity.js';
import { resolveAuditReferences } from './audit-references.js';

@ObjectType({ description: 'One page of the whole audit trail, newest first' })
export class AuditEntryPage extends PageOf(AuditEntry) {}

const NAME = /^[A-Za-z_]{1,64}$/;

@InputType({ description: 'Which entries of the audit trail to list' })
export class AuditTrailFilter {
  @Field(() => String, { nullable: true, description: 'Kind of record, e.g. Visit, Finding, User' })
  @IsOptional()
  @Matches(NAME, { message: 'Loại hồ sơ không hợp lệ.' })
  entityType?: string | null;

  @Field(() => String, { nullable: true, description: 'What was done, e.g. RETURN, APPROVE' })
  @IsOptional()
  @Matches(NAME, { message: 'Loại thao tác không hợp lệ.' })
  action?: string | null;

  @Field(() => String, { nullable: true, description: "Words of the actor's name, with or without diacritics" })
  @IsOptional()
  @MaxLength(100, { message: 'Từ khóa tìm kiếm quá dài.' })
  actor?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'From this day (department time), inclusive' })
  @IsOptional()
  from?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'To this day (department time), inclusive' })
  @IsOptional()
  to?: string | null;
}

const ACTOR_NAME = foldedSql("coalesce(a.actor_name, '')");

/** The SQL condition (alias a) for the entries matching the filter; days are the department's days. */
export function auditFilterSql(filter: AuditTrailFilter | null): Sql {
  const where: Sql[] = [sql`true`];
  if (filter?.entityType) where.push(sql`a.entity_type = ${filter.entityType}`);
  if (filter?.action) where.push(sql`a.action = ${filter.action}`);
  for (const word of searchWords(filter?.actor ?? '')) {
    where.push(sql`${sql.raw(ACTOR_NAME)} like ${containsPattern(word)}`);
  }
  const zone = sql.raw(`'${DEPARTMENT_TIME_ZONE}'`);
  if (filter?.from) where.push(sql`a.at >= (${filter.from}::date::timestamp at time zone ${zone})`);
  if (filter?.to) where.push(sql`a.at < ((${filter.to}::date + 1)::timestamp at time zone ${zone})`);
  return sql.join(where, ' and ');
}

/**
 * One page of the whole audit trail (newest first: the entry id is the order of writing) with the
 * count of the entries matching the filter; actors' roles and checklist labels resolved as in a
 * record's history.
 */
export async function readAuditPage(
  em: EntityManager,
  filter: AuditTrailFilter | null,
  page: PageArgs,
): Promise<Page<AuditEntry>> {
  const where = auditFilterSql(filter);
  const rows = await executeSql<{ id: string }[]>(
    em,
    sql`select a.id from audit_entry a where ${where} order by a.id desc${pageSql(page)}`,
  );
  const entries = await em.find(AuditEntry, { id: { $in: rows.map((r) => r.id) } });
  const order = new Map(rows.map((r, i) => [String(r.id), i]));
  entries.sort((x, y) => (order.get(String(x.id)) ?? 0) - (order.get(String(y.id)) ?? 0));
  const [count] = await executeSql<{ total: number }[]>(
    em,
    sql`select count(*)::int as total from audit_entry a where ${where}`,
  );
  return { items: await resolveAuditReferences(em, entries), total: count?.total ?? 0 };
}
