import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/common/config.js';
import { FolderFileStorage } from '../../server/src/features/files/file-storage.js';
import {
  attachPhotos,
  CLI,
  expectPhotos,
  fingerprint,
  folderHashes,
  PhoneOutbox,
  plainItems,
  query,
  ROOT,
  sendPhotos,
  sha256,
  VISIT,
} from '../helpers/database-copy.js';
import { DEMO_YEAR } from '../helpers/demo.js';
import { type PostgresCluster, postgresBin, startPostgresCluster } from '../helpers/postgres-cluster.js';
import { GraphQLCaller, TEST_SECRET } from '../helpers/test-app.js';

/**
 * The backup and restore commands of docs/operations.md, run exactly as written there (read from there), on
 * the demo data plus a visit with photos: PostgreSQL with the photos in a folder. The restored copy
 * must be the same, table by table and photo by photo; its audit chain verifies with the CLI; the app
 * started on it shows an inspector the same visit and the same photo bytes.
 *
 * Runs on a throwaway PostgreSQL cluster (like the PostgreSQL restart test), with or without
 * TEST_DATABASE_URL; it fails if pg_dump, pg_restore or initdb are missing. The embedded PGlite is
 * backed up by copying its stopped data folder (docs/operations.md), which needs no test of its own.
 */

const run = promisify(execFile);

let cluster: PostgresCluster;
let work: string;
let sourceFiles: string;
let restoredFiles: string;
let backupDir: string;
const apps: App[] = [];

/** The shell blocks of the by-hand backup section of docs/operations.md: the first backs up, the second restores. */
function backupBlocks(): { backup: string; restore: string } {
  const doc = readFileSync(path.join(ROOT, 'docs/operations.md'), 'utf8');
  const heading = '### Bằng tay với pg_dump / By hand with pg_dump';
  const start = doc.indexOf(heading);
  if (start < 0) throw new Error(`docs/operations.md has no "${heading}" section`);
  const end = doc.indexOf('\n#', start + 3);
  const section = doc.slice(start, end < 0 ? undefined : end);
  const blocks = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1] as string);
  if (blocks.length < 2) throw new Error('the backup section must hold a backup and a restore ```sh block');
  return { backup: blocks[0] as string, restore: blocks[1] as string };
}

/** Runs a documented block in bash (stop at the first error), the PostgreSQL programs first on the PATH. */
async function shell(script: string, env: Record<string, string>): Promise<void> {
  const binDir = path.dirname(postgresBin('pg_dump'));
  postgresBin('pg_restore');
  try {
    await run('bash', ['-euo', 'pipefail', '-c', script], {
      env: { ...process.env, PATH: `${binDir}${path.delimiter}${process.env.PATH ?? ''}`, ...env },
      timeout: 120_000,
    });
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    throw new Error(`docs/operations.md block failed: ${e.message}\n${e.stderr ?? ''}\n--- block ---\n${script}`);
  }
}

async function startApp(databaseUrl: string, filesDir: string): Promise<{ app: App; url: string }> {
  const config = loadConfig({
    NODE_ENV: 'test',
    SESSION_SECRET: TEST_SECRET,
    CLIENT_DIST: '',
    SEED_DEMO: 'true',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: '4',
    DATA_DIR: path.join(work, 'data'),
    FILE_STORAGE: 'folder',
    FILE_STORAGE_DIR: filesDir,
  });
  const app = await createApp(config);
  apps.push(app);
  return { app, url: await app.listen(0, '127.0.0.1') };
}

beforeAll(async () => {
  if (!existsSync(CLI))
    throw new Error(`${CLI} is missing: build the server first (pnpm --filter @kycuong/server build)`);
  postgresBin('pg_dump');
  postgresBin('pg_restore');
  work = mkdtempSync(path.join(tmpdir(), 'kycuong-backup-'));
  sourceFiles = path.join(work, 'files');
  restoredFiles = path.join(work, 'files-restored');
  backupDir = path.join(work, 'backup');
  cluster = await startPostgresCluster();
  await query(cluster.url(), 'create database kycuong');
  await query(cluster.url(), 'create database kycuong_restored');
}, 120_000);

afterAll(async () => {
  try {
    for (const app of apps) await app.close().catch(() => undefined);
  } finally {
    await cluster?.destroy();
    if (work) rmSync(work, { recursive: true, force: true });
  }
}, 60_000);

