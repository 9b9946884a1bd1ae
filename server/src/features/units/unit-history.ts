import { UnitErrors } from './units.errors.js';

/*
 * The organisation's history as dated versions (issue 16): a unit is one identity whose name, code,
 * kind, parent and address hold over periods [validFrom, validTo], and every change is an event with
 * the day it takes effect. Applying an event ends the versions it changes the day before and opens new
 * ones from that day; nothing earlier is rewritten, so a past year reads as it was. Pure: the service
 * loads the versions, applies one event here, and writes what changed.
 *
 * Dates are YYYY-MM-DD strings (they compare as text); validTo is the last day a version holds, null
 * while it still does.
 */

export interface UnitAttributes {
  code: string;
  name: string;
  shortName: string | null;
  kind: string;
  parentId: string | null;
  address: string | null;
}

/** What a merge may rename of the existing unit it merges into. */
export type TargetRename = Partial<Pick<UnitAttributes, 'name' | 'shortName'>>;

export interface UnitVersion extends UnitAttributes {
  unitId: string;
  validFrom: string;
  validTo: string | null;
}

export type UnitEvent =
  /** A new unit from `on`. */
  | { kind: 'CREATE'; on: string; unitId: string; attributes: UnitAttributes }
  /** New name, short name, code, kind or address (not the parent: that is a move). */
  | { kind: 'RENAME'; on: string; unitId: string; changes: Partial<Omit<UnitAttributes, 'parentId'>> }
  | { kind: 'MOVE'; on: string; unitId: string; parentId: string }
  /**
   * Several units into one: the sources end the day before; the target is an existing unit or a new one
   * (`targetAttributes`). An existing target may take a new name and short name from the same day
   * (`targetChanges`: a version of its own, as a rename would open). The sources' sub-units move to the target.
   */
  | {
      kind: 'MERGE';
      on: string;
      sourceIds: string[];
      targetId: string;
      targetAttributes?: UnitAttributes;
      targetChanges?: TargetRename;
    }
  /** One unit into several new ones; the source ends the day before. It must have no sub-units left. */
  | { kind: 'SPLIT'; on: string; sourceId: string; targets: { unitId: string; attributes: UnitAttributes }[] }
  /**
   * The unit ends the day before `on`. It must have no sub-units left. `receiverId` is the unit that takes
   * over its tasks (đơn vị tiếp nhận nhiệm vụ) and its open records; recorded changes always name one
   * (`withReceiver`: the parent when none is chosen), changes recorded before it existed have none.
   */
  | { kind: 'DISSOLVE'; on: string; unitId: string; receiverId?: string };

/** The day before a YYYY-MM-DD date. */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

const holds = (v: UnitVersion, date: string) => v.validFrom <= date && (v.validTo === null || date <= v.validTo);

/** The version of a unit in force on a date, or null when the unit does not exist then. */
export function versionAt(versions: readonly UnitVersion[], unitId: string, date: string): UnitVersion | null {
  return versions.find((v) => v.unitId === unitId && holds(v, date)) ?? null;
}

/** Every unit's version in force on a date. */
export function treeAt(versions: readonly UnitVersion[], date: string): UnitVersion[] {
  return versions.filter((v) => holds(v, date));
}

/**
 * Where a unit's records go after the events: the units that carry on its work today (itself while it
 * exists; a merge's target; a split's new units, each of them), following successions to their end.
 */
export function successorsOf(events: readonly UnitEvent[], unitId: string): string[] {
  const next = new Map<string, string[]>();
  for (const event of events) {
    if (event.kind === 'MERGE') {
      for (const source of event.sourceIds) if (source !== event.targetId) next.set(source, [event.targetId]);
    } else if (event.kind === 'SPLIT') {
      next.set(
        event.sourceId,
        event.targets.map((t) => t.unitId),
      );
    }
  }
  const result: string[] = [];
  const seen = new Set<string>();
  const walk = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    const after = next.get(id);
    if (!after) result.push(id);
    else for (const successor of after) walk(successor);
  };
  walk(unitId);
  return result;
}

/**
 * The event with a dissolution's receiver named: the one chosen, else the parent of the unit in force on
 * the dissolution day. Other events, and a unit not in force that day (the event is refused), unchanged.
 */
