import { createHash, createHmac } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../common/sql.js';
import { executeSql } from '../../db/read-path/read-rows.js';

/**
 * The audit trail's hash chain. Every entry carries its position, the hash of the entry before it and
 * its own hash over both and its content, each field written as "<bytes>:<value>;" ("~;" for null).
 *
 * The hash is an HMAC-SHA256 under AUDIT_KEY, a key that lives outside the database (kind
 * `hmac-sha256`): someone who can write the database cannot recompute the chain after an edit or
 * forge an entry. Entries written before the key existed were sealed by the database with a plain
 * SHA-256 (kind `sha256`); they stay as they are and are accepted only before the first keyed entry,
 * which chains over their last hash, and the first anchor covers them (see audit-anchor.ts). The chain
 * is sealed by the app at commit (audit-seal.ts) and checked here, in Node, from the stored values.
 */

export const LEGACY_KIND = 'sha256';
export const KEYED_KIND = 'hmac-sha256';

/** An entry as stored, every value in PostgreSQL's text form. */
export interface ChainedEntry {
  id: string;
  chainSeq: string | null;
  prevHash: string | null;
  hash: string | null;
  hashKind: string | null;
  /** `at` in UTC as YYYY-MM-DDTHH:MM:SS.ffffff */
  at: string;
  actorId: string | null;
  actorName: string | null;
  entityType: string;
  entityId: string;
  visitId: string | null;
  action: string;
  reason: string | null;
  before: string | null;
  after: string | null;
}

/** The parts of an entry its hash covers, besides its place in the chain. */
export type EntryContent = Omit<ChainedEntry, 'chainSeq' | 'prevHash' | 'hash' | 'hashKind'>;

export const field = (value: string | null): string =>
  value === null ? '~;' : `${Buffer.byteLength(value, 'utf8')}:${value};`;

function entryText(prevHash: string | null, seq: string, e: EntryContent): string {
  return [
    prevHash,
    seq,
    e.id,
    e.at,
    e.actorId,
    e.actorName,
    e.entityType,
    e.entityId,
    e.visitId,
    e.action,
    e.reason,
    e.before,
    e.after,
  ]
    .map(field)
    .join('');
}

/** The unkeyed hash the database gave entries before AUDIT_KEY existed (Migration20261126123000). */
export function entryDigest(prevHash: string | null, seq: string, e: EntryContent): string {
  return createHash('sha256')
    .update(entryText(prevHash, seq, e), 'utf8')
    .digest('hex');
}

/** The keyed hash an entry must carry at position `seq` after an entry whose hash is `prevHash`. */
export function keyedDigest(key: string, prevHash: string | null, seq: string, e: EntryContent): string {
  return createHmac('sha256', key)
    .update(field(KEYED_KIND) + entryText(prevHash, seq, e), 'utf8')
    .digest('hex');
}

/** A short public name of a key, written into anchors, so "another key" is told apart from "forged". */
export function auditKeyId(key: string): string {
  return createHmac('sha256', key).update('kycuong audit key id', 'utf8').digest('hex').slice(0, 16);
}

/** A signed checkpoint of the chain's head, kept outside the database. */
export interface AuditAnchor {
  /** The head's position, which is also the number of entries up to it. */
  seq: string;
  head: string | null;
  headAt: string | null;
  writtenAt: string;
  keyId: string;
  sig: string;
}

/** An anchor as read from the anchor file: where it was, and whether its signature holds. */
export interface AnchorLine {
  line: number;
  anchor: AuditAnchor;
  valid: boolean;
}

/** Which check found a problem, as `audit verify` names it. */
export type ChainCheck =
  | 'sealed'
  | 'position'
  | 'link'
  | 'kind'
  | 'hash'
  | 'time'
  | 'anchor-head'
  | 'anchor-count'
  | 'anchor-signature'
  | 'anchor-missing';

