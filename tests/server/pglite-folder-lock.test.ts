import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/common/config.js';
import { DataFolderInUseError } from '../../server/src/db/data-folder-lock.js';
import { TEST_SECRET } from '../helpers/test-app.js';

const run = promisify(execFile);
const SERVER = path.resolve(import.meta.dirname, '../../server/dist');

/** The environment of a process on the embedded PGlite in `dataDir`, whatever the test run's database. */
function pgliteEnv(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    SESSION_SECRET: TEST_SECRET,
    CLIENT_DIST: '',
    SEED_DEMO: 'false',
    PORT: '0',
    HOST: '127.0.0.1',
  };
  delete env.DATABASE_URL;
  delete env.TEST_DATABASE_URL;
  return env;
}

/** `pnpm cli audit verify` on the folder: its exit code and what it printed. */
async function auditVerify(dataDir: string): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(SERVER, 'cli.js'), 'audit', 'verify'], {
      env: pgliteEnv(dataDir),
    });
    return { code: 0, out: stdout + stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('one process at a time on a PGlite data folder', () => {
  it('refuses the CLI and a second server while the app runs on the folder, and lets them in once it stops', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'kycuong-pglite-'));
    dirs.push(dataDir);
    const config = loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      SESSION_SECRET: TEST_SECRET,
      CLIENT_DIST: '',
      SEED_DEMO: 'false',
    });
    const app = await createApp(config);
    try {
      expect(app.database.kind).toBe('pglite');
      const migrations = await app.orm.em
        .getConnection()
        .execute('select count(*)::int as n from mikro_orm_migrations');

      const cli = await auditVerify(dataDir);
      expect(cli.code).toBe(1);
      expect(cli.out).toContain('DATA_FOLDER_IN_USE');
      expect(cli.out).toContain('đang được một tiến trình khác dùng');
      expect(cli.out).toContain(`pid ${process.pid}`);

      await expect(createApp(config)).rejects.toThrow(DataFolderInUseError);

      // The first server still works on its folder, untouched by the refused ones.
      expect(await app.orm.em.getConnection().execute('select count(*)::int as n from mikro_orm_migrations')).toEqual(
        migrations,
      );
    } finally {
      await app.close();
    }
    expect(existsSync(path.join(dataDir, 'pglite.lock'))).toBe(false);

    const after = await auditVerify(dataDir);
    expect(after.out).toContain('audit chain intact');
    expect(after.code).toBe(0);
  }, 240_000);

  it('a server killed without closing does not block the next process', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'kycuong-pglite-'));
    dirs.push(dataDir);
    const server = spawn(process.execPath, [path.join(SERVER, 'main.js')], {
      env: { ...pgliteEnv(dataDir), LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    await new Promise<void>((resolve, reject) => {
      server.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('đang chạy tại')) resolve();
      });
      server.stderr.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      server.once('exit', (code) => reject(new Error(`server exited (${code}): ${output}`)));
    });
    const lockFile = path.join(dataDir, 'pglite.lock');
    expect(JSON.parse(readFileSync(lockFile, 'utf8')).pid).toBe(server.pid);
    expect((await auditVerify(dataDir)).out).toContain('DATA_FOLDER_IN_USE');

    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGKILL');
    await exited;
    // The killed server could not remove its lock file: the next process sees it is stale and takes it.
    expect(existsSync(lockFile)).toBe(true);
    const after = await auditVerify(dataDir);
    expect(after.out).toContain('audit chain intact');
    expect(after.code).toBe(0);
  }, 240_000);
});
