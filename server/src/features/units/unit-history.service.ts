import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/ids.js';
import { todayLocalDate } from '../../common/local-date.js';
import { foldVietnamese } from '../../common/search-text.js';
import { sql } from '../../common/sql.js';
import { executeSql, readRows } from '../../db/read-path/read-rows.js';
import { recordAudit } from '../audit/audit.service.js';
import type { User } from '../users/user.entity.js';
import { Unit, type UnitKind } from './unit.entity.js';
import type { NewUnitInput, RecordUnitChangeInput } from './unit-history.inputs.js';
import {
  applyUnitEvent,
  handoverOf,
  type TargetRename,
  type UnitAttributes,
  type UnitEvent,
  type UnitVersion as VersionRule,
  withReceiver,
} from './unit-history.js';
import { moveRecordsToSuccessors } from './unit-rehome.js';
import { UnitChange, UnitChangeKind, UnitChangePreview, UnitVersion } from './unit-version.entity.js';
import { UnitErrors } from './units.errors.js';

const ROLLBACK = new Error('preview: roll back');

/** Serialises changes to the tree so that two concurrent changes cannot make a cycle together. */
export const TREE_LOCK = 7_310_001;

/**
 * Gives every unit that has none a first version from its own row (its whole active period): units made
 * before the history existed, by the demo seeder or by the first-run setup.
 */
export async function ensureUnitVersions(em: EntityManager): Promise<void> {
  await executeSql(
    em,
    sql`insert into unit_version (id, unit_id, valid_from, valid_to, code, name, short_name, kind, parent_id, address)
        select gen_random_uuid(), u.id, u.active_from, u.active_to, u.code, u.name, u.short_name, u.kind, u.parent_id, u.address
        from unit u where not exists (select 1 from unit_version v where v.unit_id = u.id)`,
  );
}

