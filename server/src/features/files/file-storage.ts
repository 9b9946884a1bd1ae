import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../common/sql.js';
import { executeSql } from '../../db/read-path/read-rows.js';

/**
 * Where the bytes of uploaded files live. PostgreSQL is the default: one backup (pg_dump) holds
 * everything, and it works the same on the embedded PGlite. A local folder keeps the database small
 * for departments with many photos; then back up the folder with the database.
 */
export interface FileStorage {
  readonly kind: 'postgres' | 'folder';
  /** Stores the bytes, inside the caller's transaction where the storage can take part in one. */
  put(em: EntityManager, id: string, bytes: Buffer): Promise<void>;
  get(em: EntityManager, id: string): Promise<Buffer | null>;
  /**
   * Lets go of the bytes of a file whose row was deleted and committed (the cleanup job). The database's
   * copy (file_blob) goes with that transaction; a folder's copy only after it, so a rolled-back delete
   * never loses a photo.
   */
  discard(id: string): Promise<void>;
}

/**
 * The storage could not take the bytes: `full` (no space left: answered 507, the phone keeps the photo
 * and tries later) or `unwritable` (read-only, missing or not a folder: 503). `cause` is what the
 * system said, for the log.
 */
export class FileStorageError extends Error {
  constructor(
    readonly reason: 'full' | 'unwritable',
    cause: unknown,
  ) {
    super(`file storage ${reason}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'FileStorageError';
  }
}

/** ENOSPC/EDQUOT from the file system, or PostgreSQL's disk_full (53100), mean "full". */
function storageError(err: unknown): FileStorageError {
  const code = (err as { code?: unknown }).code;
  return new FileStorageError(code === 'ENOSPC' || code === 'EDQUOT' || code === '53100' ? 'full' : 'unwritable', err);
}

export class PostgresFileStorage implements FileStorage {
  readonly kind = 'postgres' as const;

  async put(em: EntityManager, id: string, bytes: Buffer): Promise<void> {
    try {
      await executeSql(
        em,
        sql`insert into file_blob (file_id, data) values (${id}, ${bytes}) on conflict (file_id) do nothing`,
      );
    } catch (err) {
      // Only a full disk is the storage's own failure; a lost connection is answered as the database's.
      if ((err as { code?: unknown }).code === '53100') throw storageError(err);
      throw err;
    }
  }

  async get(em: EntityManager, id: string): Promise<Buffer | null> {
    const rows = await executeSql<{ data: Buffer }[]>(em, sql`select data from file_blob where file_id = ${id}`);
    return rows[0]?.data ?? null;
  }

  async discard(): Promise<void> {}
}

export class FolderFileStorage implements FileStorage {
  readonly kind = 'folder' as const;

  constructor(private readonly dir: string) {}

  private file(id: string): string {
    return path.join(this.dir, id.slice(0, 2), id);
  }

  async put(_em: EntityManager, id: string, bytes: Buffer): Promise<void> {
    const target = this.file(id);
    // Write then rename, so a crash never leaves a half-written photo under its final name.
    const partial = `${target}.${process.pid}.partial`;
    try {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(partial, bytes);
      await rename(partial, target);
    } catch (err) {
      // A disk that filled up mid-write leaves the partial file: give its space back at once.
      await rm(partial, { force: true }).catch(() => undefined);
      throw storageError(err);
    }
  }

  /** From the folder; files stored before the switch to the folder (and the demo's) are read from file_blob. */
  async get(em: EntityManager, id: string): Promise<Buffer | null> {
    try {
      return await readFile(this.file(id));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    return em ? new PostgresFileStorage().get(em, id) : null;
  }

  async discard(id: string): Promise<void> {
    await rm(this.file(id), { force: true });
  }
}
