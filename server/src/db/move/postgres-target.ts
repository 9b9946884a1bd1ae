import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { COUNTABLE_TABLES, SYSTEM_SCHEMAS } from './pglite-source.js';

/** Anything a new database would not hold: relations, other schemas, functions, extensions beyond plpgsql. */
const TARGET_CONTENTS = `
select 'table ' || n.nspname || '.' || c.relname as what from pg_class c join pg_namespace n on n.oid = c.relnamespace
 where n.nspname not in ${SYSTEM_SCHEMAS} and n.nspname not like 'pg_toast%' and n.nspname not like 'pg_temp%'
union all
select 'schema ' || nspname from pg_namespace
 where nspname not in ${SYSTEM_SCHEMAS} and nspname <> 'public' and nspname not like 'pg_toast%' and nspname not like 'pg_temp%'
union all
select 'function ' || n.nspname || '.' || p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace
 where n.nspname not in ${SYSTEM_SCHEMAS}
union all
select 'extension ' || extname from pg_extension where extname <> 'plpgsql'`;

/** The PostgreSQL database a move goes to, through the `pg` driver and the `psql` program. */
export class PostgresTarget {
  constructor(readonly url: string) {}

  get name(): string {
    return decodeURIComponent(new URL(this.url).pathname.slice(1)) || 'postgres';
  }

  async withClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: this.url });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  async rows<T>(sql: string): Promise<T[]> {
    return this.withClient(async (client) => (await client.query(sql)).rows as T[]);
  }

  async versionNum(): Promise<number> {
    const [row] = await this.rows<{ v: string }>("select current_setting('server_version_num') as v");
    return Number(row?.v);
  }

  async contents(): Promise<string[]> {
    return (await this.rows<{ what: string }>(TARGET_CONTENTS)).map((r) => r.what);
  }

  /** Runs the SQL file with psql in one transaction, stopping at the first error (then nothing stays). */
  restore(sqlFile: string): Promise<void> {
    const psql = psqlProgram();
    return new Promise((resolve, reject) => {
      const child = spawn(
        psql,
        ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '--single-transaction', '-o', '/dev/null', '-f', sqlFile, this.url],
        { stdio: ['ignore', 'ignore', 'pipe'] },
      );
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      child.on('error', reject);
      child.on('close', (code) =>
        code === 0 ? resolve() : reject(new Error(`psql exited with ${code}: ${stderr.trim().slice(0, 2000)}`)),
      );
    });
  }

  /** Inserts rows given as JSON objects (as `to_jsonb` wrote them) into the same table. */
  async insertJsonRows(client: pg.Client, table: string, rows: string[]): Promise<void> {
    await client.query(`insert into ${table} select * from jsonb_populate_recordset(null::${table}, $1::jsonb)`, [
      `[${rows.join(',')}]`,
    ]);
  }

  async counts(): Promise<Map<string, number>> {
    return this.withClient(async (client) => {
      const counts = new Map<string, number>();
      for (const { name } of (await client.query<{ name: string }>(COUNTABLE_TABLES)).rows) {
        const { rows } = await client.query<{ n: number }>(`select count(*)::int as n from ${name}`);
        counts.set(name, rows[0]?.n ?? 0);
      }
      return counts;
    });
  }
}

/** psql: from PG_BIN, the newest /usr/lib/postgresql/<version>/bin, or the PATH. */
export function psqlProgram(): string {
  return postgresProgram('psql');
}

/** A PostgreSQL client program (psql, pg_dump): from PG_BIN, the newest /usr/lib/postgresql/<version>/bin, or the PATH. */
export function postgresProgram(program: string): string {
  const dirs = [
    process.env.PG_BIN,
    ...(existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql')
          .sort((a, b) => Number(b) - Number(a))
          .map((version) => `/usr/lib/postgresql/${version}/bin`)
      : []),
  ].filter((dir): dir is string => !!dir);
  for (const dir of dirs) {
    const candidate = path.join(dir, program);
    if (existsSync(candidate)) return candidate;
  }
  return program;
}
