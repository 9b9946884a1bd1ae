import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';
import { isUuid } from '../../common/ids.js';
import { type PageArgs, pageSql } from '../../common/paging.js';
import { containsPattern, foldedSql, searchWords } from '../../common/search-text.js';
import { type Sql, sql } from '../../common/sql.js';
import { readRows } from '../../db/read-path/read-rows.js';
import { User } from './user.entity.js';
import { type UserFilterInput, UserStatus } from './users.inputs.js';

@ObjectType({ description: 'One page of users and how many match in all' })
export class UserPage {
  @Field(() => [User])
  items!: User[];

  @Field(() => Int, { description: 'Users matching the filter, over all pages' })
  total!: number;
}

const foldedText = sql.raw(foldedSql("(u.full_name || ' ' || u.username)"));

function conditions(filter: UserFilterInput | null | undefined): Sql[] {
  const where: Sql[] = [sql`true`];
  for (const word of searchWords(filter?.q ?? '')) {
    where.push(sql`${foldedText} like ${containsPattern(word)}`);
  }
  if (filter?.role) where.push(sql`u.role = ${filter.role}`);
  // An id that is not a UUID matches nobody rather than failing the cast.
  if (filter?.unitId) where.push(isUuid(filter.unitId) ? sql`u.unit_id = ${filter.unitId}` : sql`false`);
  if (filter?.status) where.push(sql`u.active = ${filter.status === UserStatus.ACTIVE}`);
  return where;
}

/** Users matching the filter, active first then by name, one page of them, and the total. */
export async function listUsers(
  em: EntityManager,
  filter: UserFilterInput | null | undefined,
  page: PageArgs,
): Promise<UserPage> {
  const where = sql.join(conditions(filter), ' and ');
  const rows = await readRows<{ id: string; total: string | number }>(
    em,
    sql`select u.id, count(*) over () as total from app_user u where ${where}
      order by u.active desc, u.full_name, u.username${pageSql(page)}`,
  );
  const total = rows.length ? Number(rows[0]?.total) : await countUsers(em, where, page);
  const users = await em.find(User, { id: { $in: rows.map((r) => r.id) } }, { populate: ['unit'] });
  const byId = new Map(users.map((user) => [user.id, user]));
  return { items: rows.flatMap((r) => byId.get(r.id) ?? []), total };
}

/** A page past the end has no rows to carry the total. */
async function countUsers(em: EntityManager, where: Sql, page: PageArgs): Promise<number> {
  if (!page.offset) return 0;
  const [row] = await readRows<{ n: string | number }>(em, sql`select count(*) as n from app_user u where ${where}`);
  return Number(row?.n ?? 0);
}