/** Records changes in the organisation, and previews them (the timeline: unit-timeline.service.ts). */
export class UnitHistoryService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Records a change in the organisation as of its effective day: the versions it ends the day before
   * and opens that day, the units' rows brought to their latest version, and the records of the units
   * it ends moved to their successor (plan lines whose visit has not started, users, and, only when
   * confirmed, visits dated on or after the change, and the open findings they answer for), each move in
   * the audit trail. A dissolved unit's successor is its receiver: the one chosen, else its parent. A
   * finding keeps the unit it was raised against (a past year reads as it was); the successor follows it
   * from then on (finding-follow.ts).
   */
  async record(actor: User, input: RecordUnitChangeInput): Promise<UnitChange> {
    try {
      return await this.em.transactional((em) => this.recordIn(em, actor, input));
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) throw UnitErrors.codeTaken(codesOf(input).join(', '));
      throw err;
    }
  }

  /**
   * What a change would do, without doing it: the same code as `record` runs in a transaction that is
   * rolled back, so the preview and the change can never disagree. Visits dated after the change are
   * counted (the change itself asks to confirm moving them) rather than refused.
   */
  async preview(actor: User, input: RecordUnitChangeInput): Promise<UnitChangePreview> {
    const out: { preview?: UnitChangePreview } = {};
    try {
      await this.em.transactional(async (em) => {
        const change = await this.recordIn(em, actor, { ...input, confirmRehome: true });
        // Written (then rolled back) so that what the database refuses, a code already taken, shows here too.
        await em.flush();
        const names = async (ids: string[]) =>
          ids.length
            ? (
                await readRows<{ name: string }>(
                  em,
                  sql`select full_name as name from app_user where id in (${sql.join(
                    ids.map((id) => sql`${id}`),
                    ', ',
                  )}) order by full_name`,
                )
              ).map((r) => r.name)
            : [];
        const units = await em.find(Unit, { id: { $in: change.unitIds } }, { orderBy: { name: 'asc' } });
        out.preview = {
          endedUnits: units.filter((u) => u.activeTo !== null).map((u) => u.name),
          unitsNow: units.filter((u) => u.activeTo === null).map((u) => `${u.name} (${u.code})`),
          planLines: change.moved.planLines.length,
          laterVisits: change.moved.visits.length,
          users: await names(change.moved.users),
          findings: change.moved.findings?.length ?? 0,
          successor: await successorNameOf(em, change),
        };
        throw ROLLBACK;
      });
    } catch (err) {
      if (err !== ROLLBACK) {
        if (err instanceof UniqueConstraintViolationException) throw UnitErrors.codeTaken(codesOf(input).join(', '));
        throw err;
      }
    }
    if (!out.preview) throw ROLLBACK;
    return out.preview;
  }

  private async recordIn(em: EntityManager, actor: User, input: RecordUnitChangeInput): Promise<UnitChange> {
    await executeSql(em, sql`select pg_advisory_xact_lock(${TREE_LOCK})`);
    if (input.effectiveOn > todayLocalDate()) throw UnitErrors.changeInFuture();
    if (!input.basisNumber.trim()) throw UnitErrors.basisRequired();
    if (input.basisDate > input.effectiveOn) throw UnitErrors.basisAfterChange();
    await ensureUnitVersions(em);

    const rows = await em.find(UnitVersion, {}, { orderBy: { validFrom: 'asc' } });
    const before: VersionRule[] = rows.map(toRule);
    const event = withReceiver(before, toEvent(input));
    const after = applyUnitEvent(before, event);

    // The units the change ends, and who carries on their records.
    const successor = handoverOf(event);
    const ended = [...successor.keys()];
    const laterVisits = ended.length
      ? await readRows<{ id: string; unit_id: string }>(
          em,
          sql`select id, unit_id from visit where unit_id in (${sql.join(
            ended.map((id) => sql`${id}`),
            ', ',
          )}) and visit_date >= ${input.effectiveOn}`,
        )
      : [];
    if (laterVisits.length && !input.confirmRehome) throw UnitErrors.rehomeUnconfirmed(laterVisits.length);

    // New units get their row, then every version that changed is written.
    for (const version of after) {
      if (!before.some((v) => v.unitId === version.unitId)) {
        em.persist(em.create(Unit, { id: version.unitId, ...rowFields(version, em), activeFrom: version.validFrom }));
      }
    }
    const stored = new Map(rows.map((r) => [`${r.unit.id}@${r.validFrom}`, r]));
    for (const version of after) {
      const row = stored.get(`${version.unitId}@${version.validFrom}`);
      if (row) {
        row.validTo = version.validTo;
      } else {
        em.persist(
          em.create(UnitVersion, {
            unit: em.getReference(Unit, version.unitId),
            validFrom: version.validFrom,
            validTo: version.validTo,
            code: version.code,
            name: version.name,
            shortName: version.shortName,
            kind: version.kind as UnitKind,
            parent: version.parentId ? em.getReference(Unit, version.parentId) : null,
            address: version.address,
          }),
        );
      }
    }
    const touched = [...new Set(after.filter((v) => !before.some((b) => sameVersion(b, v))).map((v) => v.unitId))];
    for (const unitId of touched) {
      const latest = after.filter((v) => v.unitId === unitId).at(-1);
      const unit = await em.findOne(Unit, { id: unitId });
      if (!latest || !unit) continue;
      em.assign(unit, { ...rowFields(latest, em), activeTo: latest.validTo });
    }

    const moved = await moveRecordsToSuccessors(
      em,
      actor,
      successor,
      input.effectiveOn,
      laterVisits.map((v) => v.id),
    );
    const change = em.create(UnitChange, {
      kind: input.kind,
      effectiveOn: input.effectiveOn,
      basisNumber: input.basisNumber.trim(),
      basisDate: input.basisDate,
      unitIds: touched,
      event: event as unknown as Record<string, unknown>,
      moved,
      createdBy: actor,
    });
    em.persist(change);
    for (const unitId of touched) {
      recordAudit(em, actor, {
        entityType: 'Unit',
        entityId: unitId,
        action: `CHANGE_${input.kind}`,
        after: {
          changeId: change.id,
          effectiveOn: input.effectiveOn,
          basis: change.basisNumber,
          basisDate: input.basisDate,
          ...(event.kind === 'DISSOLVE' ? { receiverId: event.receiverId } : {}),
          ...(event.kind === 'RENAME' ? { changes: event.changes } : {}),
          ...(event.kind === 'MERGE' && event.targetId === unitId && event.targetChanges
            ? { targetChanges: event.targetChanges }
            : {}),
        },
      });
    }
    return change;
  }
}

/** The unit a recorded change moved records to, "name (code)"; null when it ended no unit. */
export async function successorNameOf(em: EntityManager, change: UnitChange): Promise<string | null> {
  const [successorId] = handoverOf(change.event as unknown as UnitEvent).values();
  const successor = successorId ? await em.findOne(Unit, { id: successorId }) : null;
  return successor ? `${successor.name} (${successor.code})` : null;
}

function toRule(v: UnitVersion): VersionRule {
  return {
    unitId: v.unit.id,
    validFrom: v.validFrom,
    validTo: v.validTo,
    code: v.code,
    name: v.name,
    shortName: v.shortName,
    kind: v.kind,
    parentId: v.parent?.id ?? null,
    address: v.address,
  };
}

