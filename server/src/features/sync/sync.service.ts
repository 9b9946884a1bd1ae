import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type DocumentNode, execute, GraphQLError, type GraphQLSchema, parse } from 'graphql';
import { withoutSuggestions } from '../../common/app-error.js';
import { isConnectionError } from '../../common/connection-errors.js';
import { isErrorCode } from '../../common/error-codes.js';
import { isUuid } from '../../common/ids.js';
import { type RequestContext, withEntityManager } from '../../common/request-context.js';
import { sql } from '../../common/sql.js';
import { executeSql } from '../../db/read-path/read-rows.js';
import { User } from '../users/user.entity.js';
import { AnswerBatch, type QueuedAnswer } from '../visits/answer-batch.js';
import { ConflictKind } from '../visits/visit.entity.js';
import { Device } from './device.entity.js';
import { HELD_AFTER_REFUSED_OPERATION, SyncErrors } from './sync.errors.js';
import {
  FieldWriteKind,
  type PhoneHoldingInput,
  type PhoneHoldingsInput,
  type QueuedOperationInput,
  type SyncBatchInput,
} from './sync.inputs.js';
import { type OperationOutcome, OutcomeStatus } from './sync.types.js';

/** Each queued kind is exactly the field mutation of that name: same validation, same permissions. */
const MUTATIONS: Record<FieldWriteKind, { field: string; type: string }> = {
  [FieldWriteKind.START_VISIT]: { field: 'startVisit', type: 'StartVisitInput' },
  [FieldWriteKind.ANSWER_ITEM]: { field: 'answerItem', type: 'AnswerItemInput' },
  [FieldWriteKind.SET_VISIT_ATTENDEES]: { field: 'setVisitAttendees', type: 'SetAttendeesInput' },
  [FieldWriteKind.SET_VISIT_CONCLUSION]: { field: 'setVisitConclusion', type: 'SetConclusionInput' },
  [FieldWriteKind.SET_VISIT_UNIT_COMMENTS]: { field: 'setVisitUnitComments', type: 'SetUnitCommentsInput' },
  [FieldWriteKind.ATTACH_VISIT_FILE]: { field: 'attachVisitFile', type: 'AttachFileInput' },
  [FieldWriteKind.REMOVE_VISIT_ATTACHMENT]: { field: 'removeVisitAttachment', type: 'RemoveAttachmentInput' },
  [FieldWriteKind.SAVE_FINDING]: { field: 'saveFinding', type: 'SaveFindingInput' },
  [FieldWriteKind.DELETE_FINDING]: { field: 'deleteFinding', type: 'DeleteFindingInput' },
  [FieldWriteKind.SUBMIT_VISIT]: { field: 'submitVisit', type: 'SubmitVisitInput' },
  [FieldWriteKind.REPLY_TO_REVIEW_COMMENT]: { field: 'replyToReviewComment', type: 'ReplyToReviewCommentInput' },
};

const documents = new Map<FieldWriteKind, DocumentNode>();
function documentFor(kind: FieldWriteKind): DocumentNode {
  let doc = documents.get(kind);
  if (!doc) {
    const { field, type } = MUTATIONS[kind];
    doc = parse(`mutation Queued($i: ${type}!) { ${field}(input: $i) { id } }`);
    documents.set(kind, doc);
  }
  return doc;
}

/**
 * Applies a batch of queued field writes from one device, in the device's order, in one transaction.
 * Each write is its own savepoint and is idempotent by operation id, so a batch sent again changes
 * nothing. A write refused for a real reason is reported with its code and Vietnamese message and is
 * not applied; the writes after it for the same visit are held back, so a visit's writes never apply
 * out of order.
 */
export class SyncService {
  constructor(
    private readonly ctx: RequestContext,
    private readonly schema: GraphQLSchema,
  ) {}

