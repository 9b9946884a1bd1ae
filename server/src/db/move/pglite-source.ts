import { existsSync } from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { type DataFolderLock, lockDataFolder } from '../data-folder-lock.js';

/** Schemas of the database itself, never moved nor counted. */
export const SYSTEM_SCHEMAS = `('pg_catalog', 'information_schema')`;
const USER_RELATIONS = `n.nspname not in ${SYSTEM_SCHEMAS} and n.nspname not like 'pg_toast%' and n.nspname not like 'pg_temp%'`;

/** Every table that holds rows (partitions counted apart, not their parents), by "schema.table". */
export const COUNTABLE_TABLES = `select quote_ident(n.nspname) || '.' || quote_ident(c.relname) as name
  from pg_class c join pg_namespace n on n.oid = c.relnamespace
 where c.relkind = 'r' and ${USER_RELATIONS} order by 1`;

/** Tables with a bytea column: photos, upload pieces, evidence packs. Copied in batches, not in the dump. */
export const BYTES_TABLES = `select distinct quote_ident(c.table_schema) || '.' || quote_ident(c.table_name) as name
  from information_schema.columns c join information_schema.tables t
    on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
 where c.data_type = 'bytea' and c.table_schema not in ${SYSTEM_SCHEMAS} order by 1`;

/** SHA-256 of every photo's bytes held in the database. */
export const BLOB_HASHES = `select file_id::text as id, encode(sha256(data), 'hex') as sha256 from file_blob`;

/** Rows fetched at a time from a table with bytes: photos are up to MAX_UPLOAD_MB each. */
const BYTES_BATCH = 8;

/**
 * The embedded database of a data folder, opened for a move: the folder's lock is held the whole time (the
 * app cannot start on it meanwhile, and a running app makes this refuse), and nothing is written to it
 * (no migration, no demo data).
 */
/** DATA_DIR holds no embedded database: nothing to move or back up (and none is made there). */
export class NoSourceDatabase extends Error {
  constructor(dataDir: string) {
    super(
      `Không thấy cơ sở dữ liệu nhúng trong ${dataDir} (thiếu ${path.join('pglite', 'PG_VERSION')}): kiểm tra lại DATA_DIR. ` +
        `(No embedded database in ${dataDir}: check DATA_DIR.)`,
    );
    this.name = 'NoSourceDatabase';
  }
}

export class PgliteSource {
  private constructor(
    readonly db: PGlite,
    private readonly lock: DataFolderLock,
  ) {}

  static async open(dataDir: string): Promise<PgliteSource> {
    // Opening a folder without a database would make an empty one there.
    if (!existsSync(path.join(dataDir, 'pglite', 'PG_VERSION'))) throw new NoSourceDatabase(dataDir);
    const { PGlite } = await import('@electric-sql/pglite');
    const lock = lockDataFolder(path.join(dataDir, 'pglite.lock'));
    try {
      const db = await PGlite.create({ dataDir: path.join(dataDir, 'pglite') });
      return new PgliteSource(db, lock);
    } catch (err) {
      lock.release();
      throw err;
    }
  }

  async rows<T>(sql: string): Promise<T[]> {
    return (await this.db.query<T>(sql)).rows;
  }

  async appliedMigrations(): Promise<string[]> {
    const exists = await this.rows<{ t: string | null }>(
      `select to_regclass('public.mikro_orm_migrations')::text as t`,
    );
    if (!exists[0]?.t) return [];
    return (await this.rows<{ name: string }>('select name from mikro_orm_migrations order by id')).map((r) => r.name);
  }

  async counts(): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (const { name } of await this.rows<{ name: string }>(COUNTABLE_TABLES)) {
      const [row] = await this.rows<{ n: number }>(`select count(*)::int as n from ${name}`);
      counts.set(name, row?.n ?? 0);
    }
    return counts;
  }

  /** Schema, sequences and every row except those of `skipData`, as plain SQL from PGlite's pg_dump. */
  async dump(skipData: string[]): Promise<string> {
    const { pgDump } = await import('@electric-sql/pglite-tools/pg_dump');
    const file = await pgDump({
      pg: this.db,
      args: ['--no-owner', '--no-privileges', ...skipData.map((table) => `--exclude-table-data=${table}`)],
    });
    return file.text();
  }

  /** The rows of a table as JSON objects (bytea as hex text), a few at a time, from one snapshot. */
  async *batches(table: string): AsyncGenerator<string[]> {
    await this.db.exec('begin isolation level repeatable read read only');
    try {
      await this.db.exec(`declare move_rows no scroll cursor for select to_jsonb(t)::text as j from ${table} t`);
      for (;;) {
        const rows = await this.rows<{ j: string }>(`fetch ${BYTES_BATCH} from move_rows`);
        if (rows.length === 0) break;
        yield rows.map((r) => r.j);
      }
    } finally {
      await this.db.exec('rollback');
    }
  }

  async close(): Promise<void> {
    try {
      await this.db.close();
    } finally {
      this.lock.release();
    }
  }
}
