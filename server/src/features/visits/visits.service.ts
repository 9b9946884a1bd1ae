import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/ids.js';
import { todayLocalDate } from '../../common/local-date.js';
import type { PageArgs } from '../../common/paging.js';
import { entityTypeOf } from '../../db/entity-ids.js';
import { sharedRead } from '../../db/shared-read.js';
import { recordAudit } from '../audit/audit.service.js';
import { ChecklistItem, ChecklistVersion, ChecklistVersionStatus } from '../checklists/checklist.entity.js';
import { ChecklistErrors } from '../checklists/checklists.errors.js';
import { ChecklistsService } from '../checklists/checklists.service.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { Finding, FindingSeverity, FindingStatus } from '../findings/finding.entity.js';
import { FindingErrors } from '../findings/findings.errors.js';
import { applyOnce } from '../operations/operations.service.js';
import { Unit } from '../units/unit.entity.js';
import { User } from '../users/user.entity.js';
import type { Viewer } from '../users/viewer.js';
import { type Concurring, mergeConcurring, reconcileAnswer, type StoredAnswer } from './answer-reconcile.js';
import {
  Attachment,
  AttachmentKind,
  ConflictKind,
  PassFail,
  ReviewComment,
  Visit,
  VisitAnswer,
  VisitConflict,
  VisitStatus,
} from './visit.entity.js';
import { canSeeVisit, EDITABLE_STATUSES, isTeamMember, visibleVisitsSql } from './visit-access.js';
import { answerProblem, type ItemRule, visitProblems } from './visit-completeness.js';
import { visitDateProblem } from './visit-date.js';
import { readVisitList, type VisitListRow, type VisitListSelection } from './visit-list.js';
import { VisitErrors } from './visits.errors.js';
import type {
  AnswerItemInput,
  AttachFileInput,
  DeleteFindingInput,
  RemoveAttachmentInput,
  ReturnVisitInput,
  ReviseVisitInput,
  SaveFindingInput,
  SetAttendeesInput,
  SetConclusionInput,
  StartVisitInput,
  SubmitVisitInput,
} from './visits.inputs.js';

/** Default remediation time for a finding made from a failed item. */
const DEFAULT_REMEDIATION_DAYS = 30;

const addDays = (date: string, days: number): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

const text = (value: string | null | undefined): string | null => {
  const trimmed = value?.normalize('NFC').trim();
  return trimmed ? trimmed : null;
};

export interface VisitFilter {
  year?: number | null;
  status?: VisitStatus | null;
  unitId?: string | null;
}

