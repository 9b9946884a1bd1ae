import type { EntityManager } from '@mikro-orm/postgresql';
import { type AuditChange, recordAudit } from '../audit/audit.service.js';
import type { User } from '../users/user.entity.js';
import type { Visit } from './visit.entity.js';

/** Records a change of the visit itself (its state, attendees, conclusion), not of its answers or findings. */
export function recordVisitChange(
  em: EntityManager,
  user: User,
  visit: Visit,
  change: Pick<AuditChange, 'action' | 'before' | 'after' | 'reason'>,
): void {
  recordAudit(em, user, { entityType: 'Visit', entityId: visit.id, visitId: visit.id, ...change });
}
