/**
 * The rules of `pnpm cli backup` and `pnpm cli restore`, apart from any I/O: what a backup's manifest
 * holds, which backups a build restores, and how a dump is made plain SQL. Table-tested in
 * backup-rules.test.ts.
 */
import { unknownMigrations } from '../move/move-rules.js';

export const BACKUP_FORMAT = 1;
export const MANIFEST_ENTRY = 'manifest.json';
export const DUMP_ENTRY = 'database.sql';
/** Rows of a table with bytes (photos), a batch per entry: `rows/<schema.table>/<n>.jsonl`. */
export const ROWS_PREFIX = 'rows/';
/** Photo bytes kept in the photo folder (FILE_STORAGE=folder): `files/<id>`. */
export const FILES_PREFIX = 'files/';

/** Exit codes of `restore`, as the move's: refused before anything was written, or failed. */
export const RESTORE_REFUSED = 3;
export const RESTORE_FAILED = 1;

export interface BackupPhoto {
  id: string;
  sha256: string;
  place: 'database' | 'folder';
}

export interface BackupManifest {
  format: number;
  appVersion: string;
  databaseKind: 'postgresql' | 'pglite';
  createdAt: string;
  migrations: string[];
  /** Rows per table ("schema.table"), as in the backup. */
  counts: Record<string, number>;
  bytesTables: string[];
  photos: BackupPhoto[];
}

/** A refusal: nothing was written anywhere. */
export class RestoreRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreRefused';
  }
}

/** Why this build does not restore a backup with this manifest, or null. Older backups are fine: the app migrates them at start. */
export function manifestProblem(manifest: Partial<BackupManifest>, knownMigrations: string[]): string | null {
  if (manifest.format !== BACKUP_FORMAT || !Array.isArray(manifest.migrations) || !manifest.counts) {
    return (
      `Tệp không phải bản sao lưu Kỷ cương mà phiên bản này đọc được (định dạng ${manifest.format ?? '?'}). ` +
      `(Not a Kỷ cương backup this build reads: format ${manifest.format ?? '?'}.)`
    );
  }
  const unknown = unknownMigrations(manifest.migrations, knownMigrations);
  if (unknown.length === 0) return null;
  return (
    `Bản sao lưu do một phiên bản Kỷ cương mới hơn tạo (migration ${unknown.join(', ')}): hãy khôi phục bằng phiên bản đó hoặc mới hơn. ` +
    `(The backup was made by a newer Kỷ cương: migrations ${unknown.join(', ')} are unknown to this build.)`
  );
}

/** A dump as plain SQL one simple query can run: without psql's `\restrict` / `\unrestrict` lines. */
export function plainSql(dump: string): string {
  return dump.replace(/^\\(?:un)?restrict\b.*\r?\n?/gm, '');
}

/** Why a target folder (a new DATA_DIR's PGlite folder, or the photo folder) cannot take a restore. */
export function folderProblem(folder: string, entries: string[]): string | null {
  if (entries.length === 0) return null;
  return (
    `Thư mục đích không trống (${folder}: ${entries.slice(0, 5).join(', ')}${entries.length > 5 ? ', …' : ''}). ` +
    'Lệnh chỉ khôi phục vào một thư mục dữ liệu mới, trống. ' +
    `(The target folder is not empty: ${folder}. Restore only into a new, empty folder.)`
  );
}

/** The archive entry of a batch of rows. */
export function rowsEntry(table: string, batch: number): string {
  return `${ROWS_PREFIX}${table}/${String(batch).padStart(6, '0')}.jsonl`;
}

/** The table of a rows entry, or null when the name is not one. */
export function rowsEntryTable(name: string): string | null {
  const match = /^rows\/([^/]+)\/\d+\.jsonl$/.exec(name);
  return match?.[1] ?? null;
}
