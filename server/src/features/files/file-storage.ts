import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';

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
}

export class PostgresFileStorage implements FileStorage {
  readonly kind = 'postgres' as const;

  async put(em: EntityManager, id: string, bytes: Buffer): Promise<void> {
    await em.execute('insert into file_blob (file_id, data) values (?, ?) on conflict (file_id) do nothing', [
      id,
      bytes,
    ]);
  }

  async get(em: EntityManager, id: string): Promise<Buffer | null> {
    const rows = await em.execute<{ data: Buffer }[]>('select data from file_blob where file_id = ?', [id]);
    return rows[0]?.data ?? null;
  }
}

export class FolderFileStorage implements FileStorage {
  readonly kind = 'folder' as const;

  constructor(private readonly dir: string) {}

  private file(id: string): string {
    return path.join(this.dir, id.slice(0, 2), id);
  }

  async put(_em: EntityManager, id: string, bytes: Buffer): Promise<void> {
    const target = this.file(id);
    await mkdir(path.dirname(target), { recursive: true });
    // Write then rename, so a crash never leaves a half-written photo under its final name.
    const partial = `${target}.${process.pid}.partial`;
    await writeFile(partial, bytes);
    await rename(partial, target);
  }

  async get(_em: EntityManager, id: string): Promise<Buffer | null> {
    try {
      return await readFile(this.file(id));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }
}
