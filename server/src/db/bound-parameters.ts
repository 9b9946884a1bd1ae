import { type Configuration, JsonProperty, type Transaction, Utils } from '@mikro-orm/core';
import {
  AbstractSqlDriver,
  type Knex,
  type LoggingOptions,
  PostgreSqlConnection,
  PostgreSqlPlatform,
} from '@mikro-orm/postgresql';

/** A query as knex takes it with bindings: `?` for each value, `\?` for a literal question mark. */
export interface BoundQuery {
  sql: string;
  values: unknown[];
}

type Piece = { text: string } | { value: unknown };

/** Why a value cannot be bound with the meaning the inlined text gave it. */
class Unbindable extends Error {}

/**
 * The values of `sql` apart from its text, with the meaning MikroORM's `Platform.formatQuery` gives them
 * when it inlines them: the same reading of `?` (a value), `??` (an identifier, inlined quoted) and `\?`
 * (a question mark), the same conversion of each value (`quoteValue` and the PostgreSQL `escape`):
 * a plain object or a JSON property as its JSON text, a Date as the platform writes it (UTC with the
 * ORM's `forceUtcTimezone`), an array as a list of values (`in (?)`), a raw fragment spliced in with its
 * own values. Undefined when there is nothing to bind, or when a value has no bound equivalent or the
 * text would not survive knex's own reading of `?` and `\?`: the caller then inlines as before.
 */
export function bindParameters(
  platform: PostgreSqlPlatform,
  sql: string,
  params: readonly unknown[],
): BoundQuery | undefined {
  const pieces: Piece[] = [];
  try {
    readQuery(platform, sql, params, pieces);
  } catch (err) {
    if (err instanceof Unbindable) return undefined;
    throw err;
  }
  let text = '';
  const values: unknown[] = [];
  let literal: string | null = null;
  for (const piece of pieces) {
    if ('text' in piece) {
      literal = (literal ?? '') + piece.text;
      continue;
    }
    // knex reads `\?` as a literal and counts the backslashes in front of a `?`: a backslash or a
    // question mark right before a value, or a backslash before a literal `?`, would be misread.
    if (literal === null ? values.length > 0 : /[\\?]$/.test(literal) || literal.includes('\\?')) return undefined;
    if (literal !== null) text += literal.replaceAll('?', '\\?');
    literal = null;
    text += '?';
    values.push(piece.value);
  }
  if (values.length === 0 || literal?.includes('\\?')) return undefined;
  if (literal !== null) text += literal.replaceAll('?', '\\?');
  return { sql: text, values };
}

/** `Platform.formatQuery`'s reading of the text, with values kept apart instead of quoted in. */
function readQuery(platform: PostgreSqlPlatform, sql: string, params: readonly unknown[], out: Piece[]): void {
  if (params.length === 0) {
    out.push({ text: sql });
    return;
  }
  let j = 0;
  let pos = 0;
  if (sql[0] === '?') {
    if (sql[1] === '?') {
      out.push({ text: platform.quoteIdentifier(params[j++] as string) });
      pos = 2;
    } else {
      readValue(platform, params[j++], out);
      pos = 1;
    }
  }
  while (pos < sql.length) {
    // As formatQuery: the search starts one past `pos`, so a `?` right after a handled one is text.
    const idx = sql.indexOf('?', pos + 1);
    if (idx === -1) {
      out.push({ text: sql.substring(pos) });
      break;
    }
    if (sql.substring(idx - 1, idx + 1) === '\\?') {
      out.push({ text: `${sql.substring(pos, idx - 1)}?` });
      pos = idx + 1;
    } else if (sql.substring(idx, idx + 2) === '??') {
      out.push({ text: sql.substring(pos, idx) + platform.quoteIdentifier(params[j++] as string) });
      pos = idx + 2;
    } else {
      out.push({ text: sql.substring(pos, idx) });
      readValue(platform, params[j++], out);
      pos = idx + 1;
    }
  }
}

/** `AbstractSqlPlatform.quoteValue`. */
function readValue(platform: PostgreSqlPlatform, value: unknown, out: Piece[]): void {
  if (Utils.isRawSql(value)) {
    readQuery(platform, value.sql, value.params ?? [], out);
  } else if (platform.isRaw(value)) {
    // formatQuery concatenates a knex Raw or Ref as it is: its own SQL text.
    out.push({ text: String(value) });
  } else if (Utils.isPlainObject(value) || (value as Record<symbol, unknown> | null)?.[JsonProperty]) {
    out.push({ value: JSON.stringify(value) });
  } else {
    readEscaped(platform, value, out);
  }
}