describe('backup and restore (docs/operations.md commands)', () => {
  it('round-trips the demo data and a visit with photos exactly', async () => {
    const sourceUrl = cluster.url('kycuong');
    const restoredUrl = cluster.url('kycuong_restored');
    const source = await startApp(sourceUrl, sourceFiles);

    // A visit answered on a phone, with two photos: one sent whole, one in resumable pieces.
    const phone = await new GraphQLCaller(source.url).signIn('kiemtra');
    const [team] = await query<{ team_id: string }>(
      sourceUrl,
      `select tm.team_id from team_member tm join inspection_team team on team.id = tm.team_id
          join app_user u on u.id = tm.user_id where team.year = ${DEMO_YEAR} and u.username = 'kiemtra'`,
    );
    const [unit] = await query<{ id: string }>(sourceUrl, `select id from unit where code = 'CCTL'`);
    const items = await plainItems(sourceUrl);
    const visitId = randomUUID();
    await query(
      sourceUrl,
      `insert into visit (id, unit_id, team_id, status, template_version_id, started_at, visit_date, attendees, version, created_at, updated_at)
         values ($1, $2, $3, 'IN_PROGRESS', $4, now(), current_date, '[]', 1, now(), now())`,
      [visitId, unit?.id, team?.team_id, items[0]?.version_id],
    );
    const sent = await sendPhotos(source.url, phone, 30_000, 777);
    const values = ['PASS', 'FAIL', 'NOT_APPLICABLE'] as const;
    const outbox = new PhoneOutbox(phone);
    const operations = [
      ...items.map((item, n) =>
        outbox.op('ANSWER_ITEM', {
          visitId,
          itemId: item.id,
          passFail: values[n % 3],
          note: values[n % 3] === 'FAIL' ? 'Chưa niêm yết công khai thủ tục hành chính.' : null,
          baseVersion: null,
          baseOperationId: null,
          editedAt: new Date(Date.UTC(2026, 10, 20, 8, 0, n)).toISOString(),
        }),
      ),
      ...attachPhotos(outbox, visitId, items[1]?.id, sent),
    ];
    expect(await outbox.send(operations)).toEqual(operations.map(() => 'APPLIED'));
    const seenBefore = await phone.request(VISIT, { id: visitId });
    expect(seenBefore.errors).toBeUndefined();
    expect((seenBefore.data as { visit: { findings: unknown[] } }).visit.findings).toHaveLength(1);

    // Back up while the app runs, exactly as docs/operations.md says; then the app stops for good.
    const { backup, restore } = backupBlocks();
    await shell(backup, { DATABASE_URL: sourceUrl, FILE_STORAGE_DIR: sourceFiles, BACKUP_DIR: backupDir });
    await source.app.close();

    // Restore into a new database and a new, empty photo folder.
    await shell(restore, {
      RESTORE_DATABASE_URL: restoredUrl,
      FILE_STORAGE_DIR: restoredFiles,
      BACKUP_DIR: backupDir,
    });

    // Table by table, row by row; the sequences and the schema too.
    const before = await fingerprint(sourceUrl, { schema: true });
    const after = await fingerprint(restoredUrl, { schema: true });
    expect(Object.keys(before.rows as object).length).toBeGreaterThan(20);
    expect((before.rows as Record<string, { n: number }>).stored_file?.n).toBeGreaterThanOrEqual(3);
    expect(after).toEqual(before);

    // The photo folder byte for byte, and every stored file (folder or file_blob) whole with its hash.
    expect(Object.keys(folderHashes(sourceFiles))).toHaveLength(2);
    expect(folderHashes(restoredFiles)).toEqual(folderHashes(sourceFiles));

    // The audit trail's hash chain verifies on the restored copy, with the CLI the office uses.
    const verify = await run(process.execPath, [CLI, 'audit', 'verify'], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        DATABASE_URL: restoredUrl,
        SESSION_SECRET: TEST_SECRET,
        DATA_DIR: path.join(work, 'data'),
        LOG_LEVEL: 'silent',
      },
      timeout: 120_000,
    });
    expect(verify.stdout).toMatch(/audit chain intact: \d+ entries/);

    // The app on the restored copy: the inspector sees the same visit and gets the same photos.
    const restored = await startApp(restoredUrl, restoredFiles);
    expect(restored.app.seeded).toBe(false);
    const storage = new FolderFileStorage(restoredFiles);
    const em = restored.app.orm.em.fork();
    const stored = await em
      .getConnection()
      .execute<{ id: string; sha256: string; size: number }[]>('select id, sha256, size from stored_file order by id');
    for (const file of stored) {
      const bytes = await storage.get(em, file.id);
      expect(bytes && { sha256: sha256(bytes), size: bytes.length }, file.id).toEqual({
        sha256: file.sha256,
        size: file.size,
      });
    }
    const again = await new GraphQLCaller(restored.url).signIn('kiemtra');
    expect(await again.request(VISIT, { id: visitId })).toEqual(seenBefore);
    await expectPhotos(again, sent);
  }, 240_000);
});