export function withReceiver(versions: readonly UnitVersion[], event: UnitEvent): UnitEvent {
  if (event.kind !== 'DISSOLVE' || event.receiverId !== undefined) return event;
  const parentId = versionAt(versions, event.unitId, event.on)?.parentId;
  return parentId ? { ...event, receiverId: parentId } : event;
}

/**
 * Who carries on the open records of each unit the event ends (plan lines not started, users, open
 * findings): a merge's target, a split's first new unit (its main successor, which the office names
 * first), a dissolution's receiver.
 */
export function handoverOf(event: UnitEvent): Map<string, string> {
  if (event.kind === 'MERGE') return new Map(event.sourceIds.map((id) => [id, event.targetId]));
  if (event.kind === 'SPLIT' && event.targets[0]) return new Map([[event.sourceId, event.targets[0].unitId]]);
  if (event.kind === 'DISSOLVE' && event.receiverId) return new Map([[event.unitId, event.receiverId]]);
  return new Map();
}

/**
 * The versions after one more event, or the rule it breaks (an AppError with its own code). The input is
 * never changed: a refused event leaves nothing half-applied.
 */
export function applyUnitEvent(versions: readonly UnitVersion[], event: UnitEvent): UnitVersion[] {
  const next = versions.map((v) => ({ ...v }));
  const { on } = event;

  /** The unit's open version, which a change on `on` ends the day before. */
  const current = (unitId: string): UnitVersion => {
    const mine = next.filter((v) => v.unitId === unitId);
    if (mine.length === 0) throw UnitErrors.notFound();
    const latest = mine.reduce((a, b) => (a.validFrom > b.validFrom ? a : b));
    if (on < mine.reduce((a, b) => (a.validFrom < b.validFrom ? a : b)).validFrom) throw UnitErrors.notInForce(on);
    if (latest.validTo !== null) throw UnitErrors.notInForce(on);
    if (on <= latest.validFrom) throw UnitErrors.versionOverlap(latest.validFrom);
    return latest;
  };
  const end = (version: UnitVersion) => {
    version.validTo = dayBefore(on);
  };
  const open = (unitId: string, attributes: UnitAttributes) => {
    next.push({ ...attributes, unitId, validFrom: on, validTo: null });
  };
  const change = (unitId: string, attributes: Partial<UnitAttributes>) => {
    const version = current(unitId);
    end(version);
    const { unitId: _id, validFrom: _from, validTo: _to, ...was } = version;
    open(unitId, { ...was, ...attributes });
  };
  /** A unit that exists on `on` and has no end: a unit's versions follow each other with no gap. */
  const livesOnFrom = (unitId: string) =>
    versionAt(next, unitId, on) !== null && next.some((v) => v.unitId === unitId && v.validTo === null);
  /** A parent must hold from `on` onward with no end, or a later day would leave its sub-unit orphaned. */
  const assertParent = (parentId: string | null) => {
    if (parentId === null) return;
    if (!next.some((v) => v.unitId === parentId)) throw UnitErrors.parentNotFound();
    if (!livesOnFrom(parentId)) throw UnitErrors.inactiveParent();
  };
  /** The attributes that differ from the unit's version on `on`: a change to what it already is is none. */
  const differing = <T extends Partial<UnitAttributes>>(unitId: string, changes: T): Partial<T> => {
    const was = versionAt(next, unitId, on);
    return Object.fromEntries(
      Object.entries(changes).filter(([field, value]) => was?.[field as keyof UnitAttributes] !== value),
    ) as Partial<T>;
  };
  /** Sub-units under the unit on `on` or any later day. */
  const childrenFrom = (unitId: string) => [
    ...new Set(
      next.filter((v) => v.parentId === unitId && (v.validTo === null || v.validTo >= on)).map((v) => v.unitId),
    ),
  ];
  const isNew = (unitId: string) => {
    if (next.some((v) => v.unitId === unitId)) throw UnitErrors.eventInvalid();
  };
  /** A dissolution's receiver carries on from `on`: another unit, in force that day, not ended since, not below it. */
  const assertReceiver = (unitId: string, receiverId: string) => {
    if (receiverId === unitId) throw UnitErrors.receiverSelf();
    if (!next.some((v) => v.unitId === receiverId)) throw UnitErrors.receiverNotFound();
    if (!next.some((v) => v.unitId === receiverId && v.validTo === null)) throw UnitErrors.receiverDissolved();
    if (versionAt(next, receiverId, on) === null) throw UnitErrors.receiverNotInForce(on);
    const parent = new Map(treeAt(next, on).map((v) => [v.unitId, v.parentId]));
    const seen = new Set<string>();
    for (let id = parent.get(receiverId); id && !seen.has(id); id = parent.get(id)) {
      if (id === unitId) throw UnitErrors.receiverDescendant();
      seen.add(id);
    }
  };

  switch (event.kind) {
    case 'CREATE':
      isNew(event.unitId);
      assertParent(event.attributes.parentId);
      open(event.unitId, event.attributes);
      break;
    case 'RENAME': {
      const changes = differing(event.unitId, event.changes);
      if (Object.keys(changes).length === 0) throw UnitErrors.renameUnchanged();
      change(event.unitId, changes);
      break;
    }
    case 'MOVE':
      if (current(event.unitId).parentId === null) throw UnitErrors.rootLocked();
      assertParent(event.parentId);
      change(event.unitId, { parentId: event.parentId });
      break;
    case 'MERGE': {
      const sources = new Set(event.sourceIds);
      if (sources.size !== event.sourceIds.length || sources.size === 0) throw UnitErrors.eventInvalid();
      if (sources.has(event.targetId)) throw UnitErrors.eventInvalid();
      for (const source of sources) if (current(source).parentId === null) throw UnitErrors.rootLocked();
      if (event.targetAttributes) {
        isNew(event.targetId);
        assertParent(event.targetAttributes.parentId);
        open(event.targetId, event.targetAttributes);
      } else {
        if (!next.some((v) => v.unitId === event.targetId)) throw UnitErrors.notFound();
        if (!livesOnFrom(event.targetId)) throw UnitErrors.mergeTargetDissolved();
        // A new name the target already has is no rename: it keeps its version.
        const rename = differing(event.targetId, event.targetChanges ?? {});
        if (Object.keys(rename).length > 0) change(event.targetId, rename);
      }
      for (const source of sources) {
        for (const child of childrenFrom(source)) {
          if (!sources.has(child)) change(child, { parentId: event.targetId });
        }
        end(current(source));
      }
      break;
    }
    case 'SPLIT': {
      const ids = new Set(event.targets.map((t) => t.unitId));
      if (event.targets.length < 2 || ids.size !== event.targets.length) throw UnitErrors.eventInvalid();
      const source = current(event.sourceId);
      if (source.parentId === null) throw UnitErrors.rootLocked();
      if (childrenFrom(event.sourceId).length > 0) throw UnitErrors.hasActiveChildren();
      for (const target of event.targets) {
        isNew(target.unitId);
        if (target.attributes.parentId === event.sourceId) throw UnitErrors.cycle();
        assertParent(target.attributes.parentId);
      }
      end(source);
      for (const target of event.targets) open(target.unitId, target.attributes);
      break;
    }
    case 'DISSOLVE': {
      const version = current(event.unitId);
      if (version.parentId === null) throw UnitErrors.rootLocked();
      if (event.receiverId !== undefined) assertReceiver(event.unitId, event.receiverId);
      if (childrenFrom(event.unitId).length > 0) throw UnitErrors.hasActiveChildren();
      end(version);
      break;
    }
  }
  assertNoCycleFrom(next, on);
  return next;
}

/** The tree has no cycle on `from` nor on any later day a version starts. */
function assertNoCycleFrom(versions: readonly UnitVersion[], from: string): void {
  const days = new Set([from, ...versions.map((v) => v.validFrom).filter((d) => d > from)]);
  for (const day of days) {
    const parent = new Map(treeAt(versions, day).map((v) => [v.unitId, v.parentId]));
    for (const start of parent.keys()) {
      const seen = new Set<string>();
      for (let id: string | null | undefined = start; id; id = parent.get(id)) {
        if (seen.has(id)) throw UnitErrors.cycle();
        seen.add(id);
      }
    }
  }
}
