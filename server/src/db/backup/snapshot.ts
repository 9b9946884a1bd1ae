import { spawn } from 'node:child_process';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { postgresProgram } from '../move/postgres-target.js';

/**
 * One consistent view of a database while the app keeps running: the dump and every query of a backup
 * see the same committed state.
 */
export interface DatabaseSnapshot {
  kind: 'postgresql' | 'pglite';
  /** Schema, sequences and rows (as INSERTs) except the data of `skipData`, as plain SQL. */
  dump(skipData: string[]): Promise<string>;
  rows<T>(sql: string): Promise<T[]>;
  /** The rows of a table as JSON objects (bytea as hex text), a few at a time. */
  batches(table: string, size: number): AsyncGenerator<string[]>;
}

type Row = Record<string, string | null>;

/**
 * A simple query on PGlite without its query lock (the caller holds it): PGlite's `query` and `exec`
 * take that lock, which is not re-entrant. Through `execProtocolRawStream` with our own sink: the plain
 * `execProtocol` would send the answer to the sink the socket server set last (an app connection).
 * Values come back as text.
 */
async function heldQuery(db: PGlite, sql: string): Promise<Row[]> {
  const { protocol } = await import('@electric-sql/pglite');
  const chunks: Buffer[] = [];
  await db.execProtocolRawStream(protocol.serialize.query(sql), {
    syncToFs: false,
    onRawData: (chunk: Uint8Array) => chunks.push(Buffer.from(chunk)),
  });
  let fields: string[] = [];
  const rows: Row[] = [];
  let error: Error | null = null;
  new protocol.Parser().parse(Buffer.concat(chunks), (message) => {
    if (message.name === 'rowDescription') {
      fields = (message as unknown as { fields: { name: string }[] }).fields.map((f) => f.name);
    } else if (message.name === 'dataRow') {
      const values = (message as unknown as { fields: (string | null)[] }).fields;
      rows.push(Object.fromEntries(fields.map((name, i) => [name, values[i] ?? null])));
    } else if (message.name === 'error') {
      error ??= new Error(`${(message as unknown as { message: string }).message} (${sql.slice(0, 80)})`);
    }
  });
  if (error) throw error;
  return rows;
}

const NOT_NOW = Symbol('in a transaction');
const SESSION_SETTINGS = `select name, setting from pg_settings where source = 'session'`;

async function restoreSettings(db: PGlite, before: Row[]): Promise<void> {
  const was = new Map(before.map((r) => [r.name as string, r.setting]));
  for (const { name, setting } of await heldQuery(db, SESSION_SETTINGS)) {
    const old = was.get(name as string);
    if (old === setting) continue;
    await heldQuery(
      db,
      old === undefined || old === null
        ? `reset "${name}"`
        : `select pg_catalog.set_config('${name}', '${old.replaceAll("'", "''")}', false)`,
    );
  }
}

/**
 * Runs `work` on PGlite with its query lock held the whole time: the app's queries (through the socket,
 * which takes the same lock for each message) wait, so nothing is written meanwhile. Taken only between
 * transactions: while an app connection is inside one, the lock is let go again and taken a moment later.
 */
export async function withHeldPglite<T>(db: PGlite, work: (snapshot: DatabaseSnapshot) => Promise<T>): Promise<T> {
  for (;;) {
    const outcome = await db.runExclusive(async () => {
      if (db.isInTransaction()) return NOT_NOW;
      const settings = await heldQuery(db, SESSION_SETTINGS);
      try {
        return { value: await work(heldSnapshot(db)) };
      } finally {
        // pg_dump leaves its read-only transaction open and its settings (search_path, DateStyle...) in
        // the one session every app connection shares: end the one, put the others back.
        if (db.isInTransaction()) await heldQuery(db, 'rollback');
        await restoreSettings(db, settings);
      }
    });
    if (outcome !== NOT_NOW) return outcome.value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function heldSnapshot(db: PGlite): DatabaseSnapshot {
  return {
    kind: 'pglite',
    async dump(skipData) {
      const { pgDump } = await import('@electric-sql/pglite-tools/pg_dump');
      // pg_dump's own calls, routed past the lock the caller holds.
      const unlocked = {
        query: async (sql: string) => ({ rows: await heldQuery(db, sql) }),
        exec: async (sql: string) => heldQuery(db, sql),
        execProtocolRawStream: db.execProtocolRawStream.bind(db),
      } as unknown as PGlite;
      const file = await pgDump({
        pg: unlocked,
        args: ['--no-owner', '--no-privileges', ...skipData.map((table) => `--exclude-table-data=${table}`)],
      });
      return file.text();
    },
    rows: async <T>(sql: string) => (await heldQuery(db, sql)) as T[],
    async *batches(table, size) {
      const opened = !db.isInTransaction();
      if (opened) await heldQuery(db, 'begin isolation level repeatable read read only');
      try {
        await heldQuery(db, `declare backup_rows no scroll cursor for select to_jsonb(t)::text as j from ${table} t`);
        for (;;) {
          const rows = await heldQuery(db, `fetch ${size} from backup_rows`);
          if (rows.length === 0) break;
          yield rows.map((r) => r.j as string);
        }
      } finally {
        await heldQuery(db, opened ? 'rollback' : 'close backup_rows');
      }
    },
  };
}

/**
 * Runs `work` inside a REPEATABLE READ, read-only transaction on PostgreSQL whose snapshot pg_dump shares
 * (`--snapshot`): the app keeps reading and writing; the backup sees the moment the transaction began.
 */
export async function withPostgresSnapshot<T>(
  url: string,
  work: (snapshot: DatabaseSnapshot) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    const { rows } = await client.query<{ id: string }>('select pg_export_snapshot() as id');
    const snapshotId = rows[0]?.id as string;
    return await work({
      kind: 'postgresql',
      dump: (skipData) =>
        pgDump(url, [
          `--snapshot=${snapshotId}`,
          '--no-owner',
          '--no-privileges',
          '--rows-per-insert=100',
          ...skipData.map((table) => `--exclude-table-data=${table}`),
        ]),
      rows: async <T>(sql: string) => (await client.query(sql)).rows as T[],
      async *batches(table, size) {
        await client.query(`declare backup_rows no scroll cursor for select to_jsonb(t)::text as j from ${table} t`);
        try {
          for (;;) {
            const batch = await client.query<{ j: string }>(`fetch ${size} from backup_rows`);
            if (batch.rows.length === 0) break;
            yield batch.rows.map((r) => r.j);
          }
        } finally {
          await client.query('close backup_rows');
        }
      },
    });
  } finally {
    await client.query('rollback').catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}

function pgDump(url: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(postgresProgram('pg_dump'), [...args, '--dbname', url], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(Buffer.concat(out).toString('utf8'))
        : reject(new Error(`pg_dump exited with ${code}: ${stderr.trim().slice(0, 2000)}`)),
    );
  });
}
