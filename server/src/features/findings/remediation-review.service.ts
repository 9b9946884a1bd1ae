import { storedText } from '@kycuong/rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import { todayLocalDate } from '../../common/local-date.js';
import type { User } from '../users/user.entity.js';
import type { Finding } from './finding.entity.js';
import { FindingDeadlineExtension } from './finding-deadline-extension.entity.js';
import { deadlineChangeProblem } from './finding-rules.js';
import { FindingErrors } from './findings.errors.js';
import type { CloseWithoutReportInput, ExtendDeadlineInput, RejectRemediationInput } from './findings.inputs.js';
import { FindingsService, markClosed } from './findings.service.js';

/**
 * The office's side of remediation beyond accepting a report (FindingsService.close): rejecting a report,
 * closing without one, moving a deadline. Each needs a reason, checked before anything is written, and
 * is one audited step (FindingsService.decide).
 */
export class RemediationReviewService {
  constructor(private readonly em: EntityManager) {}

  /** Không chấp nhận: the finding goes back to the unit to report again; the reason is kept for them. */
  reject(user: User, input: RejectRemediationInput): Promise<Finding> {
    const reason = storedText(input.reason);
    if (!reason) throw FindingErrors.rejectionReasonRequired();
    return new FindingsService(this.em).decide(
      user,
      input.findingId,
      'REJECT_REMEDIATION',
      (_em, finding) => {
        // Sent back to the unit: counted with the reopenings, as "reopen" was how the office did it before.
        finding.reopenCount += 1;
        finding.rejectionReason = reason;
        finding.rejectedAt = new Date();
        finding.rejectedBy = user;
      },
      {
        reason,
        before: (finding) => ({ remediationText: finding.remediationText }),
        after: { rejectionReason: reason },
      },
    );
  }

  /** Đóng không cần báo cáo: an open finding, closed by the office with a recorded reason. */
  closeWithoutReport(user: User, input: CloseWithoutReportInput): Promise<Finding> {
    const reason = storedText(input.reason);
    if (!reason) throw FindingErrors.closeReasonRequired();
    return new FindingsService(this.em).decide(
      user,
      input.findingId,
      'CLOSE_WITHOUT_REPORT',
      (_em, finding) => {
        markClosed(finding, user);
        finding.closeReason = reason;
      },
      { reason, after: { closeReason: reason } },
    );
  }

  /** Gia hạn: a new deadline with a reason; the old and new day are kept in the finding's history. */
  extendDeadline(user: User, input: ExtendDeadlineInput): Promise<Finding> {
    const reason = storedText(input.reason);
    if (!reason) throw FindingErrors.extensionReasonRequired();
    return new FindingsService(this.em).decide(
      user,
      input.findingId,
      'EXTEND_DEADLINE',
      (em, finding) => {
        const visitDate = finding.visit.visitDate;
        switch (deadlineChangeProblem(input.newDeadline, { deadline: finding.deadline, visitDate }, todayLocalDate())) {
          case 'BEFORE_VISIT':
            throw FindingErrors.deadlineBeforeVisit(visitDate ?? '');
          case 'IN_PAST':
            throw FindingErrors.deadlineInPast();
          case 'UNCHANGED':
            throw FindingErrors.deadlineUnchanged();
        }
        const previousDeadline = finding.deadline;
        finding.deadline = input.newDeadline;
        em.persist(
          em.create(FindingDeadlineExtension, {
            finding,
            previousDeadline,
            newDeadline: input.newDeadline,
            reason,
            extendedBy: user,
            extendedByName: user.fullName,
          }),
        );
      },
      { reason },
    );
  }

  /** The finding's deadline moves, oldest first. */
  extensions(finding: Finding): Promise<FindingDeadlineExtension[]> {
    return this.em.find(
      FindingDeadlineExtension,
      { finding: finding.id },
      { orderBy: { extendedAt: 'asc', id: 'asc' } },
    );
  }
}
