import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/ids.js';
import { sql } from '../../common/sql.js';
import { executeSql } from '../../db/read-path/read-rows.js';
import { ChecklistItem } from '../checklists/checklist.entity.js';
import { Finding } from '../findings/finding.entity.js';
import { AppliedOperation } from '../operations/applied-operation.entity.js';
import { OperationErrors } from '../operations/operations.errors.js';
import { hashArguments } from '../operations/operations.service.js';
import type { User } from '../users/user.entity.js';
import type { Visit, VisitAnswer } from './visit.entity.js';
import { VisitAnswer as VisitAnswerEntity } from './visit.entity.js';
import { itemOfVisit, visitForFieldWrite } from './visit-field-write.js';

/** What an answer write reads before it writes: the one-by-one path asks the database each time. */
export interface AnswerReads {
  /** The visit locked for the write, checked for the writer and its state (refusals thrown). */
  visit(user: User, visitId: string): Promise<Visit>;
  /** An item of the visit's checklist version (refusal thrown for any other id). */
  item(visit: Visit, itemId: string): Promise<ChecklistItem>;
  answer(visit: Visit, item: ChecklistItem): Promise<VisitAnswer | null>;
  /** The finding made from the item's Không đạt answer, if any. */
  finding(visit: Visit, item: ChecklistItem): Promise<Finding | null>;
}

/** An answer write as queued by a phone, before GraphQL has checked its input. */
export interface QueuedAnswer {
  operationId: string;
  visitId: unknown;
  itemId: unknown;
}

interface Applied {
  userId: string;
  requestHash: string;
}

const batches = new WeakMap<EntityManager, AnswerBatch>();

/** The batch whose run of answers the transaction is writing, if any. */
export function answerBatchOf(em: EntityManager): AnswerBatch | undefined {
  return batches.get(em);
}

const pairKey = (visitId: unknown, itemId: unknown) => `${String(visitId)}:${String(itemId)}`.toLowerCase();

/**
 * A sync batch's answers written in sets. The batch is cut into runs of consecutive answers in which no
 * item of a visit is answered twice; for a run, the items, the answers and the findings are read in one
 * query each, each visit is locked and checked (state, team membership) once, and the writes wait in the
 * unit of work until the run ends: one flush then inserts the answers, applied operations and audit
 * entries as multi-row INSERTs, in the order of the writes (so the audit chain, sealed at commit in id
 * order, is the one applying them one by one gives). A write refused is refused before it writes
 * anything, so no savepoint is needed. Operation ids already applied are read once for the batch.
 *
 * Everything between two runs (a write of another kind) goes one by one: `flush` ends the run, and
 * everything read is read again after it.
 */
export class AnswerBatch {
  private applied: Map<string, Applied> | null = null;
  private run: Run | null = null;

  constructor(
    private readonly em: EntityManager,
    private readonly operationIds: readonly string[],
  ) {
    batches.set(em, this);
  }

  /** Every operation id of the batch locked at once, in a fixed order (as `applyOnce` locks each). */
  async lockOperations(): Promise<void> {
    const ids = [...new Set(this.operationIds)].sort();
    if (ids.length === 0) return;
    await executeSql(
      this.em,
      sql`select count(pg_advisory_xact_lock(hashtextextended(t.id, 0)))::int as n
            from jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb) as t(id)`,
    );
  }

  /**
   * Whether every write of the batch was applied before by this user with exactly these arguments (a
   * batch sent again after its response was lost): its outcomes are then the stored ones, and nothing is
   * locked, read or run. Asked before the operation ids are locked, as an applied operation's row never
   * changes once committed; when the answer is no, what was read is read again under the lock.
   */
  async isWholeReplay(userId: string, name: string, writes: readonly Record<string, unknown>[]): Promise<boolean> {
    if (writes.length === 0) return false;
    for (const args of writes) {
      if (!(await this.isReplay(userId, name, args))) {
        this.applied = null;
        return false;
      }
    }
    return true;
  }

  /** Whether the operation was applied before with exactly these arguments: answered without GraphQL. */
  async isReplay(userId: string, name: string, args: Record<string, unknown>): Promise<boolean> {
    const operationId = args.operationId;
    if (typeof operationId !== 'string') return false;
    const seen = (await this.appliedOperations()).get(operationId);
    return seen !== undefined && seen.userId === userId && seen.requestHash === hashArguments({ name, args });
  }

  /**
   * Before an answer goes through its mutation: a run ends before a second write to the same answer (its
   * version and finding are then read again), and a new run reads what its answers need.
   */
  async beforeAnswer(next: QueuedAnswer, upcoming: () => QueuedAnswer[]): Promise<void> {
    if (this.run?.touched.has(pairKey(next.visitId, next.itemId))) await this.flush();
    if (!this.run) this.run = await Run.read(this.em, runOf(upcoming()));
    this.run.touched.add(pairKey(next.visitId, next.itemId));
  }

