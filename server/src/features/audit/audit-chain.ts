import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The audit trail's hash chain, checked independently of the database: every entry's hash is
 * sha256 over the previous entry's hash, its position and its content, each field written as
 * "<bytes>:<value>;" ("~;" for null). The database seals entries with the same recipe at COMMIT
 * (Migration20261126123000, `audit_entry_digest`); this module recomputes it in Node from the stored
 * values, so a row edited around the append-only trigger (or a digest function swapped) is found.
 */

/** An entry as stored, every value in PostgreSQL's text form. */
export interface ChainedEntry {
  id: string;
  chainSeq: string | null;
  prevHash: string | null;
  hash: string | null;
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

const field = (value: string | null): string =>
  value === null ? '~;' : `${Buffer.byteLength(value, 'utf8')}:${value};`;

/** The hash an entry must carry at position `seq` after an entry whose hash is `prevHash`. */
export function entryDigest(prevHash: string | null, seq: string, e: ChainedEntry): string {
  const text = [
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
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export type ChainVerdict =
  | { intact: true; entries: number; headHash: string | null; headEntryId: string | null }
  | { intact: false; entries: number; entryId: string | null; position: string | null; reason: string };

/**
 * Walks the chain in position order and names the first entry that does not fit: a position skipped
 * (entries deleted before it), a previous hash that is not the one before it, or a hash that is not
 * its content's. Entries are streamed, so a chain of millions is checked in constant memory.
 */
export async function verifyChain(
  entries: AsyncIterable<ChainedEntry> | Iterable<ChainedEntry>,
): Promise<ChainVerdict> {
  let count = 0;
  let expectedSeq = 1n;
  let prevHash: string | null = null;
  let prevId: string | null = null;
  for await (const e of entries) {
    count += 1;
    const broken = (reason: string): ChainVerdict => ({
      intact: false,
      entries: count,
      entryId: e.id,
      position: e.chainSeq,
      reason,
    });
    if (e.chainSeq === null || e.hash === null) return broken('the entry is not sealed into the chain');
    const seq = BigInt(e.chainSeq);
    if (seq !== expectedSeq) {
      return broken(
        seq > expectedSeq
          ? `position ${expectedSeq}${seq - expectedSeq > 1n ? `-${seq - 1n}` : ''} is missing${prevId ? ` after entry #${prevId}` : ''}: entries were deleted`
          : `position ${seq} appears twice`,
      );
    }
    if (e.prevHash !== prevHash) {
      return broken(
        `its previous hash is not the hash of ${prevId ? `entry #${prevId}` : 'the start of the chain'}: an entry before it was replaced`,
      );
    }
    if (entryDigest(e.prevHash, e.chainSeq, e) !== e.hash) {
      return broken('its content does not match its hash: the entry was altered');
    }
    expectedSeq = seq + 1n;
    prevHash = e.hash;
    prevId = e.id;
  }
  return { intact: true, entries: count, headHash: prevHash, headEntryId: prevId };
}

const COLUMNS = `id::text as id, chain_seq::text as "chainSeq", prev_hash as "prevHash", hash,
  to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') as at, actor_id::text as "actorId",
  actor_name as "actorName", entity_type as "entityType", entity_id::text as "entityId",
  visit_id::text as "visitId", action, reason, before::text as before, after::text as after`;

/** The stored chain in position order, read in pages; entries never sealed come first. */
export async function* readChain(em: EntityManager, pageSize = 5_000): AsyncGenerator<ChainedEntry> {
  const unsealed = await em.execute<ChainedEntry[]>(
    `select ${COLUMNS} from audit_entry where chain_seq is null or hash is null order by id limit 1`,
  );
  yield* unsealed;
  let after = '0';
  for (;;) {
    const page = await em.execute<ChainedEntry[]>(
      `select ${COLUMNS} from audit_entry where chain_seq > ?::bigint order by chain_seq limit ?`,
      [after, pageSize],
    );
    yield* page;
    const last = page.at(-1);
    if (!last?.chainSeq || page.length < pageSize) return;
    after = last.chainSeq;
  }
}