export interface ChainProblem {
  check: ChainCheck;
  /** The entry found wrong (or the last one there is, for entries missing at the end). */
  entryId: string | null;
  position: string | null;
  /** For a problem with an anchor: its line in the anchor file. */
  anchorLine?: number;
  reason: string;
}

export interface ChainVerdict {
  intact: boolean;
  entries: number;
  legacyEntries: number;
  headHash: string | null;
  headEntryId: string | null;
  /** Anchors whose signature holds. */
  anchors: number;
  newestAnchor: AnchorLine | null;
  /** The first problems found, in chain order; `moreProblems` counts those left out. */
  problems: ChainProblem[];
  moreProblems: number;
}

const MAX_PROBLEMS = 50;

/**
 * Walks the chain in position order and names every entry that does not fit: unsealed, a position
 * skipped (entries deleted) or repeated, a previous hash that is not the one before it, an unkeyed
 * entry after a keyed one, a hash that is not its content's under the key, a keyed entry dated before
 * the one before it (a back-dated insert), or a hash that differs from an anchor's at that position.
 * Then the newest anchor: the chain must reach its position (else the tail was deleted or the table
 * emptied). Entries are streamed; only the anchors are held in memory.
 */
export async function verifyChain(
  entries: AsyncIterable<ChainedEntry> | Iterable<ChainedEntry>,
  options: { key: string; anchors: AnchorLine[] },
): Promise<ChainVerdict> {
  const problems: ChainProblem[] = [];
  let moreProblems = 0;
  const report = (problem: ChainProblem) => {
    if (problems.length < MAX_PROBLEMS) problems.push(problem);
    else moreProblems += 1;
  };

  const keyId = auditKeyId(options.key);
  const anchorsAt = new Map<string, AnchorLine[]>();
  let newest: AnchorLine | null = null;
  let validAnchors = 0;
  for (const a of options.anchors) {
    if (!a.valid) {
      report({
        check: 'anchor-signature',
        entryId: null,
        position: a.anchor.seq ?? null,
        anchorLine: a.line,
        reason:
          a.anchor.keyId === keyId
            ? 'its signature does not match: the anchor was forged or altered'
            : `it was signed with another key (key id ${a.anchor.keyId}; AUDIT_KEY's is ${keyId}): AUDIT_KEY is not the server's, or the anchor was forged`,
      });
      continue;
    }
    validAnchors += 1;
    anchorsAt.set(a.anchor.seq, [...(anchorsAt.get(a.anchor.seq) ?? []), a]);
    if (!newest || BigInt(a.anchor.seq) > BigInt(newest.anchor.seq)) newest = a;
  }

  let count = 0;
  let legacy = 0;
  let expectedSeq = 1n;
  let prev: ChainedEntry | null = null;
  let keyedSeen = false;
  let lastSeq = 0n;
  for await (const e of entries) {
    count += 1;
    const found = (check: ChainCheck, reason: string) => report({ check, entryId: e.id, position: e.chainSeq, reason });
    if (e.chainSeq === null || e.hash === null) {
      found('sealed', 'the entry is not sealed into the chain');
      continue;
    }
    const seq = BigInt(e.chainSeq);
    if (seq > expectedSeq) {
      found(
        'position',
        `position ${expectedSeq}${seq - expectedSeq > 1n ? `-${seq - 1n}` : ''} is missing${prev ? ` after entry #${prev.id}` : ''}: entries were deleted`,
      );
    } else if (seq < expectedSeq) {
      found('position', `position ${seq} appears twice`);
    }
    if (e.prevHash !== (prev?.hash ?? null)) {
      found(
        'link',
        `its previous hash is not the hash of ${prev ? `entry #${prev.id}` : 'the start of the chain'}: an entry before it was replaced or removed`,
      );
    }
    if (e.hashKind === KEYED_KIND) {
      keyedSeen = true;
      if (keyedDigest(options.key, e.prevHash, e.chainSeq, e) !== e.hash) {
        found('hash', 'its content does not match its keyed hash: the entry was altered or forged');
      }
      // Keyed entries are dated when sealed, under the chain's lock, never before the entry before them.
      if (prev && e.at < prev.at) {
        found('time', `it is dated ${e.at}, before entry #${prev.id} (${prev.at}): back-dated or moved`);
      }
    } else if (e.hashKind === LEGACY_KIND) {
      legacy += 1;
      if (keyedSeen) {
        found('kind', 'an unkeyed entry after keyed ones: entries written since AUDIT_KEY are all keyed');
      } else if (entryDigest(e.prevHash, e.chainSeq, e) !== e.hash) {
        found('hash', 'its content does not match its hash: the entry was altered');
      }
    } else {
      found('kind', `unknown hash kind "${e.hashKind ?? ''}"`);
    }
    for (const a of anchorsAt.get(e.chainSeq) ?? []) {
      if (a.anchor.head !== e.hash) {
        report({
          check: 'anchor-head',
          entryId: e.id,
          position: e.chainSeq,
          anchorLine: a.line,
          reason: `the anchor written ${a.anchor.writtenAt} recorded hash ${a.anchor.head} at this position, the chain has ${e.hash}: the chain was rewritten up to here`,
        });
      }
    }
    if (seq >= expectedSeq) expectedSeq = seq + 1n;
    if (seq > lastSeq) lastSeq = seq;
    prev = e;
  }

  if (newest && BigInt(newest.anchor.seq) > lastSeq) {
    const missingFrom = lastSeq + 1n;
    report({
      check: 'anchor-count',
      entryId: prev?.id ?? null,
      position: prev?.chainSeq ?? null,
      anchorLine: newest.line,
      reason: `the newest anchor (written ${newest.anchor.writtenAt}) records ${newest.anchor.seq} entries ending in hash ${newest.anchor.head}; the chain ${prev ? `ends at position ${lastSeq}` : 'is empty'}: position${BigInt(newest.anchor.seq) > missingFrom ? `s ${missingFrom}-${newest.anchor.seq}` : ` ${missingFrom}`} were deleted`,
    });
  }
  if (!newest && count > 0) {
    report({
      check: 'anchor-missing',
      entryId: prev?.id ?? null,
      position: prev?.chainSeq ?? null,
      reason:
        'no signed anchor of the chain was found: its length and head cannot be checked, so entries deleted at the end would go unseen',
    });
  }

  return {
    intact: problems.length === 0,
    entries: count,
    legacyEntries: legacy,
    headHash: prev?.hash ?? null,
    headEntryId: prev?.id ?? null,
    anchors: validAnchors,
    newestAnchor: newest,
    problems,
    moreProblems,
  };
}

