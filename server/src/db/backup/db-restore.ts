import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { AppConfig } from '../../common/config.js';
import { createLogger } from '../../common/logger.js';
import { type DatabaseEndpoint, openDatabase } from '../database.js';
import { migrationsList } from '../migrations/index.js';
import { checkAudit, checkCounts, checkPhotos } from '../move/copy-checks.js';
import { checkTarget } from '../move/db-move.js';
import { adaptDump, countsTable, MoveRefused } from '../move/move-rules.js';
import { PostgresTarget } from '../move/postgres-target.js';
import { ArchiveCorrupt, readArchive } from './backup-archive.js';
import {
  anchorFileProblem,
  auditKeyProblem,
  type BackupManifest,
  DUMP_ENTRY,
  FILES_PREFIX,
  folderProblem,
  manifestProblem,
  RESTORE_FAILED,
  RESTORE_REFUSED,
  RestoreRefused,
  rowsEntryTable,
} from './backup-rules.js';
import { readManifest } from './db-backup.js';

type Say = (line: string) => void;

const entriesOf = (folder: string) => (existsSync(folder) ? readdirSync(folder) : []);

/**
 * `pnpm cli restore --from <file>`: a backup into an empty PostgreSQL database (DATABASE_URL) or an empty
 * data folder (DATA_DIR, embedded PGlite). Refuses (exit 3, nothing written) a damaged file, a backup of a
 * newer build, a non-empty target. Then the dump and the rows with bytes in one transaction, the folder's
 * photos into FILE_STORAGE_DIR, and the move's checks: rows per table against the manifest, every photo's
 * SHA-256, the audit chain against AUDIT_ANCHOR_FILE.
 */
