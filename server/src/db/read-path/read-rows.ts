import { createHash } from 'node:crypto';
import type { AnyEntity, EntityData, EntityManager } from '@mikro-orm/postgresql';
import type { Sql } from '../../common/sql.js';
import { BoundParametersConnection } from '../bound-parameters.js';

/** The part of a pooled `pg` client used here: a query by name is prepared once per connection. */
interface PgConnection {
  query(query: { name: string; text: string; values: readonly unknown[] }): Promise<{ rows: unknown[] }>;
}

/** The part of knex's client (MikroORM's pool) used here. */
interface KnexPoolClient {
  acquireConnection(): Promise<PgConnection>;
  releaseConnection(connection: PgConnection): Promise<unknown>;
}

/** `?` placeholders as PostgreSQL's `$1, $2...`; each `?` must stand for one parameter. */
export function numberedPlaceholders(sql: string, parameterCount: number): string {
  let n = 0;
  const text = sql.replace(/\?/g, () => `$${++n}`);
  if (n !== parameterCount) throw new Error(`the query has ${n} placeholders for ${parameterCount} parameters`);
  return text;
}

/** Most statement names kept (each distinct query text has one); past it the list starts again. */
const STATEMENT_NAMES_KEPT = 1000;
const statementNames = new Map<string, string>();

/**
 * The name a query text is prepared under on each connection: a digest of the text, so the same text has
 * the same name on every connection and two texts never share one (`pg` refuses a name reused for
 * another text).
 */
export function statementName(text: string): string {
  let name = statementNames.get(text);
  if (name === undefined) {
    if (statementNames.size >= STATEMENT_NAMES_KEPT) statementNames.clear();
    name = `read_${createHash('sha256').update(text).digest('base64url').slice(0, 32)}`;
    statementNames.set(text, name);
  }
  return name;
}

/**
 * The rows of a read query, on a connection of the ORM's own pool, with the parameters sent apart from
 * the text (PostgreSQL's extended protocol) straight to the `pg` connection. `em.execute` binds them too
 * on PostgreSQL (`BoundParametersConnection`), but through MikroORM's and knex's query handling, which on
 * the hottest reads (the session of every request, the visit lists) is worth skipping. Inside a
 * transaction, or on the embedded PGlite (whose connections must keep single-message simple queries, see
 * `bound-parameters.ts`), it goes through `em.execute`. On PostgreSQL each text is a named prepared
 * statement of the connection (`statementName`): parsed and planned once per connection, not on every
 * request (issue 19, read path); PostgreSQL plans it again by itself after a change of the tables.
 * Each `?` stands for one parameter; parameters are plain values: strings, numbers, booleans, null (an
 * array would become a PostgreSQL array, not a list).
 */
export async function readRows<T>(em: EntityManager, query: Sql): Promise<T[]> {
  const params = query.values;
  if (em.isInTransaction() || !(em.getConnection() instanceof BoundParametersConnection)) {
    return em.execute<T[]>(query.text, [...params]);
  }
  const pool = em.getKnex().client as unknown as KnexPoolClient;
  const text = numberedPlaceholders(query.text, params.length);
  const connection = await pool.acquireConnection();
  try {
    const { rows } = await connection.query({ name: statementName(text), text, values: params });
    return rows as T[];
  } finally {
    await pool.releaseConnection(connection);
  }
}

/**
 * `em.execute` of a query written with the `sql` template: on PostgreSQL its values are bound, on PGlite
 * inlined (db/orm.ts). An array value is a list there (`id in (${ids})`).
 */
export function executeSql<T extends object = Record<string, unknown>[]>(em: EntityManager, query: Sql): Promise<T> {
  return em.execute<T & EntityData<AnyEntity>>(query.text, [...query.values]);
}