  async applyBatch(user: User, input: SyncBatchInput): Promise<{ outcomes: OperationOutcome[]; device: Device }> {
    return this.ctx.em.transactional(async (tx) => {
      const known = await this.deviceFor(tx, user, input.deviceId);
      const ordered = [...input.operations].sort((a, b) => a.sequence - b.sequence);
      const bulk = this.ctx.config.syncBulkWrites
        ? new AnswerBatch(
            tx,
            ordered.map((op) => op.operationId),
          )
        : null;
      let outcomes: OperationOutcome[];
      let lastSequence = known.lastSequence;
      let device: Device;
      if (bulk && (await this.isWholeReplay(user, bulk, ordered))) {
        // Sent again whole after its response was lost: the stored outcomes, nothing locked or run.
        bulk.end();
        outcomes = ordered.map(appliedOutcome);
        for (const op of ordered) lastSequence = Math.max(lastSequence, op.sequence);
        device = known;
      } else {
        ({ outcomes, lastSequence } = await this.applyWrites(tx, user, ordered, bulk, lastSequence));
        // The identity map was cleared after each write: load the device again before changing it.
        device = await tx.findOneOrFail(Device, { id: input.deviceId });
      }
      device.lastSequence = lastSequence;
      device.lastSyncAt = new Date();
      device.userAgent = this.ctx.req.get('user-agent')?.slice(0, 300) ?? null;
      if (input.pending) {
        device.pendingCount = input.pending.count;
        device.pendingOperationIds = input.pending.operationIds.slice(0, 5000);
        device.oldestPendingAt = input.pending.count > 0 ? (input.pending.oldestAt ?? null) : null;
        device.pendingReportedAt = device.lastSyncAt;
      }
      await tx.flush();
      return { outcomes, device };
    });
  }

  /** Whether every write of the batch is an answer applied before with the same arguments (bulk path only). */
  private async isWholeReplay(user: User, bulk: AnswerBatch, ordered: readonly QueuedOperationInput[]) {
    if (!ordered.every((op) => op.kind === FieldWriteKind.ANSWER_ITEM)) return false;
    const writes = ordered.map((op) => ({ ...op.input, operationId: op.operationId }));
    return this.bulkStep(() => bulk.isWholeReplay(user.id, 'answerItem', writes));
  }

  /** The batch's writes in the device's order, each applied, refused or held. */
  private async applyWrites(
    tx: EntityManager,
    user: User,
    ordered: readonly QueuedOperationInput[],
    bulk: AnswerBatch | null,
    appliedUpTo: number,
  ): Promise<{ outcomes: OperationOutcome[]; lastSequence: number }> {
    let lastSequence = appliedUpTo;
    const outcomes: OperationOutcome[] = [];
    const blockedVisits = new Set<string>();
    if (bulk) await this.bulkStep(() => bulk.lockOperations());
    for (const [index, op] of ordered.entries()) {
      const visitId = typeof op.input.visitId === 'string' ? op.input.visitId : null;
      if (visitId && blockedVisits.has(visitId)) {
        outcomes.push({
          operationId: op.operationId,
          sequence: op.sequence,
          status: OutcomeStatus.HELD,
          ...HELD_AFTER_REFUSED_OPERATION,
        });
        continue;
      }
      const outcome = bulk
        ? await this.applyInBatch(tx, user, bulk, ordered, index)
        : await this.applyOne(tx, user, op);
      // The write is done (committed to its savepoint, or rolled back): forget its entities, so that a
      // batch of hundreds of writes neither piles them up in the identity map, nor merges each write's
      // into them, nor has the final flush look through them. This also drops the device row loaded
      // before, which is read again after. A run of answers keeps them until it is flushed.
      if (!bulk?.holdsWrites()) tx.clear();
      outcomes.push(outcome);
      // A visit closed on the server refuses every later write alike: each is tried, and kept as a conflict.
      if (outcome.status === OutcomeStatus.REFUSED && visitId && outcome.code !== 'VISIT_NOT_EDITABLE') {
        blockedVisits.add(visitId);
      }
      if (outcome.status === OutcomeStatus.APPLIED) lastSequence = Math.max(lastSequence, op.sequence);
    }
    if (bulk) await this.bulkStep(() => bulk.finish());
    return { outcomes, lastSequence };
  }

