import type { EntityManager } from '@mikro-orm/postgresql';
import { Capability, can } from '../auth/permissions.js';
import { FindingErrors } from '../findings/findings.errors.js';
import { FindingsService } from '../findings/findings.service.js';
import type { User } from '../users/user.entity.js';
import { AuditService } from './audit.service.js';
import type { AuditEntry } from './audit-entry.entity.js';
import { resolveAuditReferences } from './audit-references.js';

/** The audit trail as the office and leadership read it, and unit heads for their own findings. */
export class AuditTrailService {
  constructor(private readonly em: EntityManager) {}

  /** The history of a record (a visit's with its answers, photos and findings) the user may read. */
  async forUser(user: User, entityId: string): Promise<AuditEntry[]> {
    const audit = new AuditService(this.em);
    const type = await audit.typeOf(entityId);
    // Without AUDIT_READ_ALL (a unit head) only the history of a finding in the user's scope: the id must be a finding's.
    if (!can(user, Capability.AUDIT_READ_ALL)) {
      if (type !== 'Finding') throw FindingErrors.notFound();
      await new FindingsService(this.em).get(user, entityId);
    }
    return resolveAuditReferences(this.em, await audit.history(entityId, type));
  }
}