const sameVersion = (a: VersionRule, b: VersionRule) =>
  a.unitId === b.unitId && a.validFrom === b.validFrom && a.validTo === b.validTo;

function rowFields(v: UnitAttributes, em: EntityManager) {
  return {
    code: v.code,
    name: v.name,
    shortName: v.shortName,
    searchName: foldVietnamese(v.name),
    kind: v.kind as UnitKind,
    parent: v.parentId ? em.getReference(Unit, v.parentId) : null,
    address: v.address,
  };
}

function newUnit(input: NewUnitInput): UnitAttributes {
  return {
    code: input.code.trim().toUpperCase(),
    name: unitName(input.name),
    shortName: input.shortName?.trim() || null,
    kind: input.kind,
    parentId: input.parentId ?? null,
    address: input.address?.trim() || null,
  };
}

function codesOf(input: RecordUnitChangeInput): string[] {
  return [
    ...(input.newUnits ?? []).map((u) => u.code.toUpperCase()),
    ...(input.code ? [input.code.toUpperCase()] : []),
  ];
}

/** A unit name as kept: NFC, single spaces, trimmed; a blank one is refused. */
function unitName(text: string): string {
  const name = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!name) throw UnitErrors.blankName();
  return name;
}

/** A merge's new name and short name for the existing unit it merges into; null when it renames nothing. */
function targetRenameOf(input: RecordUnitChangeInput): TargetRename | null {
  const changes: TargetRename = {};
  if (input.targetName != null) changes.name = unitName(input.targetName);
  if (input.targetShortName !== undefined) changes.shortName = input.targetShortName?.trim() || null;
  return Object.keys(changes).length ? changes : null;
}

/** The event the input describes, new units drawn fresh ids. */
function toEvent(input: RecordUnitChangeInput): UnitEvent {
  const on = input.effectiveOn;
  const unitId = () => {
    if (!input.unitId || !isUuid(input.unitId)) throw UnitErrors.notFound();
    return input.unitId;
  };
  const fresh = () => (input.newUnits ?? []).map((u) => ({ unitId: crypto.randomUUID(), attributes: newUnit(u) }));
  switch (input.kind) {
    case UnitChangeKind.CREATE: {
      const [created, ...rest] = fresh();
      if (!created || rest.length) throw UnitErrors.eventInvalid();
      return { kind: 'CREATE', on, unitId: created.unitId, attributes: created.attributes };
    }
    case UnitChangeKind.RENAME: {
      const changes: Partial<Omit<UnitAttributes, 'parentId'>> = {};
      if (input.name != null) changes.name = unitName(input.name);
      if (input.code != null) changes.code = input.code.trim().toUpperCase();
      if (input.shortName !== undefined) changes.shortName = input.shortName?.trim() || null;
      if (input.unitKind != null) changes.kind = input.unitKind;
      if (input.address !== undefined) changes.address = input.address?.trim() || null;
      if (Object.keys(changes).length === 0) throw UnitErrors.eventInvalid();
      return { kind: 'RENAME', on, unitId: unitId(), changes };
    }
    case UnitChangeKind.MOVE:
      if (!input.parentId || !isUuid(input.parentId)) throw UnitErrors.parentNotFound();
      return { kind: 'MOVE', on, unitId: unitId(), parentId: input.parentId };
    case UnitChangeKind.MERGE: {
      const sourceIds = input.sourceIds ?? [];
      if (sourceIds.some((id) => !isUuid(id))) throw UnitErrors.notFound();
      const [created, ...rest] = fresh();
      if (rest.length || (created && input.targetId) || (!created && !input.targetId)) throw UnitErrors.eventInvalid();
      const targetChanges = targetRenameOf(input);
      if (created) {
        if (targetChanges) throw UnitErrors.mergeTargetRenameNew();
        return { kind: 'MERGE', on, sourceIds, targetId: created.unitId, targetAttributes: created.attributes };
      }
      if (!isUuid(input.targetId)) throw UnitErrors.notFound();
      return { kind: 'MERGE', on, sourceIds, targetId: input.targetId, ...(targetChanges && { targetChanges }) };
    }
    case UnitChangeKind.SPLIT:
      return { kind: 'SPLIT', on, sourceId: unitId(), targets: fresh() };
    case UnitChangeKind.DISSOLVE: {
      if (!input.receiverId) return { kind: 'DISSOLVE', on, unitId: unitId() };
      if (!isUuid(input.receiverId)) throw UnitErrors.receiverNotFound();
      return { kind: 'DISSOLVE', on, unitId: unitId(), receiverId: input.receiverId };
    }
  }
}
