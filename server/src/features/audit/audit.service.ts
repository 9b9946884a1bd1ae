import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../domain/ids.js';
import type { User } from '../users/user.entity.js';
import { AuditEntry } from './audit-entry.entity.js';

export interface AuditChange {
  entityType: string;
  entityId: string;
  visitId?: string | null;
  action: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  reason?: string | null;
}

/** Records a change in the same transaction as the change itself, so one never exists without the other. */
export function recordAudit(em: EntityManager, actor: User | null, change: AuditChange): void {
  em.persist(
    em.create(AuditEntry, {
      actorId: actor?.id ?? null,
      actorName: actor?.fullName ?? null,
      entityType: change.entityType,
      entityId: change.entityId,
      visitId: change.visitId ?? null,
      action: change.action,
      before: change.before ?? null,
      after: change.after ?? null,
      reason: change.reason ?? null,
    }),
  );
}

export class AuditService {
  constructor(private readonly em: EntityManager) {}

  /** The history of a record; for a visit, also that of its answers, photos and findings. */
  async history(entityId: string): Promise<AuditEntry[]> {
    // No record has an id that is not a UUID, so it has no history (and the query could not run).
    if (!isUuid(entityId)) return [];
    return this.em.find(
      AuditEntry,
      { $or: [{ entityId }, { visitId: entityId }] },
      { orderBy: { at: 'asc', id: 'asc' } },
    );
  }
}
