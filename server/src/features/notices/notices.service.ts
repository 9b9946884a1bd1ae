import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/ids.js';
import { todayLocalDate } from '../../common/local-date.js';
import { auditFields, recordAudit } from '../audit/audit.service.js';
import { Finding } from '../findings/finding.entity.js';
import { DirectiveDocument, DirectiveDocumentType } from '../registers/directive-document.entity.js';
import { RegisterErrors } from '../registers/registers.errors.js';
import { departmentOf } from '../units/department-of.js';
import type { User } from '../users/user.entity.js';
import { Visit, VisitStatus } from '../visits/visit.entity.js';
import { VisitErrors } from '../visits/visits.errors.js';
import { ConclusionNotice } from './conclusion-notice.entity.js';
import { NoticeAcknowledgement } from './notice-acknowledgement.entity.js';
import { parseNoticeIssue } from './notice-rules.js';
import { NoticeErrors } from './notices.errors.js';
import type { IssueConclusionNoticeInput } from './notices.inputs.js';

/** The conclusion notice of an approved visit: issued by the office, acknowledged by the inspected unit. */
export class NoticesService {
  constructor(private readonly em: EntityManager) {}

  /** The notice as issued, if the office has issued it. */
  noticeOf(visitId: string): Promise<ConclusionNotice | null> {
    return this.em.findOne(ConclusionNotice, { visit: visitId }, { populate: ['document'] });
  }

  /** The receipt of a visit's notice, if the unit has acknowledged it. */
  acknowledgementOf(visitId: string): Promise<NoticeAcknowledgement | null> {
    return this.em.findOne(NoticeAcknowledgement, { visit: visitId });
  }

  /**
   * The office issues the notice of an approved visit: its number and date go into the register of
   * issued documents as a thông báo of the department, with what the notice says beyond the visit's
   * record. Until the unit acknowledges receipt the office may correct it (audited, before and after);
   * after that it is the record the unit received and is not changed.
   */
  async issue(user: User, input: IssueConclusionNoticeInput): Promise<ConclusionNotice> {
    try {
      return await this.em.transactional((em) => this.issueIn(em, user, input));
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) {
        throw RegisterErrors.documentNumberTaken(input.number.trim(), Number(input.issuedOn.slice(0, 4)));
      }
      throw err;
    }
  }

  private async issueIn(em: EntityManager, user: User, input: IssueConclusionNoticeInput): Promise<ConclusionNotice> {
    const visit = isUuid(input.visitId)
      ? await em.findOne(Visit, { id: input.visitId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    if (!visit) throw VisitErrors.notFound();
    if (visit.status !== VisitStatus.APPROVED || !visit.approvedAt) throw NoticeErrors.visitNotApprovedToIssue();
    const fields = parseNoticeIssue(
      { ...input, reportDueOn: input.reportDueOn ?? null },
      {
        approvedOn: todayLocalDate(visit.approvedAt),
        hasFindings: (await em.count(Finding, { visit })) > 0,
        today: todayLocalDate(),
      },
    );
    if (await em.count(NoticeAcknowledgement, { visit })) throw NoticeErrors.alreadyReceived();

    const existing = await em.findOne(ConclusionNotice, { visit }, { populate: ['document'] });
    const taken = await em.findOne(DirectiveDocument, { number: fields.number, year: fields.year });
    if (taken && taken.id !== existing?.document.id)
      throw RegisterErrors.documentNumberTaken(fields.number, fields.year);

    const register = { number: fields.number, issuedOn: fields.issuedOn, year: fields.year };
    const said = { strengths: fields.strengths, reportDueOn: fields.reportDueOn, signerName: fields.signerName };
    const before = existing ? describeNotice(existing) : undefined;
    let notice: ConclusionNotice;
    if (existing) {
      em.assign(existing.document, register);
      em.assign(existing, { ...said, issuedBy: user });
      notice = existing;
    } else {
      const document = em.create(DirectiveDocument, {
        ...register,
        type: DirectiveDocumentType.THONG_BAO,
        issuingUnit: await departmentOf(em, visit.unit),
        summary: `Kết luận kiểm tra kỷ luật, kỷ cương hành chính tại ${visit.unit.name}`,
      });
      notice = em.create(ConclusionNotice, { visit, document, ...said, issuedBy: user });
      em.persist([document, notice]);
    }
    recordAudit(em, user, {
      entityType: 'Visit',
      entityId: visit.id,
      visitId: visit.id,
      action: existing ? 'CORRECT_NOTICE' : 'ISSUE_NOTICE',
      before,
      after: describeNotice(notice),
    });
    return notice;
  }

  /**
   * The head of the visited unit acknowledges receipt of the issued notice: recorded with who and when,
   * and audited. Acknowledging again answers the first receipt unchanged.
   */
  async acknowledge(user: User, visitId: string): Promise<NoticeAcknowledgement> {
    return this.em.transactional(async (em) => {
      const visit = isUuid(visitId)
        ? await em.findOne(Visit, { id: visitId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
        : null;
      if (!visit) throw VisitErrors.notFound();
      if (!user.unit || user.unit.id !== visit.unit.id) throw NoticeErrors.notYourUnit();
      if (visit.status !== VisitStatus.APPROVED) throw NoticeErrors.visitNotApproved();
      const earlier = await em.findOne(NoticeAcknowledgement, { visit });
      if (earlier) return earlier;
      if (!(await em.count(ConclusionNotice, { visit }))) throw NoticeErrors.notIssued();
      const receipt = em.create(NoticeAcknowledgement, {
        visit,
        acknowledgedBy: user,
        acknowledgedByName: user.fullName,
      });
      em.persist(receipt);
      recordAudit(em, user, {
        entityType: 'Visit',
        entityId: visit.id,
        visitId: visit.id,
        action: 'ACKNOWLEDGE_NOTICE',
        after: { acknowledgedAt: receipt.acknowledgedAt.toISOString(), acknowledgedBy: user.fullName },
      });
      return receipt;
    });
  }
}

function describeNotice(notice: ConclusionNotice): Record<string, unknown> {
  return {
    ...auditFields(notice.document, ['number', 'issuedOn']),
    ...auditFields(notice, ['strengths', 'reportDueOn', 'signerName']),
  };
}
