import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AppConfig } from '../../common/config.js';
import { DataFolderInUseError } from '../data-folder-lock.js';
import { migrationsList } from '../migrations/index.js';
import { checkAudit, checkCounts, checkPhotos } from './copy-checks.js';
import {
  adaptDump,
  countsTable,
  interruptedMessage,
  MOVE_FAILED,
  MOVE_REFUSED,
  MoveRefused,
  majorVersion,
  migrationLevelProblem,
  targetContentsProblem,
  targetVersionProblem,
} from './move-rules.js';
import { BLOB_HASHES, BYTES_TABLES, NoSourceDatabase, PgliteSource } from './pglite-source.js';
import { PostgresTarget } from './postgres-target.js';

type Say = (line: string) => void;

/**
 * `pnpm cli db move --to <url>`: everything in the embedded PGlite of DATA_DIR into an empty PostgreSQL
 * database. Refuses (exit 3, nothing written) a target that is not empty or too old, a source at another
 * migration level, and a data folder the app holds. Then: the schema, sequences and rows through PGlite's
 * pg_dump restored by psql in one transaction; the tables with bytes (photos) copied a few rows at a time;
 * then checks on the target (row counts per table, every photo's SHA-256, the audit chain against its
 * anchors). A move that stops part way exits 1, leaves the source as it was and says how to retry.
 */
export async function moveDatabase(config: AppConfig, targetUrl: string, say: Say, warn: Say): Promise<number> {
  const target = new PostgresTarget(targetUrl);
  let source: PgliteSource | null = null;
  let writing = false;
  try {
    const major = await checkTarget(target, say);
    say(`Mở dữ liệu nguồn / opening the source: ${config.dataDir}`);
    source = await PgliteSource.open(config.dataDir).catch((err: unknown) => {
      if (err instanceof DataFolderInUseError || err instanceof NoSourceDatabase) throw new MoveRefused(err.message);
      throw err;
    });
    const problem = migrationLevelProblem(
      await source.appliedMigrations(),
      migrationsList.map((m) => m.name),
    );
    if (problem) throw new MoveRefused(problem);
    const counts = await source.counts();
    const sourceBlobs = await source.rows<{ id: string; sha256: string }>(BLOB_HASHES);

    writing = true;
    await copyEverything(source, target, major, say);
    await source.close();
    source = null;

    say('Kiểm tra trên đích / checking the target');
    await checkCounts(counts, await target.counts());
    const photos = await checkPhotos(target, sourceBlobs, config);
    const audit = await checkAudit(target, config);
    say(countsTable(counts));
    say(photos);
    say(audit);
    say(
      `Đã chuyển xong vào "${target.name}". Khởi động ứng dụng với DATABASE_URL trỏ tới nó (giữ nguyên SESSION_SECRET, AUDIT_KEY, AUDIT_ANCHOR_FILE` +
        `${config.fileStorage === 'folder' ? ', FILE_STORAGE=folder và FILE_STORAGE_DIR' : ''}); thư mục ${config.dataDir} giữ nguyên làm bản lưu. ` +
        `(Moved. Start the app with DATABASE_URL set to it and the same secrets and anchor file; keep ${config.dataDir} as a backup.)`,
    );
    return 0;
  } catch (err) {
    if (err instanceof MoveRefused) {
      warn(`DB_MOVE_REFUSED: ${err.message}`);
      return MOVE_REFUSED;
    }
    const reason = err instanceof Error ? err.message : String(err);
    if (!writing) {
      warn(`DB_MOVE_FAILED: ${reason}\n(Chưa ghi gì vào đích; dữ liệu nguồn không đổi. Nothing was written.)`);
      return MOVE_FAILED;
    }
    warn(`DB_MOVE_INTERRUPTED: ${interruptedMessage(reason, target.name)}`);
    return MOVE_FAILED;
  } finally {
    await source?.close().catch(() => undefined);
  }
}

/** The target's version and emptiness; its major version. */
export async function checkTarget(target: PostgresTarget, say: Say): Promise<number> {
  const versionNum = await target.versionNum().catch((err: unknown) => {
    throw new MoveRefused(
      `Không kết nối được cơ sở dữ liệu đích (cannot connect to the target): ${err instanceof Error ? err.message : err}`,
    );
  });
  const versionProblem = targetVersionProblem(versionNum);
  if (versionProblem) throw new MoveRefused(versionProblem);
  const contentsProblem = targetContentsProblem(await target.contents());
  if (contentsProblem) throw new MoveRefused(contentsProblem);
  say(`Đích / target: "${target.name}", PostgreSQL ${majorVersion(versionNum)}, trống / empty`);
  return majorVersion(versionNum);
}

async function copyEverything(source: PgliteSource, target: PostgresTarget, major: number, say: Say): Promise<void> {
  const bytesTables = (await source.rows<{ name: string }>(BYTES_TABLES)).map((r) => r.name);
  say('Xuất dữ liệu bằng pg_dump của PGlite / dumping with PGlite pg_dump');
  const dump = adaptDump(await source.dump(bytesTables), major);
  const work = mkdtempSync(path.join(tmpdir(), 'kycuong-move-'));
  try {
    const file = path.join(work, 'kycuong.sql');
    writeFileSync(file, dump, { mode: 0o600 });
    say(`Nạp vào đích bằng psql / restoring with psql (${Math.round(dump.length / 1024)} KiB)`);
    await target.restore(file);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  await target.withClient(async (client) => {
    await client.query('begin');
    for (const table of bytesTables) {
      let moved = 0;
      for await (const rows of source.batches(table)) {
        await target.insertJsonRows(client, table, rows);
        moved += rows.length;
      }
      say(`Chép ${table} / copied: ${moved}`);
    }
    await client.query('commit');
  });
}
