import { randomUUID } from 'node:crypto';
import { storedText } from '@kycuong/rules';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/ids.js';
import { todayLocalDate } from '../../common/local-date.js';
import { recordAudit } from '../audit/audit.service.js';
import { requireFoundText, syncFailedItemFinding } from '../findings/failed-item-finding.js';
import { notify } from '../notifications/notify.js';
import type { User } from '../users/user.entity.js';
import { ReviewComment, Visit, VisitStatus } from './visit.entity.js';
import { describeAnswer, wordingOf, writeAnswer } from './visit-answers.service.js';
import { recordVisitChange } from './visit-audit.js';
import { itemOfVisit } from './visit-field-write.js';
import { VisitErrors } from './visits.errors.js';
import type { ReturnVisitInput, ReviseVisitInput } from './visits.inputs.js';

/** The office's review of a submitted visit: return it with comments, approve it, revise it once approved. */
export class VisitReviewService {
  constructor(private readonly em: EntityManager) {}

  private async forReview(em: EntityManager, visitId: string): Promise<Visit> {
    const visit = isUuid(visitId)
      ? await em.findOne(Visit, { id: visitId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    if (!visit) throw VisitErrors.notFound();
    return visit;
  }

  /** Office staff send a submitted visit back, with a general comment and/or comments per item. */
  async returnVisit(user: User, input: ReturnVisitInput): Promise<Visit> {
    const comment = storedText(input.comment);
    const itemComments = input.itemComments ?? [];
    if (!comment && itemComments.length === 0) throw VisitErrors.returnCommentRequired();
    return this.em.transactional(async (em) => {
      const visit = await this.forReview(em, input.visitId);
      if (visit.status !== VisitStatus.SUBMITTED) throw VisitErrors.notSubmitted(visit.status);
      for (const c of itemComments) {
        const item = await itemOfVisit(em, visit, c.itemId);
        em.persist(
          em.create(ReviewComment, { id: randomUUID(), visit, item, comment: c.comment.trim(), author: user }),
        );
      }
      if (comment) em.persist(em.create(ReviewComment, { id: randomUUID(), visit, comment, author: user }));
      visit.status = VisitStatus.RETURNED;
      visit.returnComment = comment;
      recordVisitChange(em, user, visit, {
        action: 'RETURN',
        before: { status: VisitStatus.SUBMITTED },
        after: { status: visit.status, comment, itemComments: itemComments.length },
      });
      await notify(em, { kind: 'VISIT_RETURNED', visitId: visit.id, actorId: user.id, comment });
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
      recordVisitChange(em, user, visit, {
        action: 'APPROVE',
        before: { status: VisitStatus.SUBMITTED },
        after: { status: visit.status },
      });
      await notify(em, { kind: 'FINDINGS_ISSUED', visitId: visit.id, actorId: user.id });
      return visit;
    });
  }

  /** The only way to change an approved visit: a revision with a reason, kept in the audit trail. */
  async revise(user: User, input: ReviseVisitInput): Promise<Visit> {
    const reason = storedText(input.reason);
    if (!reason) throw VisitErrors.reasonRequired();
    const revisedOn = todayLocalDate();
    return this.em.transactional(async (em) => {
      const visit = await this.forReview(em, input.visitId);
      if (visit.status !== VisitStatus.APPROVED) throw VisitErrors.notApproved();
      if (input.conclusion != null) {
        const before = { conclusion: visit.conclusion };
        visit.conclusion = storedText(input.conclusion);
        recordVisitChange(em, user, visit, {
          action: 'REVISE',
          reason,
          before,
          after: { conclusion: visit.conclusion },
        });
      }
      for (const change of input.answers ?? []) {
        const item = await itemOfVisit(em, visit, change.itemId);
        const { answer, before } = await writeAnswer(em, user, visit, item, change);
        // A revision is held to the submission's rule: a Không đạt answer says what was found.
        requireFoundText(item, await syncFailedItemFinding(em, visit, item, answer, wordingOf(before), revisedOn));
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
}
