import type { EntityManager, EventArgs, EventSubscriber, Transaction, TransactionEventArgs } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../../common/logger.js';
import { sql } from '../../common/sql.js';
import { executeSql } from '../../db/read-path/read-rows.js';
import { anchorFileIsEmpty, appendAnchor, openAnchorFile, signAnchor } from './audit-anchor.js';
import {
  AT_TEXT,
  type ChainedEntry,
  COLUMNS,
  KEYED_KIND,
  keyedDigest,
  LEGACY_KIND,
  readChain,
  verifyChain,
} from './audit-chain.js';
import { AuditEntry } from './audit-entry.entity.js';

export interface AuditChainSettings {
  auditKey: string;
  auditAnchorFile: string;
}

/** Held from sealing until COMMIT, so entries join the chain in commit order, whichever instance commits. */
const CHAIN_LOCK = 7715310001;

/** An entry of the committing transaction, with the chain's head and the database's clock. */
type ToSeal = ChainedEntry & { headSeq: string | null; headHash: string | null; headAt: string | null; clock: string };

interface SealedHead {
  seq: string;
  hash: string;
  at: string;
}

/**
 * The transaction a savepoint belongs to. MikroORM keeps the parent of a nested transaction under a
 * symbol of its own; audit entries written inside a savepoint are sealed when the outer one commits.
 */
export function rootTransaction(trx: Transaction): Transaction {
  let current = trx as Transaction & Record<symbol, Transaction | undefined>;
  for (;;) {
    const parentKey = Object.getOwnPropertySymbols(current).find((s) => s.description === 'parentTransaction');
    const parent = parentKey ? current[parentKey] : undefined;
    if (!parent) return current;
    current = parent as typeof current;
  }
}

/**
 * Seals the audit entries a transaction wrote, just before it commits: under the chain's advisory lock
 * it reads the head, dates the new entries (the database's clock, never before the head) and gives
 * each its position, the previous hash and its HMAC under AUDIT_KEY. After the commit it appends a
 * signed anchor of the new head to AUDIT_ANCHOR_FILE and logs it. A database trigger refuses a COMMIT
 * that would leave an entry unsealed (Migration20261206040000), so no path can skip this.
 */
export class AuditChainSeal implements EventSubscriber<AuditEntry> {
  private readonly toSeal = new WeakSet<Transaction>();
  private readonly sealed = new WeakMap<Transaction, SealedHead>();

  constructor(
    private readonly settings: AuditChainSettings,
    private readonly logger: Logger,
  ) {
    openAnchorFile(settings.auditAnchorFile);
  }

  getSubscribedEntities() {
    return [AuditEntry];
  }

  afterCreate(args: EventArgs<AuditEntry>): void {
    const trx = args.em.getTransactionContext<Transaction>();
    if (trx) this.toSeal.add(rootTransaction(trx));
  }

  async beforeTransactionCommit(args: TransactionEventArgs): Promise<void> {
    const trx = args.transaction;
    if (!trx || !this.toSeal.has(trx)) return;
    this.toSeal.delete(trx);
    const head = await this.seal(args.em, trx);
    if (head) this.sealed.set(trx, head);
  }

  afterTransactionCommit(args: TransactionEventArgs): void {
    const trx = args.transaction;
    const head = trx ? this.sealed.get(trx) : undefined;
    if (!trx || !head) return;
    this.sealed.delete(trx);
    this.anchor(head);
  }

  /** Writes a signed anchor of a head this process sealed (or checked), to the file and the log. */
  anchor(head: { seq: string; hash: string | null; at: string | null }): void {
    const anchor = signAnchor(this.settings.auditKey, head);
    try {
      appendAnchor(this.settings.auditAnchorFile, anchor);
      this.logger.info({ auditAnchor: anchor }, 'audit anchor');
    } catch (err) {
      // The change is committed; the anchor is still in the log line, and the next one covers it.
      this.logger.error({ err, auditAnchor: anchor, file: this.settings.auditAnchorFile }, 'audit anchor not written');
    }
  }

