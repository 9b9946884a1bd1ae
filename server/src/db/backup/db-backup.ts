import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AppConfig } from '../../common/config.js';
import { DataFolderInUseError } from '../data-folder-lock.js';
import { countsTable } from '../move/move-rules.js';
import { BLOB_HASHES, BYTES_TABLES, COUNTABLE_TABLES, PgliteSource } from '../move/pglite-source.js';
import { ArchiveWriter, readArchive } from './backup-archive.js';
import { askServerForBackup, NoServer } from './backup-channel.js';
import {
  auditKeyCheck,
  BACKUP_FORMAT,
  type BackupManifest,
  type BackupPhoto,
  DUMP_ENTRY,
  FILES_PREFIX,
  MANIFEST_ENTRY,
  plainSql,
  rowsEntry,
} from './backup-rules.js';
import { type DatabaseSnapshot, withHeldPglite, withPostgresSnapshot } from './snapshot.js';

type Say = (line: string) => void;

/** Rows of a table with bytes read at a time: photos are up to MAX_UPLOAD_MB each. */
const BYTES_BATCH = 8;

export const BACKUP_FAILED = 1;

function appVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    return pkg.version;
  } catch {
    return 'unknown';
  }
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Writes a backup of what `snapshot` sees to `out`: the manifest, the dump (without the rows of the tables
 * with bytes), those rows a batch per entry, and the photos kept in the photo folder, each checked
 * against its SHA-256 as it is read. Nothing is left at `out` unless the whole file was written.
 */
export async function writeBackup(snapshot: DatabaseSnapshot, config: AppConfig, out: string): Promise<BackupManifest> {
  const migrations = (await snapshot.rows<{ name: string }>('select name from mikro_orm_migrations order by id')).map(
    (r) => r.name,
  );
  const bytesTables = (await snapshot.rows<{ name: string }>(BYTES_TABLES)).map((r) => r.name);
  const counts: Record<string, number> = {};
  for (const { name } of await snapshot.rows<{ name: string }>(COUNTABLE_TABLES)) {
    const [row] = await snapshot.rows<{ n: string | number }>(`select count(*)::int as n from ${name}`);
    counts[name] = Number(row?.n ?? 0);
  }
  const inDatabase = new Map(
    (await snapshot.rows<{ id: string; sha256: string }>(BLOB_HASHES)).map((b) => [b.id, b.sha256]),
  );
  const photos: BackupPhoto[] = (
    await snapshot.rows<{ id: string; sha256: string }>('select id::text as id, sha256 from stored_file order by id')
  ).map((f) => ({ id: f.id, sha256: f.sha256, place: inDatabase.has(f.id) ? 'database' : 'folder' }));
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    appVersion: appVersion(),
    databaseKind: snapshot.kind,
    createdAt: new Date().toISOString(),
    migrations,
    counts,
    bytesTables,
    photos,
    auditKeyCheck: auditKeyCheck(config.auditKey),
  };
  const dump = plainSql(await snapshot.dump(bytesTables));

  const writer = await ArchiveWriter.create(out);
  try {
    await writer.add(MANIFEST_ENTRY, `${JSON.stringify(manifest, null, 2)}\n`);
    await writer.add(DUMP_ENTRY, dump);
    for (const table of bytesTables) {
      let batch = 0;
      for await (const rows of snapshot.batches(table, BYTES_BATCH)) {
        await writer.add(rowsEntry(table, ++batch), `${rows.join('\n')}\n`);
      }
    }
    for (const photo of photos.filter((p) => p.place === 'folder')) {
      const file = path.join(config.fileStorageDir, photo.id.slice(0, 2), photo.id);
      const bytes = await readFile(file).catch(() => null);
      if (!bytes || sha256(bytes) !== photo.sha256) {
        throw new Error(
          `ảnh ${photo.id} ${bytes ? 'sai SHA-256' : 'thiếu'} trong ${config.fileStorageDir} / photo ${bytes ? 'does not match its SHA-256' : 'missing'}`,
        );
      }
      await writer.add(`${FILES_PREFIX}${photo.id}`, bytes);
    }
    await writer.finish();
    return manifest;
  } catch (err) {
    await writer.abandon();
    throw err;
  }
}

/** The manifest of a backup file, after checking its checksum. */
export async function readManifest(file: string): Promise<{ manifest: BackupManifest; sha256: string }> {
  let manifest: BackupManifest | null = null;
  const checksum = await readArchive(file, (name, data) => {
    if (name === MANIFEST_ENTRY) manifest = JSON.parse(data.toString('utf8')) as BackupManifest;
  });
  if (!manifest) throw new Error(`${file}: no ${MANIFEST_ENTRY}`);
  return { manifest, sha256: checksum };
}

/**
 * `pnpm cli backup --out <file>`, the app running or not. PostgreSQL: from a snapshot the app's writes do
 * not disturb. Embedded PGlite: the running server makes it (it holds the data folder), asked through its
 * control socket in DATA_DIR; with no server running, this process opens the folder and makes it.
 */
export async function backupCommand(config: AppConfig, out: string, say: Say, warn: Say): Promise<number> {
  try {
    if (config.databaseUrl) {
      say('Sao lưu PostgreSQL / backing up PostgreSQL (pg_dump, một ảnh chụp nhất quán / one snapshot)');
      await withPostgresSnapshot(config.databaseUrl, (snapshot) => writeBackup(snapshot, config, out));
    } else {
      try {
        await askServerForBackup(config.dataDir, out);
        say(`Máy chủ đang chạy đã tạo bản sao lưu / the running server made the backup (${config.dataDir})`);
      } catch (err) {
        if (!(err instanceof NoServer)) throw err;
        say(`Không có máy chủ nào đang chạy: mở trực tiếp / no server running: opening ${config.dataDir}`);
        const source = await PgliteSource.open(config.dataDir);
        try {
          await withHeldPglite(source.db, (snapshot) => writeBackup(snapshot, config, out));
        } finally {
          await source.close();
        }
      }
    }
    const { manifest, sha256: checksum } = await readManifest(out);
    say(countsTable(new Map(Object.entries(manifest.counts))));
    say(
      `Ảnh / photos: ${manifest.photos.length} (${manifest.photos.filter((p) => p.place === 'folder').length} từ thư mục / from the folder)`,
    );
    say(`Đã ghi / wrote ${path.resolve(out)} (SHA-256 ${checksum}, migration ${manifest.migrations.at(-1) ?? '-'})`);
    return 0;
  } catch (err) {
    const reason = err instanceof DataFolderInUseError ? err.message : err instanceof Error ? err.message : String(err);
    warn(`BACKUP_FAILED: Sao lưu không thành công: ${reason}\n(Không để lại tệp dở dang. No partial file was left.)`);
    return BACKUP_FAILED;
  }
}
