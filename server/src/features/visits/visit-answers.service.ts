import { randomUUID } from 'node:crypto';
import { answerWording, type FindingWording, storedText } from '@kycuong/rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/audit.service.js';
import type { ChecklistItem } from '../checklists/checklist.entity.js';
import { syncFailedItemFinding } from '../findings/failed-item-finding.js';
import { Finding } from '../findings/finding.entity.js';
import { User } from '../users/user.entity.js';
import { type AnswerReads, answerBatchOf } from './answer-batch.js';
import { type Concurring, mergeConcurring, reconcileAnswer, type StoredAnswer } from './answer-reconcile.js';
import { ConflictKind, type PassFail, type Visit, VisitAnswer, VisitConflict } from './visit.entity.js';
import { answerProblem, type ItemRule } from './visit-completeness.js';
import { fieldWrite, itemOfVisit, visitForFieldWrite } from './visit-field-write.js';
import { VisitErrors } from './visits.errors.js';
import type { AnswerItemInput } from './visits.inputs.js';

/** The answers of a visit: written from the field item by item, concurrent writes reconciled, losers kept as conflicts. */
export class VisitAnswersService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Writes one item's answer. A Không đạt answer makes (or keeps) the item's finding; changing it away
   * from Không đạt removes that finding. A write made concurrently with another person's is decided by
   * `reconcileAnswer`; the losing value is kept as a conflict for the reviewer.
   */
  async answer(user: User, input: AnswerItemInput): Promise<void> {
    // Inside a sync batch's run of answers: its reads were made once for the run, its writes wait for one flush.
    const batch = answerBatchOf(this.em);
    if (batch) {
      await batch.apply(user, 'answerItem', input, (reads) => this.write(this.em, user, input, reads));
      return;
    }
    await fieldWrite(this.em, user, input.operationId, 'answerItem', input, (em) =>
      this.write(em, user, input, readsOneByOne(em)),
    );
  }

  private async write(em: EntityManager, user: User, input: AnswerItemInput, reads: AnswerReads): Promise<void> {
    const visit = await reads.visit(user, input.visitId);
    const item = await reads.item(visit, input.itemId);
    const existing = await reads.answer(visit, item);
    const value = answerValue(input, existing);
    const problem = answerProblem(item as ItemRule, value);
    if (problem) throw VisitErrors.answerInvalid(problem);
    const now = new Date();
    const editedAt = input.editedAt && input.editedAt < now ? input.editedAt : now;
    const decision = reconcileAnswer(existing ? storedAnswer(existing) : null, {
      value,
      base:
        input.baseVersion === undefined && input.baseOperationId === undefined
          ? undefined
          : { version: input.baseVersion ?? null, operationId: input.baseOperationId ?? null },
      editedAt,
      operationId: input.operationId,
      userId: user.id,
    });
    if (decision.decision === 'MERGE' && existing) {
      mergeConcurrentAnswer(em, user, visit, item, existing, input.operationId, editedAt);
      return;
    }
    const overridden = decision.decision === 'APPLY' ? decision.overridden : [];
    const replaced = existing ? describeAnswer(existing) : null;
    // An edit is never dated before the one it replaces, so the dates shown keep the order the edits were applied in.
    const { answer, before, created } = await writeAnswer(
      em,
      user,
      visit,
      item,
      value,
      {
        editedAt: existing && existing.editedAt > editedAt ? existing.editedAt : editedAt,
        operationId: input.operationId,
      },
      existing,
    );
    for (const person of replaced ? overridden : []) {
      recordConflict(em, visit, item, input.operationId, {
        kept: describeAnswer(answer),
        losing: replaced ?? {},
        losingUser: em.getReference(User, person.userId),
        losingEditedAt: person.editedAt,
      });
    }
    const finding = await reads.finding(visit, item);
    await syncFailedItemFinding(em, visit, item, answer, wordingOf(before), undefined, finding);
    recordAudit(em, user, {
      entityType: 'VisitAnswer',
      entityId: answer.id,
      visitId: visit.id,
      action: created ? 'CREATE' : overridden.length > 0 ? 'UPDATE_CONCURRENT' : 'UPDATE',
      before,
      after: { itemCode: item.code, ...describeAnswer(answer) },
    });
  }
}

/** The reads of one answer write, each a query of its own (the one-by-one path). */
function readsOneByOne(em: EntityManager): AnswerReads {
  return {
    visit: (user, visitId) => visitForFieldWrite(em, user, visitId),
    item: (visit, itemId) => itemOfVisit(em, visit, itemId),
    answer: (visit, item) => em.findOne(VisitAnswer, { visit, item }),
    finding: (visit, item) => em.findOne(Finding, { visit, item, fromFailedItem: true }),
  };
}

export interface AnswerChange {
  passFail?: PassFail | null;
  numberValue?: number | null;
  textValue?: string | null;
  note?: string | null;
  foundText?: string | null;
  recommendation?: string | null;
}

interface FieldAnswer extends FindingWording {
  passFail: PassFail | null;
  numberValue: number | null;
  textValue: string | null;
  note: string | null;
}