export const AT_TEXT = sql.raw(`'YYYY-MM-DD"T"HH24:MI:SS.US'`);

/** The columns of `audit_entry` as a ChainedEntry, for the seal and for `readChain`. */
export const COLUMNS = sql`id::text as id, chain_seq::text as "chainSeq", prev_hash as "prevHash", hash, hash_kind as "hashKind",
  to_char(at at time zone 'UTC', ${AT_TEXT}) as at, actor_id::text as "actorId",
  actor_name as "actorName", entity_type as "entityType", entity_id::text as "entityId",
  visit_id::text as "visitId", action, reason, before::text as before, after::text as after`;

/** The stored chain in position order, read in pages; entries never sealed come first. */
export async function* readChain(em: EntityManager, pageSize = 5_000): AsyncGenerator<ChainedEntry> {
  const unsealed = await executeSql<ChainedEntry[]>(
    em,
    sql`select ${COLUMNS} from audit_entry where chain_seq is null or hash is null order by audit_entry.id limit 1`,
  );
  yield* unsealed;
  let after = '0';
  for (;;) {
    const page = await executeSql<ChainedEntry[]>(
      em,
      sql`select ${COLUMNS} from audit_entry where chain_seq > ${after}::bigint order by chain_seq limit ${pageSize}`,
    );
    yield* page;
    const last = page.at(-1);
    if (!last?.chainSeq || page.length < pageSize) return;
    after = last.chainSeq;
  }
}