export class VisitsService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Visits the viewer may see, newest plans first; a filter narrows them. `selection`: what to read (see
   * readVisitList), everything when null.
   */
  async list(
    viewer: Viewer,
    filter: VisitFilter = {},
    selection: VisitListSelection | null = null,
    page: PageArgs | null = null,
  ): Promise<VisitListRow[]> {
    const scope = visibleVisitsSql(viewer);
    const where = [scope.sql];
    const params = [...scope.params];
    if (filter.year) {
      where.push(
        `coalesce(extract(year from v.visit_date)::int, (select p.year from inspection_plan p where p.id = l.plan_id)) = ?`,
      );
      params.push(filter.year);
    }
    if (filter.status) {
      where.push('v.status = ?');
      params.push(filter.status);
    }
    if (filter.unitId) {
      if (!isUuid(filter.unitId)) return [];
      where.push('v.unit_id = ?');
      params.push(filter.unitId);
    }
    return readVisitList(
      this.em,
      where.join(' and '),
      params,
      // v.id last: a total order, so that pages neither repeat nor skip a visit.
      'coalesce(v.visit_date, make_date(2000, coalesce(l.planned_month, 1), 1)) desc, v.created_at desc, v.id',
      selection,
      page,
    );
  }

  /** One visit, if the user may see it; otherwise the same "not found" as for a wrong id. */
  async get(user: User, id: string): Promise<Visit> {
    const visit = isUuid(id) ? await this.em.findOne(Visit, { id }, { populate: ['unit', 'team'] }) : null;
    if (!visit || !(await canSeeVisit(this.em, user, visit))) throw VisitErrors.notFound();
    return visit;
  }

  /** The visit locked for a field write by a member of its team, in a state that allows it. */
  private async forFieldWrite(
    em: EntityManager,
    user: User,
    visitId: string,
    allowed = EDITABLE_STATUSES,
  ): Promise<Visit> {
    const visit = isUuid(visitId)
      ? await em.findOne(Visit, { id: visitId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    if (!visit) throw VisitErrors.notFound();
    // A team member sees the visit; only a refusal asks whether the user may see it at all (an
    // inspector of another team gets "not found", office staff "not a team member").
    if (!(await isTeamMember(em, user.id, visit.team.id))) {
      throw (await canSeeVisit(em, user, visit)) ? VisitErrors.notTeamMember() : VisitErrors.notFound();
    }
    if (!allowed.includes(visit.status)) {
      throw visit.status === VisitStatus.IN_PROGRESS && allowed.includes(VisitStatus.PLANNED)
        ? VisitErrors.alreadyStarted()
        : VisitErrors.notEditable(visit.status);
    }
    return visit;
  }

  private async itemOfVisit(em: EntityManager, visit: Visit, itemId: string): Promise<ChecklistItem> {
    const item = isUuid(itemId) ? await em.findOne(ChecklistItem, { id: itemId }, { populate: ['group'] }) : null;
    if (!item || !visit.templateVersion || item.group.version.id !== visit.templateVersion.id) {
      throw VisitErrors.itemNotInVisit();
    }
    return item;
  }

  /** A field write: once per operation id, in one transaction with its audit entries. */
  private async write(
    user: User,
    operationId: string,
    name: string,
    args: unknown,
    change: (em: EntityManager) => Promise<void>,
  ): Promise<void> {
    await applyOnce(this.em, user, operationId, name, args, async (tx) => {
      await change(tx);
      await tx.flush();
      return { applied: true };
    });
  }

  /** Starts a planned visit on the latest published version of the plan's checklist, which it then keeps. */
  async start(user: User, input: StartVisitInput): Promise<void> {
    await this.write(user, input.operationId, 'startVisit', input, async (em) => {
      const visit = await this.forFieldWrite(em, user, input.visitId, [VisitStatus.PLANNED]);
      const version = await this.checklistToStartOn(em, visit, input.templateVersionId ?? null);
      const now = new Date();
      // The phone's time is taken only when its date can be true; a few minutes ahead on the same day is
      // brought back to now.
      const given = input.startedAt ?? now;
      await em.populate(visit, ['team']);
      const problem = visitDateProblem(todayLocalDate(given), visit.team.year, todayLocalDate(now));
      if (problem) throw VisitErrors.dateImpossible(problem);
      const startedAt = given <= now ? given : now;
      visit.status = VisitStatus.IN_PROGRESS;
      visit.templateVersion = version;
      visit.startedAt = startedAt;
      visit.visitDate = todayLocalDate(startedAt);
      visit.startLatitude = input.latitude ?? null;
      visit.startLongitude = input.longitude ?? null;
      recordAudit(em, user, {
        entityType: 'Visit',
        entityId: visit.id,
        visitId: visit.id,
        action: 'START',
        before: { status: VisitStatus.PLANNED },
        after: { status: visit.status, checklistVersion: version.number, startedAt: startedAt.toISOString() },
      });
    });
  }

  /**
   * The checklist version a planned visit starts on: the one the phone downloaded, if it is a published
   * version of the plan's checklist (so answers made offline fit), else the latest published one.
   */
  async checklistToStartOn(em: EntityManager, visit: Visit, wantedVersionId: string | null): Promise<ChecklistVersion> {
    const version = await this.plannedChecklist(em, visit, wantedVersionId);
    if (!version) throw ChecklistErrors.noPublishedVersion();
    return version;
  }

  /** What `startVisit` would use now; null when the plan's checklist has no published version. */
  async plannedChecklist(
    em: EntityManager,
    visit: Visit,
    wantedVersionId: string | null = null,
  ): Promise<ChecklistVersion | null> {
    const line = visit.planLine ? await em.findOne(Visit, { id: visit.id }, { populate: ['planLine.plan'] }) : null;
    const templateId = line?.planLine?.plan.template.id;
    if (!templateId) return null;
    if (wantedVersionId && isUuid(wantedVersionId)) {
      const wanted = await em.findOne(ChecklistVersion, {
        id: wantedVersionId,
        template: templateId,
        status: ChecklistVersionStatus.PUBLISHED,
      });
      if (wanted) return wanted;
    }
    return new ChecklistsService(em).latestPublished(templateId, em);
  }

  /**
   * Writes one item's answer. A Không đạt answer makes (or keeps) the item's finding; changing it away
   * from Không đạt removes that finding. A write made concurrently with another person's is decided by
   * `reconcileAnswer`; the losing value is kept as a conflict for the reviewer.
   */
  async answer(user: User, input: AnswerItemInput): Promise<void> {
    await this.write(user, input.operationId, 'answerItem', input, async (em) => {
      const visit = await this.forFieldWrite(em, user, input.visitId);
      const item = await this.itemOfVisit(em, visit, input.itemId);
      const value = answerValue(input);
      const problem = answerProblem(item as ItemRule, value);
      if (problem) throw VisitErrors.answerInvalid(problem);
      const now = new Date();
      const editedAt = input.editedAt && input.editedAt < now ? input.editedAt : now;
      const existing = await em.findOne(VisitAnswer, { visit, item });
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
      await this.syncFailedItemFinding(em, visit, item, answer, (before?.note as string | null) ?? null);
      recordAudit(em, user, {
        entityType: 'VisitAnswer',
        entityId: answer.id,
        visitId: visit.id,
        action: created ? 'CREATE' : overridden.length > 0 ? 'UPDATE_CONCURRENT' : 'UPDATE',
        before,
        after: { itemCode: item.code, ...describeAnswer(answer) },
      });
    });
  }

  private async syncFailedItemFinding(
    em: EntityManager,
    visit: Visit,
    item: ChecklistItem,
    answer: VisitAnswer,
    previousNote: string | null,
  ): Promise<void> {
    const finding = await em.findOne(Finding, { visit, item, fromFailedItem: true });
    if (answer.passFail === PassFail.FAIL) {
      const description = failedItemDescription(item, answer.note);
      if (finding && finding.description === failedItemDescription(item, previousNote)) {
        // Not edited by hand yet: the finding keeps following the inspector's note.
        finding.description = description;
      } else if (!finding) {
        const created = em.create(Finding, {
          visit,
          item,
          fromFailedItem: true,
          responsibleUnit: visit.unit,
          groupTitle: item.group.title,
          severity: FindingSeverity.MEDIUM,
          description,
          deadline: addDays(visit.visitDate ?? todayLocalDate(), DEFAULT_REMEDIATION_DAYS),
        });
        em.persist(created);
        recordAudit(em, null, {
          entityType: 'Finding',
          entityId: created.id,
          visitId: visit.id,
          action: 'CREATE_FROM_FAILED_ITEM',
          after: { itemCode: item.code, description },
        });
      }
    } else if (finding && finding.status === FindingStatus.OPEN) {
      // A finding the unit has already reported on stays, with its history; an untouched one goes.
      em.remove(finding);
      recordAudit(em, null, {
        entityType: 'Finding',
        entityId: finding.id,
        visitId: visit.id,
        action: 'REMOVE_ITEM_NO_LONGER_FAILED',
        before: { itemCode: item.code, description: finding.description },
      });
    }
  }

  async setAttendees(user: User, input: SetAttendeesInput): Promise<void> {
    await this.write(user, input.operationId, 'setAttendees', input, async (em) => {
      const visit = await this.forFieldWrite(em, user, input.visitId);
      const before = { attendees: visit.attendees };
      visit.attendees = input.attendees.map((a) => ({
        name: a.name.normalize('NFC').trim(),
        position: text(a.position),
        side: a.side,
      }));
      recordAudit(em, user, {
        entityType: 'Visit',
        entityId: visit.id,
        visitId: visit.id,
        action: 'SET_ATTENDEES',
        before,
        after: { attendees: visit.attendees },
      });
    });
  }

  async setConclusion(user: User, input: SetConclusionInput): Promise<void> {
    await this.write(user, input.operationId, 'setConclusion', input, async (em) => {
      const visit = await this.forFieldWrite(em, user, input.visitId);
      const before = { conclusion: visit.conclusion };
      visit.conclusion = text(input.conclusion);
      recordAudit(em, user, {
        entityType: 'Visit',
        entityId: visit.id,
        visitId: visit.id,
        action: 'SET_CONCLUSION',
        before,
        after: { conclusion: visit.conclusion },
      });
    });
  }

  /** Attaches an uploaded photo or signature; a new signature replaces the previous one of its kind. */
  async attach(user: User, input: AttachFileInput): Promise<void> {
    await this.write(user, input.operationId, 'attachFile', input, async (em) => {
      if (input.kind === AttachmentKind.REMEDIATION) throw VisitErrors.attachmentNotFound();
      const visit = await this.forFieldWrite(em, user, input.visitId);
      const item = input.itemId ? await this.itemOfVisit(em, visit, input.itemId) : null;
      const file = isUuid(input.fileId) ? await em.findOne(StoredFile, { id: input.fileId }) : null;
      if (!file || file.uploadedBy.id !== user.id) throw VisitErrors.fileNotFound();
      if ((await entityTypeOf(em, input.attachmentId)) !== null) throw VisitErrors.attachmentIdTaken();
      if (input.kind !== AttachmentKind.PHOTO) {
        const previous = await em.find(Attachment, { visit, kind: input.kind });
        for (const p of previous) em.remove(p);
      }
      const attachment = em.create(Attachment, {
        id: input.attachmentId,
        visit,
        item: input.kind === AttachmentKind.PHOTO ? item : null,
        kind: input.kind,
        file,
        caption: text(input.caption),
        createdBy: user,
      });
      em.persist(attachment);
      recordAudit(em, user, {
        entityType: 'Attachment',
        entityId: attachment.id,
        visitId: visit.id,
        action: 'ATTACH',
        after: { kind: input.kind, itemCode: item?.code ?? null, sha256: file.sha256, size: file.size },
      });
    });
  }

  async removeAttachment(user: User, input: RemoveAttachmentInput): Promise<void> {
    await this.write(user, input.operationId, 'removeAttachment', input, async (em) => {
      const visit = await this.forFieldWrite(em, user, input.visitId);
      const attachment = isUuid(input.attachmentId)
        ? await em.findOne(Attachment, { id: input.attachmentId, visit }, { populate: ['file'] })
        : null;
      if (!attachment) throw VisitErrors.attachmentNotFound();
      em.remove(attachment);
      recordAudit(em, user, {
        entityType: 'Attachment',
        entityId: attachment.id,
        visitId: visit.id,
        action: 'REMOVE',
        before: { kind: attachment.kind, sha256: attachment.file.sha256 },
      });
    });
  }

  /** Creates or edits a finding while the visit is open; a failed item's finding is found by its item. */
  async saveFinding(user: User, input: SaveFindingInput): Promise<void> {
    await this.write(user, input.operationId, 'saveFinding', input, async (em) => {
      const visit = await this.forFieldWrite(em, user, input.visitId);
      const item = input.itemId ? await this.itemOfVisit(em, visit, input.itemId) : null;
      const responsibleUnit = input.responsibleUnitId
        ? isUuid(input.responsibleUnitId)
          ? await em.findOne(Unit, { id: input.responsibleUnitId })
          : null
        : visit.unit;
      if (!responsibleUnit) throw FindingErrors.unitNotFound();
      let finding =
        (item ? await em.findOne(Finding, { visit, item, fromFailedItem: true }) : null) ??
        (await em.findOne(Finding, { id: input.findingId }));
      if (finding && finding.visit.id !== visit.id) throw FindingErrors.idTaken();
      // A new finding may not take the id of any other record (a visit's would show its history as the finding's).
      if (!finding && (await entityTypeOf(em, input.findingId)) !== null) throw FindingErrors.idTaken();
      const before = finding ? describeFinding(finding) : null;
      if (!finding) {
        finding = em.create(Finding, {
          id: input.findingId,
          visit,
          item,
          responsibleUnit,
          groupTitle: item?.group.title ?? 'Khác',
          severity: input.severity,
          description: input.description,
        });
        em.persist(finding);
      }
      finding.severity = input.severity;
      finding.description = input.description.normalize('NFC').trim();
      finding.recommendation = text(input.recommendation);
      finding.deadline = input.deadline ?? null;
      finding.responsibleUnit = responsibleUnit;
      recordAudit(em, user, {
        entityType: 'Finding',
        entityId: finding.id,
        visitId: visit.id,
        action: before ? 'UPDATE' : 'CREATE',
        before,
        after: describeFinding(finding),
      });
    });
  }

  /** Removes a finding added by hand; a failed item's finding goes only when its answer changes. */
  async deleteFinding(user: User, input: DeleteFindingInput): Promise<void> {
    await this.write(user, input.operationId, 'deleteFinding', input, async (em) => {
      const visit = await this.forFieldWrite(em, user, input.visitId);
      const finding = isUuid(input.findingId) ? await em.findOne(Finding, { id: input.findingId, visit }) : null;
      if (!finding) throw FindingErrors.notFound();
      if (finding.fromFailedItem) throw FindingErrors.fromFailedItem();
      em.remove(finding);
      recordAudit(em, user, {
        entityType: 'Finding',
        entityId: finding.id,
        visitId: visit.id,
        action: 'DELETE',
        before: describeFinding(finding),
      });
    });
  }

  /** Submits for review; refused with the list of what is missing. */
  async submit(user: User, input: SubmitVisitInput): Promise<void> {
    await this.write(user, input.operationId, 'submitVisit', input, async (em) => {
      const visit = await this.forFieldWrite(em, user, input.visitId);
      const problems = await this.problems(em, visit);
      if (problems.length > 0) throw VisitErrors.incomplete(problems);
      const before = { status: visit.status };
      visit.status = VisitStatus.SUBMITTED;
      visit.submittedAt = new Date();
      recordAudit(em, user, {
        entityType: 'Visit',
        entityId: visit.id,
        visitId: visit.id,
        action: 'SUBMIT',
        before,
        after: { status: visit.status },
      });
    });
  }

  /** What still stops the visit from being submitted, read afresh (submit checks it in its transaction). */
  async problems(em: EntityManager, visit: Visit) {
    if (!visit.templateVersion) return [];
    const version = await new ChecklistsService(em).getVersion(visit.templateVersion.id, em);
    const answers = await em.find(VisitAnswer, { visit });
    const attachments = await em.find(Attachment, { visit });
    return problemsOf(visit, version, answers, attachments);
  }

  /**
   * The same for a visit being shown: its checklist version, answers and attachments are the reads its
   * other fields make in the same tick (`sharedRead`), not a second copy of each.
   */
  async shownProblems(visit: Visit) {
    if (!visit.templateVersion) return [];
    const [version, answers, attachments] = await Promise.all([
      this.checklistVersion(visit.templateVersion.id),
      this.answers(visit),
      this.attachments(visit),
    ]);
    return problemsOf(visit, version, answers, attachments);
  }

  private async forReview(em: EntityManager, visitId: string): Promise<Visit> {
    const visit = isUuid(visitId)
      ? await em.findOne(Visit, { id: visitId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    if (!visit) throw VisitErrors.notFound();
    return visit;
  }

  /** Office staff send a submitted visit back, with a general comment and/or comments per item. */
  async returnVisit(user: User, input: ReturnVisitInput): Promise<Visit> {
    const comment = text(input.comment);
    const itemComments = input.itemComments ?? [];
    if (!comment && itemComments.length === 0) throw VisitErrors.returnCommentRequired();
    return this.em.transactional(async (em) => {
      const visit = await this.forReview(em, input.visitId);
      if (visit.status !== VisitStatus.SUBMITTED) throw VisitErrors.notSubmitted(visit.status);
      for (const c of itemComments) {
        const item = await this.itemOfVisit(em, visit, c.itemId);
        em.persist(
          em.create(ReviewComment, { id: randomUUID(), visit, item, comment: c.comment.trim(), author: user }),
        );
      }
      if (comment) em.persist(em.create(ReviewComment, { id: randomUUID(), visit, comment, author: user }));
      visit.status = VisitStatus.RETURNED;
      visit.returnComment = comment;
      recordAudit(em, user, {
        entityType: 'Visit',
        entityId: visit.id,
        visitId: visit.id,
        action: 'RETURN',
        before: { status: VisitStatus.SUBMITTED },
        after: { status: visit.status, comment, itemComments: itemComments.length },
      });
      return visit;
    });
  }

  /** Approves a submitted visit: it is locked, and its findings go to the unit. */
  async approve(user: User, visitId: string): Promise<Visit> {
    return this.em.transactional(async (em) => {
      const visit = await this.forReview(em, visitId);
      if (visit.status !== VisitStatus.SUBMITTED) throw VisitErrors.notSubmitted(visit.status);
      visit.status = VisitStatus.APPROVED;
      visit.approvedAt = new Date();
      visit.approvedBy = user;
      recordAudit(em, user, {
        entityType: 'Visit',
        entityId: visit.id,
        visitId: visit.id,
        action: 'APPROVE',
        before: { status: VisitStatus.SUBMITTED },
        after: { status: visit.status },
      });
      return visit;
    });
  }

  /** The only way to change an approved visit: a revision with a reason, kept in the audit trail. */
  async revise(user: User, input: ReviseVisitInput): Promise<Visit> {
    const reason = text(input.reason);
    if (!reason) throw VisitErrors.reasonRequired();
    return this.em.transactional(async (em) => {
      const visit = await this.forReview(em, input.visitId);
      if (visit.status !== VisitStatus.APPROVED) throw VisitErrors.notApproved();
      if (input.conclusion != null) {
        const before = { conclusion: visit.conclusion };
        visit.conclusion = text(input.conclusion);
        recordAudit(em, user, {
          entityType: 'Visit',
          entityId: visit.id,
          visitId: visit.id,
          action: 'REVISE',
          reason,
          before,
          after: { conclusion: visit.conclusion },
        });
      }
      for (const change of input.answers ?? []) {
        const item = await this.itemOfVisit(em, visit, change.itemId);
        const { answer, before } = await writeAnswer(em, user, visit, item, change);
        await this.syncFailedItemFinding(em, visit, item, answer, (before?.note as string | null) ?? null);
        recordAudit(em, user, {
          entityType: 'VisitAnswer',
          entityId: answer.id,
          visitId: visit.id,
          action: 'REVISE',
          reason,
          before: { itemCode: item.code, ...(before ?? {}) },
          after: { itemCode: item.code, ...describeAnswer(answer) },
        });
      }
      return visit;
    });
  }

  // Reads for the GraphQL fields of a visit.

  /** A shown visit's answers, shared with its other fields resolving in the same tick (`sharedRead`). */
  answers(visit: Visit): Promise<VisitAnswer[]> {
    return sharedRead(this.em, `visit-answers:${visit.id}`, () =>
      this.em.find(VisitAnswer, { visit }, { populate: ['item'] }),
    );
  }

  /** A shown visit's photos and signatures, shared like `answers`. */
  attachments(visit: Visit): Promise<Attachment[]> {
    return sharedRead(this.em, `visit-attachments:${visit.id}`, () =>
      this.em.find(Attachment, { visit }, { populate: ['file'], orderBy: { createdAt: 'asc' } }),
    );
  }

  /** A shown visit's checklist version, shared like `answers`. */
  checklistVersion(versionId: string): Promise<ChecklistVersion> {
    return sharedRead(this.em, `checklist-version:${versionId}`, () =>
      new ChecklistsService(this.em).getVersion(versionId),
    );
  }

  findings(visit: Visit): Promise<Finding[]> {
    return this.em.find(Finding, { visit }, { orderBy: { createdAt: 'asc' } });
  }

  reviewComments(visit: Visit): Promise<ReviewComment[]> {
    return this.em.find(ReviewComment, { visit }, { orderBy: { createdAt: 'asc' } });
  }

  /** Findings of earlier approved visits to the same unit, open or not, to verify at this visit. */
  previousFindings(visit: Visit): Promise<Finding[]> {
    return this.em.find(
      Finding,
      {
        responsibleUnit: visit.unit,
        visit: {
          id: { $ne: visit.id },
          status: VisitStatus.APPROVED,
          visitDate: { $lt: visit.visitDate ?? '9999-12-31' },
        },
      },
      { orderBy: { status: 'asc', createdAt: 'desc' } },
    );
  }
}

export function versionItems(version: ChecklistVersion): ChecklistItem[] {
  return version.groups
    .getItems()
    .sort((a, b) => a.position - b.position)
    .flatMap((g) => g.items.getItems().sort((a, b) => a.position - b.position));
}

/** The description a failed item's finding starts with: the item, then the inspector's note. */
function failedItemDescription(item: ChecklistItem, note: string | null): string {
  return note ? `${item.text} ${note}` : item.text;
}

interface AnswerChange {
  passFail?: PassFail | null;
  numberValue?: number | null;
  textValue?: string | null;
  note?: string | null;
}

interface FieldAnswer {
  passFail: PassFail | null;
  numberValue: number | null;
  textValue: string | null;
  note: string | null;
}

/** An answer as stored: text trimmed and NFC-normalised, empty text as null. */
function answerValue(change: AnswerChange): FieldAnswer {
  return {
    passFail: change.passFail ?? null,
    numberValue: change.numberValue ?? null,
    textValue: text(change.textValue),
    note: text(change.note),
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
async function writeAnswer(
  em: EntityManager,
  user: User,
  visit: Visit,
  item: ChecklistItem,
  change: AnswerChange,
  edit: { editedAt: Date; operationId: string | null } = { editedAt: new Date(), operationId: null },
  /** The item's answer as the caller just read it in this transaction (null: none); read here when not given. */
  known?: VisitAnswer | null,
): Promise<{ answer: VisitAnswer; before: Record<string, unknown> | null; created: boolean }> {
  const value = answerValue(change);
  const problem = answerProblem(item as ItemRule, value);
  if (problem) throw VisitErrors.answerInvalid(problem);
  const existing = known === undefined ? await em.findOne(VisitAnswer, { visit, item }) : known;
  const answer = existing ?? em.create(VisitAnswer, { id: randomUUID(), visit, item, updatedBy: user });
  const before = existing ? { ...describeAnswer(existing) } : null;
  answer.passFail = value.passFail;
  answer.numberValue = value.numberValue;
  answer.textValue = value.textValue;
  answer.note = value.note;
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

function describeAnswer(answer: VisitAnswer): FieldAnswer {
  return { passFail: answer.passFail, numberValue: answer.numberValue, textValue: answer.textValue, note: answer.note };
}

export function describeFinding(finding: Finding): Record<string, unknown> {
  return {
    severity: finding.severity,
    description: finding.description,
    recommendation: finding.recommendation,
    deadline: finding.deadline,
    status: finding.status,
    responsibleUnitId: finding.responsibleUnit.id,
  };
}

/** What still stops a visit from being submitted, from its checklist version, answers and attachments. */
function problemsOf(visit: Visit, version: ChecklistVersion, answers: VisitAnswer[], attachments: Attachment[]) {
  return visitProblems({
    items: versionItems(version) as ItemRule[],
    answers: new Map(answers.map((a) => [a.item.id, a])),
    itemsWithPhoto: new Set(
      attachments.filter((a) => a.kind === AttachmentKind.PHOTO && a.item).map((a) => a.item?.id ?? ''),
    ),
    hasTeamLeadSignature: attachments.some((a) => a.kind === AttachmentKind.SIGNATURE_TEAM_LEAD),
    hasUnitSignature: attachments.some((a) => a.kind === AttachmentKind.SIGNATURE_UNIT_REPRESENTATIVE),
    conclusion: visit.conclusion,
    attendeeCount: visit.attendees.length,
  });
}
