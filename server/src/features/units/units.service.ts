import { OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/ids.js';
import { todayLocalDate } from '../../common/local-date.js';
import { containsPattern, searchWords } from '../../common/search-text.js';
import { auditFields, recordAudit } from '../audit/audit.service.js';
import type { User } from '../users/user.entity.js';
import { Unit } from './unit.entity.js';
import { ensureUnitVersions } from './unit-history.service.js';
import { UnitVersion } from './unit-version.entity.js';
import { UnitErrors } from './units.errors.js';
import type { CorrectUnitDetailsInput, UnitFilter } from './units.inputs.js';

/** What a correction may touch: never the name, code, kind, parent or active period (those are history). */
const CORRECTED = ['address', 'latitude', 'longitude'] as const;

/** The audit trail's word for a correction, so that no one reads it as a change in the organisation. */
const CORRECTION_REASON = 'Sửa thông tin (không phải thay đổi tổ chức)';

export class UnitsService {
  constructor(private readonly em: EntityManager) {}

  /** Units ordered by name; a search matches names containing every word, diacritics ignored. */
  async list(filter: UnitFilter | null | undefined): Promise<Unit[]> {
    const where: Record<string, unknown>[] = [];
    if (!filter?.includeInactive) {
      where.push({ $or: [{ activeTo: null }, { activeTo: { $gte: todayLocalDate() } }] });
    }
    for (const word of searchWords(filter?.search ?? '')) {
      where.push({ searchName: { $like: containsPattern(word) } });
    }
    return this.em.find(Unit, { $and: where }, { orderBy: { name: 'asc' } });
  }

  async get(id: string): Promise<Unit | null> {
    if (!isUuid(id)) return null;
    return this.em.findOne(Unit, { id });
  }

  /**
   * Corrects the details of a unit that are no part of its history: a mistyped address of its latest
   * version (corrected in that version too, with no new one and no event) and its place on the map. In
   * the audit trail as CORRECT with the old and new values; a correction that changes nothing records nothing.
   */
  async correct(actor: User, input: CorrectUnitDetailsInput): Promise<Unit> {
    try {
      return await this.em.transactional(async (em) => {
        const unit = isUuid(input.id) ? await em.findOne(Unit, { id: input.id }) : null;
        if (!unit) throw UnitErrors.notFound();
        if (input.version !== unit.version) throw UnitErrors.versionConflict();
        const before = auditFields(unit, CORRECTED);
        if (input.address !== undefined) unit.address = input.address?.trim() || null;
        if (input.latitude !== undefined) unit.latitude = input.latitude;
        if (input.longitude !== undefined) unit.longitude = input.longitude;
        const after = auditFields(unit, CORRECTED);
        const changed = CORRECTED.filter((field) => after[field] !== before[field]);
        if (changed.length === 0) return unit;
        if (changed.includes('address')) {
          await ensureUnitVersions(em);
          const [latest] = await em.find(UnitVersion, { unit }, { orderBy: { validFrom: 'desc' }, limit: 1 });
          if (latest) latest.address = unit.address;
        }
        recordAudit(em, actor, {
          entityType: 'Unit',
          entityId: unit.id,
          action: 'CORRECT',
          before: Object.fromEntries(changed.map((k) => [k, before[k]])),
          after: Object.fromEntries(changed.map((k) => [k, after[k]])),
          reason: CORRECTION_REASON,
        });
        return unit;
      });
    } catch (err) {
      if (err instanceof OptimisticLockError) throw UnitErrors.versionConflict();
      throw err;
    }
  }
}
