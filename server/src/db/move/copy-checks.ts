import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AppConfig } from '../../common/config.js';
import { createLogger } from '../../common/logger.js';
import { readAnchors } from '../../features/audit/audit-anchor.js';
import { readChain, verifyChain } from '../../features/audit/audit-chain.js';
import { AuditChainSeal } from '../../features/audit/audit-seal.js';
import { openOrm } from '../orm.js';
import { compareCounts } from './move-rules.js';
import { BLOB_HASHES } from './pglite-source.js';
import type { PostgresTarget } from './postgres-target.js';

/**
 * The checks on a database after a copy (`db move`, `restore`): row counts per table against the source's,
 * every photo's SHA-256, and the audit chain against its anchors. Each throws naming what is wrong.
 */

export async function checkCounts(source: Map<string, number>, target: Map<string, number>): Promise<void> {
  const mismatches = compareCounts(source, target);
  if (mismatches.length === 0) return;
  throw new Error(
    `số hàng khác nhau / row counts differ: ${mismatches.map((m) => `${m.table} ${m.source ?? '-'} -> ${m.target ?? '-'}`).join('; ')}`,
  );
}

/** Every stored file's bytes on the target (or in the photo folder) match its SHA-256 and the source's. */
export async function checkPhotos(
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

/**
 * The audit chain on the target, against the anchors in AUDIT_ANCHOR_FILE, as `pnpm cli audit verify`.
 * A restored backup is checked against the anchors of the chain it holds (`entriesInCopy`): anchors written
 * after the backup record entries it cannot hold, and its row counts already match the backup's.
 */
export async function checkAudit(target: PostgresTarget, config: AppConfig, entriesInCopy?: number): Promise<string> {
  const logger = createLogger({ logLevel: 'warn' });
  const endpoint = { url: target.url, kind: 'postgresql' as const, poolSize: 2, close: async () => {} };
  const orm = await openOrm(endpoint, new AuditChainSeal(config, logger));
  try {
    const all = readAnchors(config.auditAnchorFile, config.auditKey).anchors;
    const anchors = entriesInCopy === undefined ? all : all.filter((line) => Number(line.anchor.seq) <= entriesInCopy);
    const verdict = await verifyChain(readChain(orm.em.fork()), { key: config.auditKey, anchors });
    if (!verdict.intact) {
      const first = verdict.problems[0];
      throw new Error(
        `chuỗi nhật ký hỏng trên đích / audit chain broken on the target: ${first ? `${first.check}: ${first.reason}` : ''}`,
      );
    }
    const newer = all.length - anchors.length;
    return (
      `Nhật ký / audit chain intact: ${verdict.entries} entries, ${verdict.anchors} anchors in ${config.auditAnchorFile}` +
      (newer > 0 ? ` (${newer} mốc mới hơn bản sao lưu / anchors newer than the backup)` : '')
    );
  } finally {
    await orm.close();
  }
}