/**
 * An answer as stored: text trimmed and NFC-normalised, empty text as null; what was found and the
 * recommendation only on a Không đạt answer, kept from the stored answer when the write leaves them out.
 */
function answerValue(change: AnswerChange, existing: VisitAnswer | null): FieldAnswer {
  const passFail = change.passFail ?? null;
  return {
    passFail,
    numberValue: change.numberValue ?? null,
    textValue: storedText(change.textValue),
    note: storedText(change.note),
    ...answerWording(passFail, change, existing),
  };
}

/** The wording an answer had before a write (from its audit description), for the finding to follow. */
export function wordingOf(before: Record<string, unknown> | null): FindingWording | null {
  if (!before) return null;
  return {
    foundText: (before.foundText as string | null | undefined) ?? null,
    recommendation: (before.recommendation as string | null | undefined) ?? null,
  };
}

/** Concurrent but the same value: the answer now stands for both; the write that reached the server last becomes its author. */
function mergeConcurrentAnswer(
  em: EntityManager,
  user: User,
  visit: Visit,
  item: ChecklistItem,
  existing: VisitAnswer,
  operationId: string,
  editedAt: Date,
): void {
  const before = describeAnswer(existing);
  const previous = storedAnswer(existing);
  const former = { operationId: previous.operationId ?? '', userId: previous.userId, editedAt: previous.editedAt };
  existing.alsoFor = concurringJson(mergeConcurring(previous.alsoFor, former, user.id));
  existing.editedAt = editedAt;
  existing.operationId = operationId;
  existing.updatedBy = user;
  existing.updatedAt = new Date();
  recordAudit(em, user, {
    entityType: 'VisitAnswer',
    entityId: existing.id,
    visitId: visit.id,
    action: 'CONFIRM_CONCURRENT',
    before: { itemCode: item.code, ...before },
    after: { itemCode: item.code, ...before },
  });
}

/** Keeps a value that did not make it into the visit, once per operation. */
function recordConflict(
  em: EntityManager,
  visit: Visit,
  item: ChecklistItem | null,
  operationId: string,
  values: { kept: object | null; losing: object; losingUser: User; losingEditedAt: Date | null },
  kind = ConflictKind.CONCURRENT_EDIT,
): void {
  em.persist(
    em.create(VisitConflict, {
      id: randomUUID(),
      visit,
      item,
      kind,
      operationId,
      keptValue: values.kept ? { ...values.kept } : null,
      losingValue: { ...values.losing },
      losingUser: values.losingUser,
      losingEditedAt: values.losingEditedAt,
    }),
  );
}

/** Checks an answer against its item and writes it (new or changed); the caller records the audit entry. */
export async function writeAnswer(
  em: EntityManager,
  user: User,
  visit: Visit,
  item: ChecklistItem,
  change: AnswerChange,
  edit: { editedAt: Date; operationId: string | null } = { editedAt: new Date(), operationId: null },
  /** The item's answer as the caller just read it in this transaction (null: none); read here when not given. */
  known?: VisitAnswer | null,
): Promise<{ answer: VisitAnswer; before: Record<string, unknown> | null; created: boolean }> {
  const existing = known === undefined ? await em.findOne(VisitAnswer, { visit, item }) : known;
  const value = answerValue(change, existing);
  const problem = answerProblem(item as ItemRule, value);
  if (problem) throw VisitErrors.answerInvalid(problem);
  const answer = existing ?? em.create(VisitAnswer, { id: randomUUID(), visit, item, updatedBy: user });
  const before = existing ? { ...describeAnswer(existing) } : null;
  answer.passFail = value.passFail;
  answer.numberValue = value.numberValue;
  answer.textValue = value.textValue;
  answer.note = value.note;
  answer.foundText = value.foundText;
  answer.recommendation = value.recommendation;
  answer.updatedBy = user;
  answer.updatedAt = new Date();
  answer.editedAt = edit.editedAt;
  answer.operationId = edit.operationId;
  answer.alsoFor = [];
  em.persist(answer);
  return { answer, before, created: !existing };
}

/** The answer as the reconcile rule sees it. */
function storedAnswer(answer: VisitAnswer): StoredAnswer {
  return {
    value: describeAnswer(answer),
    version: answer.version,
    editedAt: answer.editedAt,
    operationId: answer.operationId,
    userId: answer.updatedBy.id,
    alsoFor: answer.alsoFor.map((c) => ({ ...c, editedAt: new Date(c.editedAt) })),
  };
}

const concurringJson = (list: Concurring[]) => list.map((c) => ({ ...c, editedAt: c.editedAt.toISOString() }));

/** An answer's value as its audit entries and conflicts keep it. */
export function describeAnswer(answer: VisitAnswer): FieldAnswer {
  return {
    passFail: answer.passFail,
    numberValue: answer.numberValue,
    textValue: answer.textValue,
    note: answer.note,
    foundText: answer.foundText,
    recommendation: answer.recommendation,
  };
}
