import { createHmac, timingSafeEqual } from 'node:crypto';
import { appendFileSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { type AnchorLine, type AuditAnchor, auditKeyId, field } from './audit-chain.js';

/**
 * Anchors: signed checkpoints of the audit chain's head (its position, hash and date), appended to a
 * file the database cannot rewrite (AUDIT_ANCHOR_FILE) and written to the log as a JSON line. A chain
 * emptied or cut short in the database no longer reaches its newest anchor; a chain rewritten (even
 * with the key) no longer carries an anchored hash.
 *
 * Several server instances may share one anchor file (a shared folder): each anchor is one line of
 * well under 4 KiB written by a single O_APPEND write, so lines never interleave on a local or POSIX
 * file system, and their order in the file does not matter (the newest is the one with the highest
 * position). A line cut short by a crash is reported as unreadable and skipped.
 */

const ANCHOR_PURPOSE = 'kycuong audit anchor v1';

function anchorSignature(key: string, a: Omit<AuditAnchor, 'sig'>): string {
  const text = [ANCHOR_PURPOSE, a.seq, a.head, a.headAt, a.writtenAt, a.keyId].map(field).join('');
  return createHmac('sha256', key).update(text, 'utf8').digest('hex');
}

/** An anchor of the head at `seq` (0 for an empty chain), signed with the audit key. */
export function signAnchor(
  key: string,
  head: { seq: string; hash: string | null; at: string | null },
  writtenAt = new Date(),
): AuditAnchor {
  const unsigned = {
    seq: head.seq,
    head: head.hash,
    headAt: head.at,
    writtenAt: writtenAt.toISOString(),
    keyId: auditKeyId(key),
  };
  return { ...unsigned, sig: anchorSignature(key, unsigned) };
}

export function anchorIsValid(key: string, a: AuditAnchor): boolean {
  const expected = Buffer.from(anchorSignature(key, a), 'hex');
  const given = Buffer.from(typeof a.sig === 'string' ? a.sig : '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Checks at start that the anchor file can be appended to, so a wrong path stops the server, not a commit. */
export function openAnchorFile(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  closeSync(openSync(file, 'a', 0o640));
}

export function appendAnchor(file: string, anchor: AuditAnchor): void {
  appendFileSync(file, `${JSON.stringify(anchor)}\n`, { mode: 0o640 });
}

export function anchorFileIsEmpty(file: string): boolean {
  return !existsSync(file) || statSync(file).size === 0;
}

const isAnchor = (v: unknown): v is AuditAnchor => {
  const a = v as Record<string, unknown> | null;
  return (
    typeof a === 'object' &&
    a !== null &&
    typeof a.seq === 'string' &&
    /^\d+$/.test(a.seq) &&
    (a.head === null || typeof a.head === 'string') &&
    (a.headAt === null || typeof a.headAt === 'string') &&
    typeof a.writtenAt === 'string' &&
    typeof a.keyId === 'string' &&
    typeof a.sig === 'string'
  );
};

/** Every anchor in the file with its signature checked, and the lines that are not anchors at all. */
export function readAnchors(file: string, key: string): { anchors: AnchorLine[]; unreadable: number[] } {
  const anchors: AnchorLine[] = [];
  const unreadable: number[] = [];
  if (!existsSync(file)) return { anchors, unreadable };
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((text, i) => {
    if (text.trim() === '') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
    if (!isAnchor(parsed)) {
      unreadable.push(i + 1);
      return;
    }
    anchors.push({ line: i + 1, anchor: parsed, valid: anchorIsValid(key, parsed) });
  });
  return { anchors, unreadable };
}
