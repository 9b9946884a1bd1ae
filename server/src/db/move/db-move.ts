import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AppConfig } from '../../common/config.js';
import { createLogger } from '../../common/logger.js';
import { readAnchors } from '../../features/audit/audit-anchor.js';
import { readChain, verifyChain } from '../../features/audit/audit-chain.js';
import { AuditChainSeal } from '../../features/audit/audit-seal.js';
import { DataFolderInUseError } from '../data-folder-lock.js';
import { migrationsList } from '../migrations/index.js';
import { openOrm } from '../orm.js';
import {
  adaptDump,
  compareCounts,
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
import { BLOB_HASHES, BYTES_TABLES, PgliteSource } from './pglite-source.js';
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
      if (err instanceof DataFolderInUseError) throw new MoveRefused(err.message);
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
async function checkTarget(target: PostgresTarget, say: Say): Promise<number> {
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

async function checkCounts(source: Map<string, number>, target: Map<string, number>): Promise<void> {
  const mismatches = compareCounts(source, target);
  if (mismatches.length === 0) return;
  throw new Error(
    `số hàng khác nhau / row counts differ: ${mismatches.map((m) => `${m.table} ${m.source ?? '-'} -> ${m.target ?? '-'}`).join('; ')}`,
  );
}

/** Every stored file's bytes on the target (or in the photo folder) match its SHA-256 and the source's. */
async function checkPhotos(
  target: PostgresTarget,
  sourceBlobs: { id: string; sha256: string }[],
  config: AppConfig,
): Promise<string> {
  const targetBlobs = new Map(
    (await target.rows<{ id: string; sha256: string }>(BLOB_HASHES)).map((b) => [b.id, b.sha256]),
  );
  const wrong: string[] = [];
  for (const blob of sourceBlobs) if (targetBlobs.get(blob.id) !== blob.sha256) wrong.push(blob.id);
  const files = await target.rows<{ id: string; sha256: string }>('select id::text as id, sha256 from stored_file');
  let inFolder = 0;
  for (const file of files) {
    let actual = targetBlobs.get(file.id);
    if (actual === undefined && config.fileStorage === 'folder') {
      try {
        actual = createHash('sha256')
          .update(readFileSync(path.join(config.fileStorageDir, file.id.slice(0, 2), file.id)))
          .digest('hex');
        inFolder++;
      } catch {
        actual = undefined;
      }
    }
    if (actual !== file.sha256) wrong.push(file.id);
  }
  if (wrong.length > 0) {
    throw new Error(`ảnh sai hoặc thiếu / photos wrong or missing: ${wrong.slice(0, 10).join(', ')}`);
  }
  return (
    `Ảnh / photos: ${files.length} tệp đúng SHA-256 (${files.length - inFolder} trong cơ sở dữ liệu, ${inFolder} trong ${config.fileStorageDir}) ` +
    `/ ${files.length} files match their SHA-256`
  );
}

/** The audit chain on the target, against the anchors in AUDIT_ANCHOR_FILE, as `pnpm cli audit verify`. */
async function checkAudit(target: PostgresTarget, config: AppConfig): Promise<string> {
  const logger = createLogger({ logLevel: 'warn' });
  const endpoint = { url: target.url, kind: 'postgresql' as const, poolSize: 2, close: async () => {} };
  const orm = await openOrm(endpoint, new AuditChainSeal(config, logger));
  try {
    const { anchors } = readAnchors(config.auditAnchorFile, config.auditKey);
    const verdict = await verifyChain(readChain(orm.em.fork()), { key: config.auditKey, anchors });
    if (!verdict.intact) {
      const first = verdict.problems[0];
      throw new Error(
        `chuỗi nhật ký hỏng trên đích / audit chain broken on the target: ${first ? `${first.check}: ${first.reason}` : ''}`,
      );
    }
    return `Nhật ký / audit chain intact: ${verdict.entries} entries, ${verdict.anchors} anchors in ${config.auditAnchorFile}`;
  } finally {
    await orm.close();
  }
}
