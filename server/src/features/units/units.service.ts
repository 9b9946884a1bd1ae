import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/ids.js';
import { todayLocalDate } from '../../common/local-date.js';
import { sql } from '../../common/sql.js';
import { executeSql } from '../../db/read-path/read-rows.js';
import { auditFields, recordAudit } from '../audit/audit.service.js';
import type { User } from '../users/user.entity.js';
import { foldVietnamese, searchWords } from './search-text.js';
import { Unit } from './unit.entity.js';
import { recordCurrentVersion, TREE_LOCK } from './unit-history.service.js';
import { UnitErrors } from './units.errors.js';
import type {
  CreateUnitInput,
  DeactivateUnitInput,
  MoveUnitInput,
  UnitFilter,
  UpdateUnitInput,
} from './units.inputs.js';

export class UnitsService {
  constructor(private readonly em: EntityManager) {}

  /** Units ordered by name; a search matches names containing every word, diacritics ignored. */
  async list(filter: UnitFilter | null | undefined): Promise<Unit[]> {
    const where: Record<string, unknown>[] = [];
    if (!filter?.includeInactive) {
      where.push({ $or: [{ activeTo: null }, { activeTo: { $gte: todayLocalDate() } }] });
    }
    for (const word of searchWords(filter?.search ?? '')) {
      where.push({ searchName: { $like: `%${word.replace(/[\\%_]/g, '\\$&')}%` } });
    }
    return this.em.find(Unit, { $and: where }, { orderBy: { name: 'asc' } });
  }

  async get(id: string): Promise<Unit | null> {
    if (!isUuid(id)) return null;
    return this.em.findOne(Unit, { id });
  }

  private async getOrFail(em: EntityManager, id: string): Promise<Unit> {
    const unit = isUuid(id) ? await em.findOne(Unit, { id }) : null;
    if (!unit) throw UnitErrors.notFound();
    return unit;
  }

  async create(actor: User, input: CreateUnitInput): Promise<Unit> {
    const name = normaliseName(input.name);
    const code = input.code.toUpperCase();
    const activeFrom = input.activeFrom ?? todayLocalDate();
    return this.write(code, async (em) => {
      const parent = isUuid(input.parentId) ? await em.findOne(Unit, { id: input.parentId }) : null;
      if (!parent) throw UnitErrors.parentNotFound();
      if (parent.activeTo !== null && parent.activeTo < todayLocalDate()) throw UnitErrors.inactiveParent();
      await this.assertCodeFree(em, code, null);
      const unit = em.create(Unit, {
        code,
        name,
        searchName: foldVietnamese(name),
        kind: input.kind,
        parent,
        address: blankToNull(input.address),
        latitude: input.latitude ?? null,
        longitude: input.longitude ?? null,
        activeFrom,
      });
      em.persist(unit);
      recordAudit(em, actor, { entityType: 'Unit', entityId: unit.id, action: 'CREATE', after: describeUnit(unit) });
      await recordCurrentVersion(em, unit);
      return unit;
    });
  }

  async update(actor: User, input: UpdateUnitInput): Promise<Unit> {
    const code = input.code?.toUpperCase();
    return this.write(code ?? '', async (em) => {
      const unit = await this.getOrFail(em, input.id);
      if (input.version != null && input.version !== unit.version) throw UnitErrors.versionConflict();
      const before = describeUnit(unit);
      if (code && code !== unit.code) {
        await this.assertCodeFree(em, code, unit.id);
        unit.code = code;
      }
      if (input.name != null) {
        unit.name = normaliseName(input.name);
        unit.searchName = foldVietnamese(unit.name);
      }
      if (input.kind != null) unit.kind = input.kind;
      if (input.address !== undefined) unit.address = blankToNull(input.address);
      if (input.latitude !== undefined) unit.latitude = input.latitude;
      if (input.longitude !== undefined) unit.longitude = input.longitude;
      if (input.activeFrom != null) unit.activeFrom = input.activeFrom;
      if (unit.activeTo !== null && unit.activeTo < unit.activeFrom) throw UnitErrors.datesInvalid();
      auditChange(em, actor, unit, 'UPDATE', before);
      await recordCurrentVersion(em, unit);
      return unit;
    });
  }

