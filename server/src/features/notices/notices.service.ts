import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CommonErrors } from '../../common/app-error.js';
import { isUuid } from '../../common/ids.js';
import { recordAudit } from '../audit/audit.service.js';
import type { User } from '../users/user.entity.js';
import { Visit, VisitStatus } from '../visits/visit.entity.js';
import { VisitErrors } from '../visits/visits.errors.js';
import { NoticeAcknowledgement } from './notice-acknowledgement.entity.js';
import { NoticeErrors } from './notices.errors.js';

/** The inspected unit's receipt of the conclusion notice of its approved visits. */
export class NoticesService {
  constructor(private readonly em: EntityManager) {}

  /** The receipt of a visit's notice, if the unit has acknowledged it. */
  acknowledgementOf(visitId: string): Promise<NoticeAcknowledgement | null> {
    return this.em.findOne(NoticeAcknowledgement, { visit: visitId });
  }

  /**
   * The head of the visited unit acknowledges receipt of the notice: recorded with who and when, and
   * audited. Acknowledging again answers the first receipt unchanged.
   */
  async acknowledge(user: User, visitId: string): Promise<NoticeAcknowledgement> {
    return this.em.transactional(async (em) => {
      const visit = isUuid(visitId)
        ? await em.findOne(Visit, { id: visitId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
        : null;
      if (!visit) throw VisitErrors.notFound();
      if (!user.unit || user.unit.id !== visit.unit.id) throw CommonErrors.forbidden();
      if (visit.status !== VisitStatus.APPROVED) throw NoticeErrors.visitNotApproved();
      const earlier = await em.findOne(NoticeAcknowledgement, { visit });
      if (earlier) return earlier;
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