/** `PostgreSqlPlatform.escape`, then sqlstring's `escape(value, true)`. */
function readEscaped(platform: PostgreSqlPlatform, value: unknown, out: Piece[]): void {
  if (value === undefined || value === null) {
    out.push({ value: null });
  } else if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') {
    out.push({ value });
  } else if (typeof value === 'bigint') {
    out.push({ value: String(value) });
  } else if (value instanceof Date) {
    out.push({ value: platform.formatDate(value) });
  } else if (Buffer.isBuffer(value)) {
    out.push({ value });
  } else if (Array.isArray(value)) {
    // A list, not a PostgreSQL array: `in (?)` with ['a', 'b'] reads `in ('a', 'b')`.
    value.forEach((item, i) => {
      if (i > 0) out.push({ text: ', ' });
      readEscaped(platform, item, out);
    });
  } else if (typeof value === 'object' && !ArrayBuffer.isView(value)) {
    const sqlText = (value as { toSqlString?: () => unknown }).toSqlString;
    out.push(typeof sqlText === 'function' ? { text: String(sqlText.call(value)) } : { value: String(value) });
  } else {
    throw new Unbindable();
  }
}

/**
 * MikroORM's PostgreSQL connection with every value bound: `execute` (which em.execute, flush, the
 * QueryBuilder and find all go through) sends the values as parameters of PostgreSQL's extended protocol,
 * where MikroORM 6 inlines them into the text with `formatQuery`. A value is then never part of the SQL
 * text: a NUL byte in it is refused by PostgreSQL as a value (SQLSTATE 22021) instead of cutting the
 * statement and breaking the connection's protocol (08P01, answered as the database being unavailable).
 * Logging and the conversion of errors (by the driver) stay MikroORM's. A bound value has no type of its
 * own: where its context gives none (`? is null`, `select ?`), the SQL casts it (`?::text is null`), or
 * PostgreSQL answers "could not determine data type of parameter" (or reads it as text).
 *
 * Only for a real PostgreSQL server: the embedded PGlite serves every connection from one backend
 * session and interleaves their protocol messages, so two connections' unnamed prepared statements would
 * overwrite each other there; PGlite keeps MikroORM's own connection and its single-message queries.
 */
export class BoundParametersConnection extends PostgreSqlConnection {
  declare protected platform: PostgreSqlPlatform;

  override async execute<T>(
    queryOrKnex: string | Knex.QueryBuilder | Knex.Raw,
    params: unknown[] = [],
    method: 'all' | 'get' | 'run' = 'all',
    ctx?: Transaction,
    loggerContext?: LoggingOptions,
  ): Promise<T> {
    await this.ensureConnection();
    let query: string;
    if (typeof queryOrKnex === 'string') {
      query = queryOrKnex;
    } else {
      // As MikroORM's: a query built on a transaction runs in it.
      const { client } = queryOrKnex as unknown as { client: { transacting?: boolean } };
      ctx ??= client.transacting ? (queryOrKnex as Transaction) : undefined;
      const compiled = queryOrKnex.toSQL();
      query = compiled.sql;
      params = [...(compiled.bindings ?? [])];
    }
    query = this.config.get('onQuery')(query, params);
    const bound = params.length > 0 ? bindParameters(this.platform, query, params) : undefined;
    const knex = this.getKnex();
    return this.executeQuery(
      this.loggedQuery(query, params, loggerContext),
      async () => {
        const raw = bound
          ? knex.raw(bound.sql, bound.values as Knex.RawBinding[])
          : knex.raw(this.platform.formatQuery(query, params));
        if (ctx) raw.transacting(ctx as Knex.Transaction);
        return this.transformRawResult<T>(await raw, method);
      },
      { query, params, ...loggerContext },
    );
  }

  /** The query as MikroORM's own connection logs it (`getSql`, which is private there). */
  private loggedQuery(query: string, params: unknown[], context?: LoggingOptions): string {
    const logger = this.config.getLogger();
    if (!logger.isEnabled('query', context)) return query;
    if (logger.isEnabled('query-params', context)) return this.platform.formatQuery(query, params);
    return (this.getKnex().client as { positionBindings(sql: string): string }).positionBindings(query);
  }
}

/** MikroORM's PostgreSQL driver (`PostgreSqlDriver`, which adds nothing but its parts) on `BoundParametersConnection`. */
export class BoundParametersPostgreSqlDriver extends AbstractSqlDriver<BoundParametersConnection, PostgreSqlPlatform> {
  constructor(config: Configuration) {
    super(config, new PostgreSqlPlatform(), BoundParametersConnection, ['knex', 'pg']);
  }
}
