import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/ids.js';
import { todayLocalDate } from '../../common/local-date.js';
import type { PageArgs } from '../../common/paging.js';
import { entityTypeOf } from '../../db/entity-ids.js';
import { recordAudit } from '../audit/audit.service.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { notify } from '../notifications/notify.js';
import { applyOnce } from '../operations/operations.service.js';
import type { User } from '../users/user.entity.js';
import { viewerOf } from '../users/viewer.js';
import { Attachment, AttachmentKind, VisitStatus } from '../visits/visit.entity.js';
import { VisitErrors } from '../visits/visits.errors.js';
import { Finding, FindingStatus } from './finding.entity.js';
import { followingUnitId } from './finding-follow.js';
import { findingFilterSql, readFindings } from './finding-page.js';
import { type FindingAction, type FindingCounts, isOverdue, nextFindingStatus } from './finding-rules.js';
import { FindingErrors } from './findings.errors.js';
import type {
  CloseFindingInput,
  FindingFilter,
  ReopenFindingInput,
  ReportRemediationInput,
} from './findings.inputs.js';

const ACTION_VI: Record<FindingAction, string> = {
  REPORT_REMEDIATION: 'báo cáo khắc phục',
  CLOSE: 'đóng',
  REJECT_REMEDIATION: 'không chấp nhận báo cáo khắc phục',
  CLOSE_WITHOUT_REPORT: 'đóng không cần báo cáo',
  REOPEN: 'mở lại',
  EXTEND_DEADLINE: 'gia hạn',
};

/** A finding as its audit entries keep it. */
export function describeFinding(finding: Finding): Record<string, unknown> {
  return {
    severity: finding.severity,
    foundText: finding.foundText,
    recommendation: finding.recommendation,
    deadline: finding.deadline,
    status: finding.status,
    responsibleUnitId: finding.responsibleUnit.id,
    ...(finding.followedByUnit ? { followedByUnitId: finding.followedByUnit.id } : {}),
  };
}

/** Who closed a finding and when: accepting the unit's report and closing without one both record it. */
export function markClosed(finding: Finding, user: User): void {
  finding.closedAt = new Date();
  finding.closedBy = user;
}

/** What a finding's audit entry holds beyond the finding described before and after a step. */
export interface FindingStepAudit {
  reason?: string | null;
  /** Added to the description before the step, read from the finding as it was. */
  before?: (finding: Finding) => Record<string, unknown>;
  /** Added to the description after the step. */
  after?: Record<string, unknown>;
}

export class FindingsService {
  constructor(private readonly em: EntityManager) {}

  async list(user: User, filter: FindingFilter | null = null, page: PageArgs | null = null): Promise<Finding[]> {
    const where = findingFilterSql(viewerOf(user), filter);
    return where ? readFindings(this.em, where, page) : [];
  }

  async counts(user: User, filter: FindingFilter | null = null): Promise<FindingCounts> {
    const findings = await this.list(user, { ...filter, status: null, overdue: null });
    const today = todayLocalDate();
    return {
      open: findings.filter((f) => f.status === FindingStatus.OPEN).length,
      remediationReported: findings.filter((f) => f.status === FindingStatus.REMEDIATION_REPORTED).length,
      closed: findings.filter((f) => f.status === FindingStatus.CLOSED).length,
      overdue: findings.filter((f) => isOverdue(f, today)).length,
    };
  }

  async get(user: User, id: string): Promise<Finding> {
    if (!isUuid(id)) throw FindingErrors.notFound();
    const [finding] = await this.list(user, null).then((all) => all.filter((f) => f.id === id));
    if (!finding) throw FindingErrors.notFound();
    return finding;
  }

  /** Applies a lifecycle step, or refuses it with the status the finding is in. */
  transition(finding: Finding, action: FindingAction): void {
    const next = nextFindingStatus(finding.status, action);
    if (!next) throw FindingErrors.wrongStatus(finding.status, ACTION_VI[action]);
    finding.status = next as FindingStatus;
  }

