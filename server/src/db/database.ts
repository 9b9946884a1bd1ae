import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { Logger } from '../common/logger.js';
import { type DataFolderLock, lockDataFolder } from './data-folder-lock.js';

/** A PostgreSQL endpoint the `pg` driver can connect to, and how to let it go. */
export interface DatabaseEndpoint {
  url: string;
  kind: 'postgresql' | 'pglite';
  /** Connections the pool may open: PGlite runs one query at a time behind its socket. */
  poolSize: number;
  /** The embedded instance kept in a data folder (the backup channel uses it), when there is one. */
  embedded?: { db: PGlite; dataDir: string };
  close(): Promise<void>;
}

export const PGLITE_POOL_SIZE = 4;
/**
 * Connections the socket accepts beyond the app's pool: the job queue's polling keeps pool connections
 * open, and a CLI or a test's own check pointed at the socket must still get in.
 */
const PGLITE_SPARE_CONNECTIONS = 4;

/**
 * With a URL, uses that PostgreSQL. Without one, starts the embedded PGlite persisted in `dataDir`
 * (or in memory when dataDir is null) and serves it on a loopback port to the same `pg` driver,
 * so the app has one code path for both.
 */
export async function openDatabase(
  databaseUrl: string | undefined,
  dataDir: string | null,
  logger: Logger,
  poolSize = 10,
): Promise<DatabaseEndpoint> {
  if (databaseUrl) {
    return { url: databaseUrl, kind: 'postgresql', poolSize, close: async () => {} };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  let pgliteDir: string | undefined;
  let lock: DataFolderLock | undefined;
  if (dataDir) {
    pgliteDir = path.join(dataDir, 'pglite');
    mkdirSync(pgliteDir, { recursive: true });
    // Held from before PGlite opens the folder until after it has closed it (the CLI and a second server alike).
    lock = lockDataFolder(path.join(dataDir, 'pglite.lock'));
  }
  const started = Date.now();
  const db = await PGlite.create(pgliteDir ? { dataDir: pgliteDir } : {}).catch((err: unknown) => {
    lock?.release();
    throw err;
  });
  const socket = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: 0,
    maxConnections: PGLITE_POOL_SIZE + PGLITE_SPARE_CONNECTIONS,
  });
  try {
    await socket.start();
  } catch (err) {
    await db.close().catch(() => undefined);
    lock?.release();
    throw err;
  }
  const [host, port] = socket.getServerConn().split(':');
  logger.info({ dataDir: pgliteDir ?? 'memory', ms: Date.now() - started }, 'embedded PGlite started');
  return {
    url: `postgresql://postgres:postgres@${host}:${port}/postgres`,
    kind: 'pglite',
    poolSize: PGLITE_POOL_SIZE,
    ...(dataDir ? { embedded: { db, dataDir } } : {}),
    close: async () => {
      try {
        await socket.stop();
      } finally {
        await db.close();
      }
      // Only once PGlite has let go of its files; if closing failed, the lock dies with this process.
      lock?.release();
    },
  };
}
