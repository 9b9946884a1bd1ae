/**
 * The rules of `pnpm cli backup` and `pnpm cli restore`, apart from any I/O: what a backup's manifest
 * holds, which backups a build restores, and how a dump is made plain SQL. Table-tested in
 * backup-rules.test.ts.
 */
import { createHmac } from 'node:crypto';
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
  /** auditKeyCheck() of the key the audit chain was sealed with (never the key); absent in older backups. */
  auditKeyCheck?: string;
}

/**
 * A fingerprint of an audit key: which key sealed a backup's chain, without carrying the key. A restore
 * under another key would end in "audit chain broken" after everything was written.
 */
export function auditKeyCheck(auditKey: string): string {
  return createHmac('sha256', auditKey).update('kycuong backup: audit key check').digest('hex');
}

/**
 * Why the audit chain of a backup cannot be checked here: it has entries, and the anchor file (signed
 * heads of the chain, kept apart from the database) is not where this configuration reads it. Null when
 * it can be.
 */
export function anchorFileProblem(auditEntries: number, anchorFile: string, anchorFileExists: boolean): string | null {
  if (auditEntries === 0 || anchorFileExists) return null;
  return (
    `Không thấy tệp neo nhật ký ${anchorFile}: chép tệp audit-anchors.jsonl (hoặc tệp AUDIT_ANCHOR_FILE) của máy nguồn vào đó, rồi chạy lại lệnh. ` +
    `(No audit anchor file at ${anchorFile}: copy the source's audit-anchors.jsonl, or its AUDIT_ANCHOR_FILE, there, then run again.)`
  );
}

/** Why the audit key here cannot verify a backup's chain (another key sealed it), or null. */
export function auditKeyProblem(manifest: Pick<BackupManifest, 'auditKeyCheck'>, auditKey: string): string | null {
  if (!manifest.auditKeyCheck || manifest.auditKeyCheck === auditKeyCheck(auditKey)) return null;
  return (
    'Khóa nhật ký (AUDIT_KEY) ở đây khác khóa của máy đã sao lưu, nên không kiểm chứng được chuỗi nhật ký. ' +
    'Đặt AUDIT_KEY như máy nguồn; nếu máy nguồn không đặt AUDIT_KEY, chép các tệp .dev-audit-key, .dev-session-secret và ' +
    'audit-anchors.jsonl từ thư mục dữ liệu cũ vào DATA_DIR mới, rồi chạy lại lệnh. ' +
    '(The AUDIT_KEY here is not the key that sealed the backup’s audit chain: set the source’s AUDIT_KEY, or copy ' +
    '.dev-audit-key, .dev-session-secret and audit-anchors.jsonl from the old data folder into the new DATA_DIR, then run again.)'
  );
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