  /**
   * The finding, locked, if the user may see it. Inside the caller's transaction: on PGlite a second
   * connection would wait for this one for ever.
   */
  async lockVisible(em: EntityManager, user: User, findingId: string): Promise<Finding> {
    await new FindingsService(em).get(user, findingId);
    return em.findOneOrFail(Finding, { id: findingId }, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['visit'] });
  }

  /**
   * One step of a finding's life, in the caller's transaction: the status change the step makes (or its
   * refusal), `write` for what else it changes, and its audit entry: the finding described before and
   * after, with the step's own details added.
   */
  async step(
    em: EntityManager,
    user: User,
    finding: Finding,
    action: FindingAction,
    write: () => void | Promise<void>,
    audit: FindingStepAudit = {},
  ): Promise<void> {
    const before = { ...describeFinding(finding), ...audit.before?.(finding) };
    this.transition(finding, action);
    await write();
    recordAudit(em, user, {
      entityType: 'Finding',
      entityId: finding.id,
      visitId: finding.visit.id,
      action,
      reason: audit.reason ?? null,
      before,
      after: { ...describeFinding(finding), ...audit.after },
    });
  }

  /**
   * An office decision on one finding, in its own transaction: the finding locked if the user may see it,
   * the step written and audited (`step`), then the finding as the user now sees it.
   */
  async decide(
    user: User,
    findingId: string,
    action: FindingAction,
    write: (em: EntityManager, finding: Finding) => void | Promise<void>,
    audit: FindingStepAudit = {},
  ): Promise<Finding> {
    await this.em.transactional(async (em) => {
      const finding = await this.lockVisible(em, user, findingId);
      await new FindingsService(em).step(em, user, finding, action, () => write(em, finding), audit);
    });
    this.em.clear();
    return this.get(user, findingId);
  }

  /** The unit head reports what was done, with evidence photos; once per operation id. */
  async reportRemediation(user: User, input: ReportRemediationInput): Promise<Finding> {
    const remediation = input.text.normalize('NFC').trim();
    if (!remediation) throw FindingErrors.textRequired();
    await applyOnce(this.em, user, input.operationId, 'reportRemediation', input, async (em) => {
      const finding = await this.lockVisible(em, user, input.findingId);
      if (followingUnitId(finding) !== user.unit?.id) throw FindingErrors.notYourUnit();
      if (finding.visit.status !== VisitStatus.APPROVED) throw FindingErrors.notApprovedYet();
      await this.step(
        em,
        user,
        finding,
        'REPORT_REMEDIATION',
        async () => {
          finding.remediationText = remediation;
          finding.remediationReportedAt = new Date();
          finding.remediationReportedBy = user;
          for (const photo of input.photos ?? []) {
            const file = isUuid(photo.fileId) ? await em.findOne(StoredFile, { id: photo.fileId }) : null;
            if (!file || file.uploadedBy.id !== user.id) throw FindingErrors.fileNotFound();
            if ((await entityTypeOf(em, photo.attachmentId)) !== null) throw VisitErrors.attachmentIdTaken();
            em.persist(
              em.create(Attachment, {
                id: photo.attachmentId,
                findingId: finding.id,
                kind: AttachmentKind.REMEDIATION,
                file,
                createdBy: user,
              }),
            );
          }
        },
        { after: { remediationText: remediation, photos: input.photos?.length ?? 0 } },
      );
      await notify(em, { kind: 'REMEDIATION_REPORTED', findingId: finding.id, actorId: user.id });
      await em.flush();
      return { findingId: finding.id };
    });
    this.em.clear();
    return this.get(user, input.findingId);
  }

  /** Office staff verify the remediation and close the finding. */
  close(user: User, input: CloseFindingInput): Promise<Finding> {
    return this.decide(user, input.findingId, 'CLOSE', (_em, finding) => markClosed(finding, user), {
      reason: input.note?.trim() || null,
    });
  }

  /** Office staff reopen a finding whose remediation is not accepted. */
  reopen(user: User, input: ReopenFindingInput): Promise<Finding> {
    return this.decide(
      user,
      input.findingId,
      'REOPEN',
      (_em, finding) => {
        finding.reopenCount += 1;
        finding.closedAt = null;
        finding.closedBy = null;
        finding.closeReason = null;
      },
      { reason: input.reason.trim() },
    );
  }

  remediationPhotos(finding: Finding): Promise<Attachment[]> {
    return this.em.find(Attachment, { findingId: finding.id }, { populate: ['file'], orderBy: { createdAt: 'asc' } });
  }
}