  /** Moves a unit under another; refuses the root, an unknown parent and any move that makes a cycle. */
  async move(actor: User, input: MoveUnitInput): Promise<Unit> {
    return this.write('', async (em) => {
      await executeSql(em, sql`select pg_advisory_xact_lock(${TREE_LOCK})`);
      const unit = await this.getOrFail(em, input.id);
      if (!unit.parent) throw UnitErrors.rootLocked();
      const parent = isUuid(input.parentId) ? await em.findOne(Unit, { id: input.parentId }) : null;
      if (!parent) throw UnitErrors.parentNotFound();
      if (parent.activeTo !== null && parent.activeTo < todayLocalDate()) throw UnitErrors.inactiveParent();
      const ancestors = await executeSql<{ id: string }[]>(
        em,
        sql`with recursive up as (
           select id, parent_id from unit where id = ${parent.id}
           union all
           select u.id, u.parent_id from unit u join up on u.id = up.parent_id
         ) select id from up`,
      );
      if (ancestors.some((a) => a.id === unit.id)) throw UnitErrors.cycle();
      const before = describeUnit(unit);
      unit.parent = parent;
      auditChange(em, actor, unit, 'MOVE', before);
      await recordCurrentVersion(em, unit);
      return unit;
    });
  }

  /** Ends a unit's active period; its sub-units must be moved or ended first. */
  async deactivate(actor: User, input: DeactivateUnitInput): Promise<Unit> {
    return this.write('', async (em) => {
      await executeSql(em, sql`select pg_advisory_xact_lock(${TREE_LOCK})`);
      const unit = await this.getOrFail(em, input.id);
      if (!unit.parent) throw UnitErrors.rootLocked();
      if (unit.activeTo !== null) throw UnitErrors.alreadyInactive();
      const activeTo = input.activeTo ?? todayLocalDate();
      if (activeTo < unit.activeFrom) throw UnitErrors.datesInvalid();
      const activeChildren = await em.count(Unit, {
        parent: unit,
        $or: [{ activeTo: null }, { activeTo: { $gte: activeTo } }],
      });
      if (activeChildren > 0) throw UnitErrors.hasActiveChildren();
      const before = describeUnit(unit);
      unit.activeTo = activeTo;
      auditChange(em, actor, unit, 'DEACTIVATE', before);
      await recordCurrentVersion(em, unit);
      return unit;
    });
  }

  private async assertCodeFree(em: EntityManager, code: string, exceptId: string | null): Promise<void> {
    const existing = await em.findOne(Unit, { code });
    if (existing && existing.id !== exceptId) throw UnitErrors.codeTaken(code);
  }

  /** Runs a change in one transaction; a unique-code race that slips past the check still gets its own error. */
  private async write(code: string, change: (em: EntityManager) => Promise<Unit>): Promise<Unit> {
    try {
      return await this.em.transactional(change);
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) throw UnitErrors.codeTaken(code);
      if (err instanceof OptimisticLockError) throw UnitErrors.versionConflict();
      throw err;
    }
  }
}

/** What the audit trail keeps of a unit. */
function describeUnit(unit: Unit): Record<string, unknown> {
  return {
    ...auditFields(unit, ['code', 'name', 'kind']),
    parentId: unit.parent?.id ?? null,
    ...auditFields(unit, ['address', 'latitude', 'longitude', 'activeFrom', 'activeTo']),
  };
}

/** Records the fields a change altered, old and new; a change that altered nothing is not recorded. */
function auditChange(
  em: EntityManager,
  actor: User,
  unit: Unit,
  action: string,
  before: Record<string, unknown>,
): void {
  const after = describeUnit(unit);
  const changed = Object.keys(after).filter((k) => after[k] !== before[k]);
  if (changed.length === 0) return;
  recordAudit(em, actor, {
    entityType: 'Unit',
    entityId: unit.id,
    action,
    before: Object.fromEntries(changed.map((k) => [k, before[k]])),
    after: Object.fromEntries(changed.map((k) => [k, after[k]])),
  });
}

function normaliseName(name: string): string {
  const trimmed = name.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!trimmed) throw UnitErrors.blankName();
  return trimmed;
}

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
