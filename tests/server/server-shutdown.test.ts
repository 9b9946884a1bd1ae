import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/database-copy.js';
import { freePort } from '../helpers/postgres-cluster.js';

/**
 * The server as `pnpm start` runs it, outside NODE_ENV=test (where Apollo would add its own signal
 * handler), on the embedded PGlite: SIGTERM closes PGlite and lets go of the data folder's lock and the
 * backup socket before the process exits 0, so the next start or CLI command finds the folder free.
 */

const work = mkdtempSync(path.join(tmpdir(), 'kycuong-shutdown-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('server shutdown on SIGTERM', () => {
  it('closes PGlite and releases the data folder before exiting', async () => {
    const dataDir = path.join(work, 'data');
    const server = spawn(process.execPath, [path.join(ROOT, 'server/dist/main.js')], {
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'development',
        DATA_DIR: dataDir,
        HOST: '127.0.0.1',
        PORT: String(await freePort()),
        SEED_DEMO: 'false',
        CLIENT_DIST: '',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const exited = once(server, 'exit');
    await new Promise<void>((resolve, reject) => {
      server.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Kỷ cương đang chạy tại')) resolve();
      });
      server.stderr.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      server.once('exit', (code) => reject(new Error(`the server exited with ${code} before listening:\n${output}`)));
    });
    expect(existsSync(path.join(dataDir, 'pglite.lock'))).toBe(true);
    expect(existsSync(path.join(dataDir, 'control', 'backup.sock'))).toBe(true);

    server.kill('SIGTERM');
    const [code, signal] = await exited;
    expect({ code, signal }, output).toEqual({ code: 0, signal: null });
    expect(output).not.toMatch(/shutdown took too long/);
    expect(existsSync(path.join(dataDir, 'pglite.lock'))).toBe(false);
    expect(existsSync(path.join(dataDir, 'control', 'backup.sock'))).toBe(false);
  }, 180_000);
});