  /** The answer mutation's write inside the run: once per operation id, reads from the run, no flush. */
  async apply(
    user: User,
    name: string,
    input: { operationId: string },
    write: (reads: AnswerReads) => Promise<void>,
  ): Promise<void> {
    const requestHash = hashArguments({ name, args: input });
    const applied = await this.appliedOperations();
    const seen = applied.get(input.operationId);
    if (seen) {
      if (seen.requestHash !== requestHash || seen.userId !== user.id) throw OperationErrors.reused();
      return;
    }
    if (!this.run) this.run = await Run.read(this.em, []);
    await write(this.run.reads(this.em));
    this.em.persist(
      this.em.create(AppliedOperation, {
        id: input.operationId,
        userId: user.id,
        name,
        requestHash,
        result: { applied: true },
      }),
    );
    applied.set(input.operationId, { userId: user.id, requestHash });
  }

  /** Writes the run's changes and forgets what it read (a write of another kind may come next). */
  async flush(): Promise<void> {
    await this.em.flush();
    this.em.clear();
    this.run = null;
  }

  /** After a write applied one by one: operation ids and everything else are read again. */
  async afterOneByOne(): Promise<void> {
    await this.flush();
    this.applied = null;
  }

  async finish(): Promise<void> {
    await this.flush();
    this.end();
  }

  /** The transaction writes no more answers in runs (after a batch wholly replayed, nothing to flush). */
  end(): void {
    batches.delete(this.em);
  }

  /** Whether the run holds writes not yet flushed (the identity map must then be kept). */
  holdsWrites(): boolean {
    return this.run !== null;
  }

  private async appliedOperations(): Promise<Map<string, Applied>> {
    if (this.applied) return this.applied;
    const ids = [...new Set(this.operationIds)].filter(isUuid);
    const rows =
      ids.length === 0
        ? []
        : await executeSql<{ id: string; user_id: string; request_hash: string }[]>(
            this.em,
            sql`select id, user_id, request_hash from applied_operation where id in (${ids})`,
          );
    this.applied = new Map(rows.map((r) => [r.id, { userId: r.user_id, requestHash: r.request_hash }]));
    return this.applied;
  }
}

/** The answers of a run: from the first, until an item of a visit comes a second time. */
function runOf(upcoming: readonly QueuedAnswer[]): QueuedAnswer[] {
  const seen = new Set<string>();
  const run: QueuedAnswer[] = [];
  for (const op of upcoming) {
    const key = pairKey(op.visitId, op.itemId);
    if (seen.has(key)) break;
    seen.add(key);
    run.push(op);
  }
  return run;
}

/** What a run read once: its items, answers and findings; its visits locked and checked on first use. */
class Run {
  readonly touched = new Set<string>();
  private readonly visits = new Map<string, Promise<Visit>>();

  private constructor(
    private readonly items: Map<string, ChecklistItem>,
    private readonly answers: Map<string, VisitAnswer>,
    private readonly findings: Map<string, Finding>,
    private readonly itemIds: Set<string>,
    private readonly pairs: Set<string>,
  ) {}

  static async read(em: EntityManager, run: readonly QueuedAnswer[]): Promise<Run> {
    const visitIds = [
      ...new Set(
        run
          .map((op) => op.visitId)
          .filter(isUuid)
          .map((id) => id.toLowerCase()),
      ),
    ];
    const itemIds = [
      ...new Set(
        run
          .map((op) => op.itemId)
          .filter(isUuid)
          .map((id) => id.toLowerCase()),
      ),
    ];
    const pairs = new Set(run.map((op) => pairKey(op.visitId, op.itemId)));
    // Locked before anything of theirs is read, as each write locks its visit before reading its answer.
    if (visitIds.length > 0) {
      await executeSql(em, sql`select id from visit where id in (${visitIds}) order by id for update`);
    }
    const items = itemIds.length === 0 ? [] : await em.find(ChecklistItem, { id: itemIds }, { populate: ['group'] });
    const where = { visit: visitIds, item: itemIds };
    const answers = visitIds.length && itemIds.length ? await em.find(VisitAnswerEntity, where) : [];
    const findings =
      visitIds.length && itemIds.length ? await em.find(Finding, { ...where, fromFailedItem: true }) : [];
    return new Run(
      new Map(items.map((i) => [i.id, i])),
      new Map(answers.map((a) => [pairKey(a.visit.id, a.item.id), a])),
      new Map(findings.map((f) => [pairKey(f.visit.id, f.item?.id), f])),
      new Set(itemIds),
      pairs,
    );
  }

  reads(em: EntityManager): AnswerReads {
    return {
      visit: (user, visitId) => {
        let visit = this.visits.get(visitId);
        if (!visit) {
          visit = visitForFieldWrite(em, user, visitId);
          // Awaited by the write that asked first; a refusal is the same for every write of the run.
          visit.catch(() => {});
          this.visits.set(visitId, visit);
        }
        return visit;
      },
      item: (visit, itemId) =>
        this.itemIds.has(itemId.toLowerCase())
          ? itemOfVisit(em, visit, itemId, this.items.get(itemId.toLowerCase()) ?? null)
          : itemOfVisit(em, visit, itemId),
      answer: async (visit, item) => {
        const key = pairKey(visit.id, item.id);
        if (this.pairs.has(key)) return this.answers.get(key) ?? null;
        return em.findOne(VisitAnswerEntity, { visit, item });
      },
      finding: async (visit, item) => {
        const key = pairKey(visit.id, item.id);
        if (this.pairs.has(key)) return this.findings.get(key) ?? null;
        return em.findOne(Finding, { visit, item, fromFailedItem: true });
      },
    };
  }
}