  /**
   * A phone's report of the unsent work it holds for every person whose work is on it, sent whenever it
   * reaches the server, whoever is signed in: a shared phone holding one inspector's writes while
   * another works on it must still show on the office's "not yet arrived" ledger. Only counts and
   * times, never the writes (they go only with their own person's session). A report about a device
   * id bound to another person, or about an unknown person, is skipped: a device id belongs to the
   * person who first used it, as in syncBatch.
   */
  async reportHoldings(_reporter: User, input: PhoneHoldingsInput): Promise<number> {
    return this.ctx.em.transactional(async (tx) => {
      const now = new Date();
      let recorded = 0;
      // In id order, so that two phones' reports never lock the same rows in opposite orders.
      const holdings = [...input.holdings].sort((a, b) => a.deviceId.localeCompare(b.deviceId));
      for (const holding of holdings) {
        await executeSql(tx, sql`select pg_advisory_xact_lock(hashtextextended(${holding.deviceId}, 0))`);
        let device = await tx.findOne(Device, { id: holding.deviceId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (device && device.user.id !== holding.userId) continue;
        if (!device) {
          const owner = await tx.findOne(User, { id: holding.userId });
          if (!owner) continue;
          device = tx.create(Device, { id: holding.deviceId, user: owner });
          tx.persist(device);
        }
        // Every holding of a report is on the same phone: its user agent names the phone for the office.
        device.userAgent = this.ctx.req.get('user-agent')?.slice(0, 300) ?? device.userAgent;
        const pending = await this.notYetApplied(tx, holding);
        device.pendingCount = pending.count;
        device.oldestPendingAt = pending.count > 0 ? (holding.oldestAt ?? null) : null;
        if (pending.operationIds) device.pendingOperationIds = pending.operationIds;
        else if (pending.count === 0) device.pendingOperationIds = [];
        device.pendingReportedAt = now;
        recorded += 1;
      }
      await tx.flush();
      return recorded;
    });
  }

  /**
   * What of a report is still waiting: the phone's holdings report and its sync batch go out side by
   * side, so a report read before the batch can arrive after it. With the operation ids, the writes the
   * server has applied meanwhile are not counted; a report without them (an older phone) counts as sent.
   */
  private async notYetApplied(
    tx: EntityManager,
    holding: PhoneHoldingInput,
  ): Promise<{ count: number; operationIds: string[] | null }> {
    const ids = holding.operationIds;
    if (!ids) return { count: holding.count, operationIds: null };
    if (ids.length === 0) return { count: 0, operationIds: [] };
    const applied = await executeSql<{ id: string }[]>(
      tx,
      sql`select id from applied_operation where user_id = ${holding.userId} and id in (${ids})`,
    );
    const done = new Set(applied.map((row) => row.id));
    const waiting = ids.filter((id) => !done.has(id));
    return { count: waiting.length, operationIds: waiting };
  }

  /** The device row, locked for the batch; a phone's id belongs to the user who first synced it. */
  private async deviceFor(tx: EntityManager, user: User, deviceId: string): Promise<Device> {
    await executeSql(tx, sql`select pg_advisory_xact_lock(hashtextextended(${deviceId}, 0))`);
    const existing = await tx.findOne(Device, { id: deviceId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (existing) {
      if (existing.user.id !== user.id) throw SyncErrors.otherUsersDevice();
      return existing;
    }
    const device = tx.create(Device, { id: deviceId, user });
    tx.persist(device);
    await tx.flush();
    return device;
  }

  /**
   * One write of a batch on the bulk path: answers go in runs (answer-batch.ts), an answer applied
   * before with the same arguments is answered without running its mutation, and a write of another
   * kind ends the run and goes one by one.
   */
  private async applyInBatch(
    tx: EntityManager,
    user: User,
    bulk: AnswerBatch,
    ordered: readonly QueuedOperationInput[],
    index: number,
  ): Promise<OperationOutcome> {
    const op = ordered[index] as QueuedOperationInput;
    if (op.kind !== FieldWriteKind.ANSWER_ITEM) {
      await this.bulkStep(() => bulk.flush());
      const outcome = await this.applyOne(tx, user, op);
      await this.bulkStep(() => bulk.afterOneByOne());
      return outcome;
    }
    const args = { ...op.input, operationId: op.operationId };
    if (await this.bulkStep(() => bulk.isReplay(user.id, 'answerItem', args))) {
      return appliedOutcome(op);
    }
    await this.bulkStep(() => bulk.beforeAnswer(queuedAnswer(op), () => upcomingAnswers(ordered, index)));
    return this.applyOne(tx, user, op);
  }

  /**
   * A read or flush of the bulk path, outside any mutation: a failure there is the server's, as when a
   * write fails in its mutation, so it is logged, masked and undoes the batch (SYNC_FAILED), or, when the
   * database went away, fails the batch as unavailable.
   */
  private async bulkStep<T>(step: () => Promise<T>): Promise<T> {
    try {
      return await step();
    } catch (err) {
      if (isConnectionError(err)) throw err;
      const error = new GraphQLError(err instanceof Error ? err.message : String(err), {
        path: ['syncBatch'],
        originalError: err instanceof Error ? err : undefined,
      });
      throw SyncErrors.failed(this.ctx.formatError(error.toJSON(), error).extensions?.errorId);
    }
  }

  private async applyOne(tx: EntityManager, user: User, op: QueuedOperationInput): Promise<OperationOutcome> {
    const result = await execute({
      schema: this.schema,
      document: documentFor(op.kind),
      variableValues: { i: { ...op.input, operationId: op.operationId } },
      contextValue: withEntityManager(this.ctx, tx),
    });
    const error = result.errors?.[0];
    if (!error) {
      return appliedOutcome(op);
    }
    if (!error.path) {
      // The input does not fit the mutation's types (found before any resolver ran).
      return {
        operationId: op.operationId,
        sequence: op.sequence,
        status: OutcomeStatus.REFUSED,
        code: 'BAD_USER_INPUT',
        // graphql-js's text, without its "Did you mean" hints in production (as formatError does).
        message: `Dữ liệu của thao tác không đúng định dạng: ${
          this.ctx.config.env === 'production' ? withoutSuggestions(error.message) : error.message
        }`,
      };
    }
    // The database went away mid-batch: the whole batch fails as unavailable (503) and is sent again.
    if (isConnectionError(error)) throw error.originalError ?? error;
    // Shaped exactly as the mutation's own error would reach the client: a code and a Vietnamese message.
    const shaped = this.ctx.formatError(error.toJSON(), error);
    const reported = shaped.extensions?.code;
    const code = isErrorCode(reported) ? reported : 'INTERNAL_SERVER_ERROR';
    if (code === 'INTERNAL_SERVER_ERROR') {
      // Not the write's fault: undo the whole batch, and the phone sends it again later.
      throw SyncErrors.failed(shaped.extensions?.errorId);
    }
    if (code === 'VISIT_NOT_EDITABLE') await this.recordClosedVisitConflict(tx, user, op);
    return {
      operationId: op.operationId,
      sequence: op.sequence,
      status: OutcomeStatus.REFUSED,
      code,
      message: shaped.message,
    };
  }

  /**
   * A write that reached the server after the visit was submitted or approved is not applied, but it is
   * kept for the reviewer as a conflict (once per operation, however often the phone sends it again).
   */
  private async recordClosedVisitConflict(tx: EntityManager, user: User, op: QueuedOperationInput): Promise<void> {
    const visitId = op.input.visitId;
    const itemId = op.input.itemId;
    if (!isUuid(visitId)) return;
    const editedAt = typeof op.input.editedAt === 'string' ? new Date(op.input.editedAt) : null;
    const { operationId: _ignored, ...values } = op.input;
    const item = isUuid(itemId) ? itemId : null;
    const losing = JSON.stringify({ kind: op.kind, ...values });
    const losingEditedAt = editedAt && !Number.isNaN(editedAt.getTime()) ? editedAt : null;
    await executeSql(
      tx,
      sql`insert into visit_conflict (id, visit_id, item_id, kind, operation_id, kept_value, losing_value, losing_user_id, losing_edited_at, created_at)
       select ${randomUUID()}, v.id, (select i.id from checklist_item i where i.id = ${item}), ${ConflictKind.VISIT_CLOSED},
              ${op.operationId}, null, ${losing}, ${user.id}, ${losingEditedAt}, clock_timestamp()
         from visit v where v.id = ${visitId}
       on conflict (operation_id, losing_user_id) do nothing`,
    );
  }
}

/** The answers from `index` on, up to the next write of another kind (a run never goes past one). */
function upcomingAnswers(ordered: readonly QueuedOperationInput[], index: number): QueuedAnswer[] {
  const answers: QueuedAnswer[] = [];
  for (const op of ordered.slice(index)) {
    if (op.kind !== FieldWriteKind.ANSWER_ITEM) break;
    answers.push(queuedAnswer(op));
  }
  return answers;
}

const queuedAnswer = (op: QueuedOperationInput): QueuedAnswer => ({
  operationId: op.operationId,
  visitId: op.input.visitId,
  itemId: op.input.itemId,
});

/** The outcome of an operation applied (now, or before: a replay). */
function appliedOutcome(op: QueuedOperationInput): OperationOutcome {
  return {
    operationId: op.operationId,
    sequence: op.sequence,
    status: OutcomeStatus.APPLIED,
    code: null,
    message: null,
  };
}
