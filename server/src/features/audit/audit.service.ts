import type { EntityManager } from '@mikro-orm/postgresql';
import { entityTypeOf } from '../../db/entity-ids.js';
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

/** The named fields of a record as the audit trail keeps them: each value as it is on the record. */
export function auditFields<T extends object>(
  record: T,
  fields: readonly (keyof T & string)[],
): Record<string, unknown> {
  return Object.fromEntries(fields.map((field) => [field, record[field]]));
}

export class AuditService {
  constructor(private readonly em: EntityManager) {}

  /** The entity type of the record with this id, or null: ids are unique across types. */
  typeOf(entityId: string): Promise<string | null> {
    return entityTypeOf(this.em, entityId);
  }

  /**
   * The history of a record, looked up by its type as well as its id; for a visit, also that of its
   * answers, photos and findings. Typed, so a record that reused another's id (before ids were unique
   * across types) never shows that other record's history.
   */
  async history(entityId: string, entityType?: string | null): Promise<AuditEntry[]> {
    const type = entityType === undefined ? await this.typeOf(entityId) : entityType;
    // No record has this id (or it is not even a UUID), so it has no history.
    if (!type) return [];
    return this.em.find(
      AuditEntry,
      type === 'Visit'
        ? { $or: [{ entityType: type, entityId }, { visitId: entityId }] }
        : { entityType: type, entityId },
      { orderBy: { at: 'asc', id: 'asc' } },
    );
  }
}
