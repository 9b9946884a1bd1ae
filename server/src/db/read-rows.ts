import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';

/** The part of a pooled `pg` client used here. */
interface PgConnection {
  query(text: string, values: readonly unknown[]): Promise<{ rows: unknown[] }>;
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

/** The pools (knex clients) of ORMs whose database takes bound parameters from concurrent connections. */
const boundParameterPools = new WeakSet<object>();

/**
 * Lets `readRows` send parameters apart from the text on this ORM's connections. Only for a real
 * PostgreSQL server: the embedded PGlite serves every connection from one backend session and
 * interleaves their protocol messages one by one, so two connections' unnamed prepared statements
 * would overwrite each other (seen as sessions not found under concurrent requests). There the
 * reads keep `em.execute`, whose single-message queries cannot interleave.
 */
export function allowBoundParameters(orm: MikroORM): void {
  boundParameterPools.add(orm.em.getKnex().client);
}

/**
 * The rows of a read query, on a connection of the ORM's own pool, with the parameters sent apart from
 * the text (PostgreSQL's extended protocol). `em.execute` inlines every parameter into the SQL text
 * through the ORM's formatter and knex's query runner; on the hottest reads (the session of every
 * request, the visit lists) that was a tenth of a request's CPU time. Inside a transaction, or on a
 * database not allowed bound parameters (`allowBoundParameters`), it goes through `em.execute`.
 * Parameters are plain values: strings, numbers, booleans, null (an array would become a PostgreSQL
 * array, not a list).
 */
export async function readRows<T>(em: EntityManager, sql: string, params: readonly unknown[]): Promise<T[]> {
  const client = em.getKnex().client;
  if (em.isInTransaction() || !boundParameterPools.has(client)) return em.execute<T[]>(sql, [...params]);
  const pool = client as unknown as KnexPoolClient;
  const text = numberedPlaceholders(sql, params.length);
  const connection = await pool.acquireConnection();
  try {
    const { rows } = await connection.query(text, params);
    return rows as T[];
  } finally {
    await pool.releaseConnection(connection);
  }
}