  private async seal(em: EntityManager, trx: Transaction): Promise<SealedHead | null> {
    const connection = em.getConnection();
    const lock = sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`;
    await connection.execute(lock.text, lock.values, 'all', trx);
    // Read after the lock, so the head is the newest committed one (READ COMMITTED takes a new snapshot).
    // In the order the entries were written: by the table's bigint id, not the text `id` of COLUMNS (by
    // which entry 1000 would come before entry 999).
    const toSeal = sql`with head as (select chain_seq, hash, at from audit_entry where chain_seq is not null order by chain_seq desc limit 1)
       select ${COLUMNS}, (select chain_seq::text from head) as "headSeq", (select hash from head) as "headHash",
              (select to_char(at at time zone 'UTC', ${AT_TEXT}) from head) as "headAt",
              to_char(clock_timestamp() at time zone 'UTC', ${AT_TEXT}) as clock
         from audit_entry where chain_seq is null order by audit_entry.id`;
    const rows: ToSeal[] = await connection.execute(toSeal.text, toSeal.values, 'all', trx);
    const first = rows[0];
    if (!first) return null;
    const at = first.headAt && first.headAt > first.clock ? first.headAt : first.clock;
    let seq = BigInt(first.headSeq ?? '0');
    let prev = first.headHash;
    const seals = rows.map((row) => {
      seq += 1n;
      const position = String(seq);
      const hash = keyedDigest(this.settings.auditKey, prev, position, { ...row, at });
      const seal = { id: row.id, seq: position, prev, hash, at };
      prev = hash;
      return seal;
    });
    const update = sql`update audit_entry a
          set chain_seq = v.seq, prev_hash = v.prev, hash = v.hash, hash_kind = '${sql.raw(KEYED_KIND)}',
              at = v.at::timestamp at time zone 'UTC'
         from jsonb_to_recordset(${JSON.stringify(seals)}::jsonb) as v(id bigint, seq bigint, prev text, hash text, at text)
        where a.id = v.id`;
    await connection.execute(update.text, update.values, 'run', trx);
    const last = seals[seals.length - 1] as (typeof seals)[number];
    return { seq: last.seq, hash: last.hash, at };
  }

  /**
   * The first anchor after the upgrade that brought AUDIT_KEY: when the anchor file is empty and the
   * chain holds only entries sealed before the key, checks them and anchors their head, so they are
   * covered from this start on. A chain that already has keyed entries is never anchored from the
   * database (that would bless whatever is there now): its anchors come only from seals.
   */
  async anchorUnkeyedChain(em: SqlEntityManager): Promise<void> {
    if (!anchorFileIsEmpty(this.settings.auditAnchorFile)) return;
    const [kinds] = await em.execute<{ keyed: string; legacy: string }[]>(
      `select count(*) filter (where hash_kind = '${KEYED_KIND}')::text as keyed,
              count(*) filter (where hash_kind = '${LEGACY_KIND}')::text as legacy from audit_entry`,
    );
    if (kinds?.keyed !== '0' || kinds.legacy === '0') return;
    const verdict = await verifyChain(readChain(em), { key: this.settings.auditKey, anchors: [] });
    const broken = verdict.problems.filter((p) => p.check !== 'anchor-missing');
    if (broken.length > 0 || verdict.moreProblems > 0) {
      this.logger.error(
        { problems: broken.slice(0, 5) },
        'the audit chain written before AUDIT_KEY does not verify: not anchored; run `pnpm cli audit verify`',
      );
      return;
    }
    const [head] = await executeSql<{ at: string }[]>(
      em,
      sql`select to_char(at at time zone 'UTC', ${AT_TEXT}) as at from audit_entry where id = ${verdict.headEntryId}::bigint`,
    );
    this.anchor({ seq: String(verdict.entries), hash: verdict.headHash, at: head?.at ?? null });
  }
}
