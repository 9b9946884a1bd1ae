import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { chown } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The PostgreSQL programs (initdb, pg_ctl, pg_dump, pg_restore): from PG_BIN, else the newest
 * /usr/lib/postgresql/<version>/bin, else the PATH. Throws when there are none: the fault and backup
 * tests need them and must not pass by skipping.
 */
export function postgresBin(program: string): string {
  const dirs = [
    process.env.PG_BIN,
    ...(existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql')
          .sort((a, b) => Number(b) - Number(a))
          .map((version) => `/usr/lib/postgresql/${version}/bin`)
      : []),
    ...(process.env.PATH ?? '').split(path.delimiter),
  ].filter((dir): dir is string => !!dir);
  for (const dir of dirs) {
    const candidate = path.join(dir, program);
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(
    `${program} was not found (PG_BIN, /usr/lib/postgresql/*/bin, PATH): this test needs the PostgreSQL server programs (Debian: apt-get install postgresql)`,
  );
}

export async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** Runs a program as the `postgres` user when we are root (initdb and postgres refuse to run as root). */
async function asPostgres(program: string, args: string[], timeoutMs = 60_000): Promise<string> {
  const [file, argv] =
    process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', program, ...args]] : [program, args];
  try {
    const { stdout } = await run(file, argv, { timeout: timeoutMs });
    return stdout;
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      `${path.basename(program)} ${args.join(' ')} failed: ${e.message}\n${e.stdout ?? ''}${e.stderr ?? ''}`,
    );
  }
}

/**
 * A throwaway PostgreSQL server of one test file: its own folder, port and socket; fsync off.
 * synchronous_commit stays on: a commit the app was told about must survive `restart('immediate')`
 * (with it off, the last ~0.6 s of acknowledged commits sit in WAL buffers a kill throws away, and the
 * restart test saw 3 applied writes vanish; fsync off alone keeps them, as the kernel still holds them).
 */
export interface PostgresCluster {
  port: number;
  dir: string;
  /** URL of a database on this cluster (default `postgres`). */
  url(database?: string): string;
  /** `pg_ctl restart`: `fast` ends sessions cleanly, `immediate` kills the server as a crash would. */
  restart(mode: 'fast' | 'immediate'): Promise<void>;
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  start(): Promise<void>;
  /** Stops the server (if running) and deletes its folder. */
  destroy(): Promise<void>;
}

export async function startPostgresCluster(): Promise<PostgresCluster> {
  const initdb = postgresBin('initdb');
  const pgCtl = postgresBin('pg_ctl');
  const dir = mkdtempSync(path.join(tmpdir(), 'kycuong-pg-'));
  const data = path.join(dir, 'data');
  const log = path.join(dir, 'server.log');
  let running = false;
  const destroy = async () => {
    if (running) await asPostgres(pgCtl, ['stop', '-D', data, '-m', 'immediate', '-w']).catch(() => undefined);
    running = false;
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    if (process.getuid?.() === 0) {
      const { stdout } = await run('id', ['-u', 'postgres']);
      const { stdout: gid } = await run('id', ['-g', 'postgres']);
      await chown(dir, Number(stdout.trim()), Number(gid.trim()));
    }
    await asPostgres(initdb, [
      '-D',
      data,
      '-U',
      'postgres',
      '-A',
      'trust',
      '-E',
      'UTF8',
      '--no-sync',
      '--locale=C.UTF-8',
    ]);
    const port = await freePort();
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=40`;
    const start = async () => {
      await asPostgres(pgCtl, ['start', '-D', data, '-l', log, '-w', '-t', '60', '-o', options]);
      running = true;
    };
    const stop = async (mode: 'fast' | 'immediate' = 'fast') => {
      await asPostgres(pgCtl, ['stop', '-D', data, '-m', mode, '-w', '-t', '60']);
      running = false;
    };
    await start();
    return {
      port,
      dir,
      url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
      start,
      stop,
      async restart(mode) {
        await asPostgres(pgCtl, ['restart', '-D', data, '-m', mode, '-w', '-t', '60', '-l', log, '-o', options]);
        running = true;
      },
      destroy,
    };
  } catch (err) {
    await destroy();
    throw err;
  }
}