export async function restoreCommand(config: AppConfig, from: string, say: Say, warn: Say): Promise<number> {
  let endpoint: DatabaseEndpoint | null = null;
  let writing = false;
  try {
    if (!existsSync(from)) throw new RestoreRefused(`Không thấy tệp sao lưu / no backup file at ${from}`);
    say(`Kiểm tra tệp sao lưu / checking the backup file: ${from}`);
    const { manifest, sha256 } = await readManifest(from).catch((err: unknown) => {
      throw err instanceof ArchiveCorrupt ? new RestoreRefused(err.message) : err;
    });
    say(`SHA-256 ${sha256} đúng / matches; tạo lúc / made at ${manifest.createdAt} (${manifest.databaseKind})`);
    const problem = manifestProblem(
      manifest,
      migrationsList.map((m) => m.name),
    );
    if (problem) throw new RestoreRefused(problem);
    const keyProblem = auditKeyProblem(manifest, config.auditKey);
    if (keyProblem) throw new RestoreRefused(keyProblem);
    const anchorProblem = anchorFileProblem(
      manifest.counts['public.audit_entry'] ?? 0,
      config.auditAnchorFile,
      existsSync(config.auditAnchorFile),
    );
    if (anchorProblem) throw new RestoreRefused(anchorProblem);
    const folderPhotos = manifest.photos.filter((p) => p.place === 'folder').length;
    if (folderPhotos > 0) {
      if (config.fileStorage !== 'folder') {
        throw new RestoreRefused(
          `Bản sao lưu có ${folderPhotos} ảnh lưu trong thư mục: đặt FILE_STORAGE=folder và FILE_STORAGE_DIR (một thư mục trống) rồi chạy lại. ` +
            `(The backup holds ${folderPhotos} photos from a photo folder: set FILE_STORAGE=folder and an empty FILE_STORAGE_DIR.)`,
        );
      }
      const photosProblem = folderProblem(config.fileStorageDir, entriesOf(config.fileStorageDir));
      if (photosProblem) throw new RestoreRefused(photosProblem);
    }

    let target: PostgresTarget;
    let major = 99;
    if (config.databaseUrl) {
      target = new PostgresTarget(config.databaseUrl);
      major = await checkTarget(target, say).catch((err: unknown) => {
        throw err instanceof MoveRefused ? new RestoreRefused(err.message) : err;
      });
    } else {
      const pgliteDir = path.join(config.dataDir, 'pglite');
      const folderIssue = folderProblem(pgliteDir, entriesOf(pgliteDir));
      if (folderIssue) throw new RestoreRefused(folderIssue);
      say(`Đích / target: PGlite nhúng mới trong / a new embedded PGlite in ${pgliteDir}`);
      endpoint = await openDatabase(undefined, config.dataDir, createLogger({ logLevel: 'warn' }), 2);
      target = new PostgresTarget(endpoint.url);
    }

    writing = true;
    await restoreEntries(from, manifest, target, major, config, say);
    say('Kiểm tra trên đích / checking the target');
    await checkCounts(new Map(Object.entries(manifest.counts)), await target.counts());
    const photos = await checkPhotos(
      target,
      manifest.photos.filter((p) => p.place === 'database'),
      config,
    );
    const audit = await checkAudit(target, config, manifest.counts['public.audit_entry'] ?? 0);
    say(countsTable(new Map(Object.entries(manifest.counts))));
    say(photos);
    say(audit);
    say(
      `Đã khôi phục xong ${config.databaseUrl ? `vào "${target.name}"` : `vào ${config.dataDir}`}. Khởi động ứng dụng với cấu hình này (cùng SESSION_SECRET, AUDIT_KEY, AUDIT_ANCHOR_FILE). ` +
        '(Restored and verified. Start the app with this configuration and the same secrets.)',
    );
    return 0;
  } catch (err) {
    if (err instanceof RestoreRefused) {
      warn(`RESTORE_REFUSED: ${err.message}\n(Chưa ghi gì vào đích. Nothing was written.)`);
      return RESTORE_REFUSED;
    }
    const reason = err instanceof Error ? err.message : String(err);
    if (!writing) {
      warn(`RESTORE_FAILED: ${reason}\n(Chưa ghi gì vào đích. Nothing was written.)`);
      return RESTORE_FAILED;
    }
    warn(
      `RESTORE_INTERRUPTED: Khôi phục bị dừng giữa chừng: ${reason}\n` +
        `Đích (${config.databaseUrl ? 'cơ sở dữ liệu DATABASE_URL' : `thư mục ${config.dataDir}`}${config.fileStorage === 'folder' ? ' và FILE_STORAGE_DIR' : ''}) có thể đã có một phần dữ liệu: hãy xóa rồi tạo lại cho trống, rồi chạy lại lệnh. ` +
        `(The restore stopped: ${reason} Empty the target again, then run the command again.)`,
    );
    return RESTORE_FAILED;
  } finally {
    await endpoint?.close().catch(() => undefined);
  }
}

/** The dump and the rows with bytes in one transaction on the target; the folder's photos beside it. */
async function restoreEntries(
  from: string,
  manifest: BackupManifest,
  target: PostgresTarget,
  major: number,
  config: AppConfig,
  say: Say,
): Promise<void> {
  await target.withClient(async (client: pg.Client) => {
    await client.query('begin');
    const moved = new Map<string, number>();
    await readArchive(from, async (name, data) => {
      if (name === DUMP_ENTRY) {
        say(`Nạp dữ liệu / loading the dump (${Math.round(data.length / 1024)} KiB)`);
        await client.query(adaptDump(data.toString('utf8'), major));
        return;
      }
      const table = rowsEntryTable(name);
      if (table) {
        const rows = data.toString('utf8').split('\n').filter(Boolean);
        await target.insertJsonRows(client, table, rows);
        moved.set(table, (moved.get(table) ?? 0) + rows.length);
        return;
      }
      if (name.startsWith(FILES_PREFIX)) {
        const id = name.slice(FILES_PREFIX.length);
        const dir = path.join(config.fileStorageDir, id.slice(0, 2));
        mkdirSync(dir, { recursive: true });
        writeFileSync(path.join(dir, id), data, { flag: 'wx' });
      }
    });
    await client.query('commit');
    // The dump's settings (an empty search_path...) stay in the session: on PGlite every connection shares it.
    await client.query('reset all');
    for (const table of manifest.bytesTables) say(`Chép ${table} / copied: ${moved.get(table) ?? 0}`);
  });
}
