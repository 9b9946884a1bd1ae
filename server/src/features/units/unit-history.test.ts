import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../common/app-error.js';
import {
  applyUnitEvent,
  dayBefore,
  handoverOf,
  successorsOf,
  treeAt,
  type UnitAttributes,
  type UnitEvent,
  type UnitVersion,
  versionAt,
  withReceiver,
} from './unit-history.js';

const attrs = (code: string, name: string, parentId: string | null, kind = 'OTHER'): UnitAttributes => ({
  code,
  name,
  shortName: null,
  kind,
  parentId,
  address: null,
});

/** The department and two district ranger stations, as the demo has them before the 2025 reform. */
const BEFORE: UnitVersion[] = [
  {
    unitId: 'so',
    ...attrs('SNN', 'Sở Nông nghiệp và Phát triển nông thôn', null, 'DEPARTMENT'),
    validFrom: '2008-01-01',
    validTo: null,
  },
  { unitId: 'cckl', ...attrs('CCKL', 'Chi cục Kiểm lâm', 'so'), validFrom: '2008-01-01', validTo: null },
  { unitId: 'cl', ...attrs('HKL-CL', 'Hạt Kiểm lâm huyện Cao Lộc', 'cckl'), validFrom: '2008-01-01', validTo: null },
  { unitId: 'dl', ...attrs('HKL-DL', 'Hạt Kiểm lâm huyện Đình Lập', 'cckl'), validFrom: '2008-01-01', validTo: null },
];

function codeOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (err) {
    if (err instanceof AppError) return err.code;
    throw err;
  }
}

describe('the 2025 reform as events', () => {
  const events: UnitEvent[] = [
    {
      kind: 'RENAME',
      on: '2025-03-01',
      unitId: 'so',
      changes: { name: 'Sở Nông nghiệp và Môi trường', code: 'SNNMT' },
    },
    {
      kind: 'MERGE',
      on: '2025-07-01',
      sourceIds: ['cl', 'dl'],
      targetId: 'kv1',
      targetAttributes: attrs('HKL-KV1', 'Hạt Kiểm lâm khu vực 1', 'cckl'),
    },
  ];
  const after = events.reduce(applyUnitEvent, BEFORE);

  it('shows a past day as it was and today as it is', () => {
    expect(versionAt(after, 'so', '2024-12-31')?.name).toBe('Sở Nông nghiệp và Phát triển nông thôn');
    expect(versionAt(after, 'so', '2025-02-28')?.code).toBe('SNN');
    expect(versionAt(after, 'so', '2025-03-01')).toMatchObject({ name: 'Sở Nông nghiệp và Môi trường', code: 'SNNMT' });
    expect(versionAt(after, 'cl', '2025-06-30')?.name).toBe('Hạt Kiểm lâm huyện Cao Lộc');
    expect(versionAt(after, 'cl', '2025-07-01')).toBeNull();
    expect(versionAt(after, 'kv1', '2025-06-30')).toBeNull();
    expect(
      treeAt(after, '2026-01-01')
        .map((v) => v.code)
        .sort(),
    ).toEqual(['CCKL', 'HKL-KV1', 'SNNMT']);
    expect(
      treeAt(after, '2021-06-01')
        .map((v) => v.code)
        .sort(),
    ).toEqual(['CCKL', 'HKL-CL', 'HKL-DL', 'SNN']);
  });

  it('ends the changed versions the day before and leaves the earlier ones untouched', () => {
    expect(after.filter((v) => v.unitId === 'so')).toEqual([
      { ...BEFORE[0], validTo: '2025-02-28' },
      { ...BEFORE[0], name: 'Sở Nông nghiệp và Môi trường', code: 'SNNMT', validFrom: '2025-03-01', validTo: null },
    ]);
    expect(BEFORE.every((v) => v.validTo === null)).toBe(true);
  });

  it('sends the records of merged units to their successor, and a split unit’s to each new unit', () => {
    expect(successorsOf(events, 'cl')).toEqual(['kv1']);
    expect(successorsOf(events, 'cckl')).toEqual(['cckl']);
    const split: UnitEvent = {
      kind: 'SPLIT',
      on: '2026-01-01',
      sourceId: 'kv1',
      targets: [
        { unitId: 'kv1a', attributes: attrs('HKL-KV1A', 'Hạt Kiểm lâm khu vực 1A', 'cckl') },
        { unitId: 'kv1b', attributes: attrs('HKL-KV1B', 'Hạt Kiểm lâm khu vực 1B', 'cckl') },
      ],
    };
    applyUnitEvent(after, split);
    expect(successorsOf([...events, split], 'dl')).toEqual(['kv1a', 'kv1b']);
  });

  it('hands a dissolved unit’s records to the receiver chosen, else to its parent that day', () => {
    const chosen: UnitEvent = { kind: 'DISSOLVE', on: '2025-07-01', unitId: 'dl', receiverId: 'cl' };
    expect(withReceiver(BEFORE, chosen)).toBe(chosen);
    const byDefault = withReceiver(BEFORE, { kind: 'DISSOLVE', on: '2025-07-01', unitId: 'dl' });
    expect(byDefault).toEqual({ kind: 'DISSOLVE', on: '2025-07-01', unitId: 'dl', receiverId: 'cckl' });
    // The parent in force on the day, not today's: a station moved under the department from 2026.
    const moved = applyUnitEvent(BEFORE, { kind: 'MOVE', on: '2026-01-01', unitId: 'dl', parentId: 'so' });
    expect(withReceiver(moved, { kind: 'DISSOLVE', on: '2027-01-01', unitId: 'dl' })).toMatchObject({
      receiverId: 'so',
    });
    expect(handoverOf(byDefault)).toEqual(new Map([['dl', 'cckl']]));
    expect(handoverOf(chosen)).toEqual(new Map([['dl', 'cl']]));
    // A dissolution recorded before receivers existed hands nothing over; the rest keep their successor.
    expect(handoverOf({ kind: 'DISSOLVE', on: '2025-07-01', unitId: 'dl' })).toEqual(new Map());
    expect(handoverOf(events[1] as UnitEvent)).toEqual(
      new Map([
        ['cl', 'kv1'],
        ['dl', 'kv1'],
      ]),
    );
    const after = applyUnitEvent(BEFORE, chosen);
    expect(versionAt(after, 'dl', '2025-06-30')?.validTo).toBe('2025-06-30');
    expect(versionAt(after, 'cl', '2025-07-01')?.validTo).toBeNull();
    // The past of a dissolved unit stays its own: dissolution maps no past onto the receiver.
    expect(successorsOf([chosen], 'dl')).toEqual(['dl']);
  });

  it('renames the unit a merge takes others into from the same day, in a version of its own', () => {
    const merged = applyUnitEvent(BEFORE, {
      kind: 'MERGE',
      on: '2025-07-01',
      sourceIds: ['dl'],
      targetId: 'cl',
      targetChanges: { name: 'Hạt Kiểm lâm khu vực Cao Lộc - Đình Lập', shortName: 'HKL KV CL-ĐL' },
    });
    expect(merged.filter((v) => v.unitId === 'cl').map((v) => [v.validFrom, v.validTo, v.name, v.shortName])).toEqual([
      ['2008-01-01', '2025-06-30', 'Hạt Kiểm lâm huyện Cao Lộc', null],
      ['2025-07-01', null, 'Hạt Kiểm lâm khu vực Cao Lộc - Đình Lập', 'HKL KV CL-ĐL'],
    ]);
    expect(versionAt(merged, 'cl', '2025-07-01')).toMatchObject({ code: 'HKL-CL', parentId: 'cckl' });
    // The name it already has is no rename: the target keeps its one version.
    const same = applyUnitEvent(BEFORE, {
      kind: 'MERGE',
      on: '2025-07-01',
      sourceIds: ['dl'],
      targetId: 'cl',
      targetChanges: { name: 'Hạt Kiểm lâm huyện Cao Lộc' },
    });
    expect(same.filter((v) => v.unitId === 'cl')).toEqual(BEFORE.filter((v) => v.unitId === 'cl'));
  });

  it('a rename clears a short name from its day, and keeps it on the days before', () => {
    const named = applyUnitEvent(BEFORE, {
      kind: 'RENAME',
      on: '2020-01-01',
      unitId: 'cl',
      changes: { shortName: 'HKL CL' },
    });
    const cleared = applyUnitEvent(named, {
      kind: 'RENAME',
      on: '2025-07-01',
      unitId: 'cl',
      changes: { shortName: null },
    });
    expect(versionAt(cleared, 'cl', '2025-06-30')?.shortName).toBe('HKL CL');
    expect(versionAt(cleared, 'cl', '2025-07-01')).toMatchObject({
      shortName: null,
      name: 'Hạt Kiểm lâm huyện Cao Lộc',
    });
    expect(
      codeOf(() =>
        applyUnitEvent(cleared, { kind: 'RENAME', on: '2026-01-01', unitId: 'cl', changes: { shortName: null } }),
      ),
    ).toBe('UNIT_RENAME_UNCHANGED');
  });

  it('moves the sub-units of merged units to the target', () => {
    const merged = applyUnitEvent(BEFORE, {
      kind: 'MERGE',
      on: '2025-07-01',
      sourceIds: ['cckl'],
      targetId: 'so',
    });
    expect(versionAt(merged, 'cl', '2025-07-01')?.parentId).toBe('so');
    expect(versionAt(merged, 'cl', '2025-06-30')?.parentId).toBe('cckl');
  });
});

describe('what a change may not do', () => {
  const reformed = applyUnitEvent(BEFORE, {
    kind: 'RENAME',
    on: '2025-03-01',
    unitId: 'so',
    changes: { name: 'Sở Nông nghiệp và Môi trường' },
  });
  const dissolved = applyUnitEvent(BEFORE, { kind: 'DISSOLVE', on: '2025-07-01', unitId: 'dl' });
  const lateStation = applyUnitEvent(BEFORE, {
    kind: 'CREATE',
    on: '2025-07-01',
    unitId: 'kv9',
    attributes: attrs('HKL-KV9', 'Hạt Kiểm lâm khu vực 9', 'cckl'),
  });
  const withTeam = applyUnitEvent(BEFORE, {
    kind: 'CREATE',
    on: '2020-01-01',
    unitId: 'team',
    attributes: attrs('TO-CL', 'Tổ kiểm lâm cơ động Cao Lộc', 'cl'),
  });

  it.each<[string, UnitVersion[], UnitEvent, string | null]>([
    [
      'a change dated before the latest one (overlapping versions)',
      reformed,
      { kind: 'RENAME', on: '2024-01-01', unitId: 'so', changes: { name: 'X' } },
      'UNIT_VERSION_OVERLAP',
    ],
    [
      'two changes of one unit on one day',
      reformed,
      { kind: 'RENAME', on: '2025-03-01', unitId: 'so', changes: { name: 'X' } },
      'UNIT_VERSION_OVERLAP',
    ],
    [
      'an event dated before the unit existed',
      BEFORE,
      { kind: 'RENAME', on: '2007-12-31', unitId: 'cl', changes: { name: 'X' } },
      'UNIT_NOT_IN_FORCE',
    ],
    [
      'a change of a dissolved unit',
      dissolved,
      { kind: 'MOVE', on: '2026-01-01', unitId: 'dl', parentId: 'so' },
      'UNIT_NOT_IN_FORCE',
    ],
    [
      'a cycle through a move',
      BEFORE,
      { kind: 'MOVE', on: '2025-01-01', unitId: 'cckl', parentId: 'cl' },
      'UNIT_CYCLE',
    ],
    ['a move under itself', BEFORE, { kind: 'MOVE', on: '2025-01-01', unitId: 'cl', parentId: 'cl' }, 'UNIT_CYCLE'],
    [
      'moving the department',
      BEFORE,
      { kind: 'MOVE', on: '2025-01-01', unitId: 'so', parentId: 'cl' },
      'UNIT_ROOT_LOCKED',
    ],
    [
      'merging into a dissolved unit',
      dissolved,
      { kind: 'MERGE', on: '2026-01-01', sourceIds: ['cl'], targetId: 'dl' },
      'UNIT_MERGE_TARGET_DISSOLVED',
    ],
    [
      'merging a unit into itself',
      BEFORE,
      { kind: 'MERGE', on: '2026-01-01', sourceIds: ['cl'], targetId: 'cl' },
      'UNIT_EVENT_INVALID',
    ],
    [
      'a split into one unit',
      BEFORE,
      {
        kind: 'SPLIT',
        on: '2026-01-01',
        sourceId: 'cl',
        targets: [{ unitId: 'n1', attributes: attrs('N1', 'N1', 'cckl') }],
      },
      'UNIT_EVENT_INVALID',
    ],
    [
      'a split of a unit that has sub-units',
      BEFORE,
      {
        kind: 'SPLIT',
        on: '2026-01-01',
        sourceId: 'cckl',
        targets: [
          { unitId: 'n1', attributes: attrs('N1', 'N1', 'so') },
          { unitId: 'n2', attributes: attrs('N2', 'N2', 'so') },
        ],
      },
      'UNIT_HAS_ACTIVE_CHILDREN',
    ],
    [
      'dissolving a unit with sub-units',
      BEFORE,
      { kind: 'DISSOLVE', on: '2026-01-01', unitId: 'cckl' },
      'UNIT_HAS_ACTIVE_CHILDREN',
    ],
    [
      'a new unit under a dissolved one',
      dissolved,
      { kind: 'CREATE', on: '2026-01-01', unitId: 'n1', attributes: attrs('N1', 'N1', 'dl') },
      'UNIT_PARENT_INACTIVE',
    ],
    [
      'a new unit under one that is dissolved later',
      dissolved,
      { kind: 'CREATE', on: '2024-01-01', unitId: 'n1', attributes: attrs('N1', 'N1', 'dl') },
      'UNIT_PARENT_INACTIVE',
    ],
    [
      'a new unit with the id of an existing one',
      BEFORE,
      { kind: 'CREATE', on: '2026-01-01', unitId: 'cl', attributes: attrs('N1', 'N1', 'so') },
      'UNIT_EVENT_INVALID',
    ],
    [
      'a dissolution whose receiver is the unit itself',
      BEFORE,
      { kind: 'DISSOLVE', on: '2026-01-01', unitId: 'cl', receiverId: 'cl' },
      'UNIT_RECEIVER_SELF',
    ],
    [
      'a dissolution whose receiver does not exist',
      BEFORE,
      { kind: 'DISSOLVE', on: '2026-01-01', unitId: 'cl', receiverId: 'nowhere' },
      'UNIT_RECEIVER_NOT_FOUND',
    ],
    [
      'a dissolution whose receiver is dissolved already',
      dissolved,
      { kind: 'DISSOLVE', on: '2026-01-01', unitId: 'cl', receiverId: 'dl' },
      'UNIT_RECEIVER_DISSOLVED',
    ],
    [
      'a dissolution whose receiver is dissolved later',
      dissolved,
      { kind: 'DISSOLVE', on: '2024-01-01', unitId: 'cl', receiverId: 'dl' },
      'UNIT_RECEIVER_DISSOLVED',
    ],
    [
      'a dissolution whose receiver is founded after the day',
      lateStation,
      { kind: 'DISSOLVE', on: '2025-01-01', unitId: 'cl', receiverId: 'kv9' },
      'UNIT_RECEIVER_NOT_IN_FORCE',
    ],
    [
      'a dissolution whose receiver is one of its own sub-units',
      BEFORE,
      { kind: 'DISSOLVE', on: '2026-01-01', unitId: 'cckl', receiverId: 'cl' },
      'UNIT_RECEIVER_DESCENDANT',
    ],
    [
      'a dissolution whose receiver is below one of its sub-units',
      withTeam,
      { kind: 'DISSOLVE', on: '2026-01-01', unitId: 'cckl', receiverId: 'team' },
      'UNIT_RECEIVER_DESCENDANT',
    ],
    [
      'a dissolution of the department, whatever the receiver',
      BEFORE,
      { kind: 'DISSOLVE', on: '2026-01-01', unitId: 'so', receiverId: 'cckl' },
      'UNIT_ROOT_LOCKED',
    ],
    [
      'a dissolution with a receiver elsewhere in the tree',
      BEFORE,
      { kind: 'DISSOLVE', on: '2026-01-01', unitId: 'dl', receiverId: 'cl' },
      null,
    ],
    ['a valid move', BEFORE, { kind: 'MOVE', on: '2025-01-01', unitId: 'cl', parentId: 'so' }, null],
    [
      'a rename to what the unit already is',
      BEFORE,
      {
        kind: 'RENAME',
        on: '2025-01-01',
        unitId: 'cl',
        changes: { name: 'Hạt Kiểm lâm huyện Cao Lộc', shortName: null },
      },
      'UNIT_RENAME_UNCHANGED',
    ],
    [
      'a rename that changes nothing, dated before the latest change',
      reformed,
      { kind: 'RENAME', on: '2024-01-01', unitId: 'so', changes: { name: 'Sở Nông nghiệp và Phát triển nông thôn' } },
      'UNIT_RENAME_UNCHANGED',
    ],
    [
      'a merge renaming a target that was renamed the same day',
      reformed,
      { kind: 'MERGE', on: '2025-03-01', sourceIds: ['dl'], targetId: 'so', targetChanges: { name: 'X' } },
      'UNIT_VERSION_OVERLAP',
    ],
    [
      'a merge into a target renamed the same day, renaming nothing',
      reformed,
      {
        kind: 'MERGE',
        on: '2025-03-01',
        sourceIds: ['dl'],
        targetId: 'so',
        targetChanges: { name: 'Sở Nông nghiệp và Môi trường' },
      },
      null,
    ],
    [
      'a new unit under a unit that never existed',
      BEFORE,
      { kind: 'CREATE', on: '2026-01-01', unitId: 'n1', attributes: attrs('N1', 'N1', 'nowhere') },
      'UNIT_PARENT_NOT_FOUND',
    ],
  ])('%s', (_name, versions, event, code) => {
    const copy = structuredClone(versions);
    expect(codeOf(() => applyUnitEvent(versions, event))).toBe(code);
    expect(versions).toEqual(copy);
  });

  it('counts days across months and leap years', () => {
    expect(dayBefore('2025-03-01')).toBe('2025-02-28');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayBefore('2025-01-01')).toBe('2024-12-31');
  });
});

// ---- Property: any sequence of events keeps the history sound ----

const IDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
const DAYS = Array.from(
  { length: 12 },
  (_, i) => `20${String(20 + Math.floor(i / 2)).padStart(2, '0')}-0${1 + (i % 2) * 6}-01`,
);

const id = fc.constantFrom(...IDS);
const parent = fc.constantFrom('so', ...IDS);
const day = fc.constantFrom(...DAYS);
const attributes = (p: string) => attrs(`C-${p}`, `Đơn vị ${p}`, p);
const newId = fc.integer({ min: 0, max: 999 }).map((n) => `n${n}`);

const event: fc.Arbitrary<UnitEvent> = fc.oneof(
  fc
    .record({ on: day, unitId: fc.oneof(id, newId), parent })
    .map(({ on, unitId, parent }): UnitEvent => ({ kind: 'CREATE', on, unitId, attributes: attributes(parent) })),
  fc
    .record({ on: day, unitId: fc.oneof(id, fc.constant('so')), name: fc.string({ maxLength: 5 }) })
    .map(({ on, unitId, name }): UnitEvent => ({ kind: 'RENAME', on, unitId, changes: { name } })),
  fc.record({ on: day, unitId: id, parentId: parent }).map((e): UnitEvent => ({ kind: 'MOVE', ...e })),
  fc
    .record({
      on: day,
      sourceIds: fc.uniqueArray(id, { minLength: 1, maxLength: 3 }),
      targetId: fc.oneof(parent, newId),
      p: parent,
      rename: fc.option(fc.string({ maxLength: 5 }), { nil: undefined }),
    })
    .map(
      ({ on, sourceIds, targetId, p, rename }): UnitEvent => ({
        kind: 'MERGE',
        on,
        sourceIds,
        targetId,
        ...(targetId.startsWith('n')
          ? { targetAttributes: attributes(p) }
          : rename !== undefined && { targetChanges: { name: rename } }),
      }),
    ),
  fc.record({ on: day, sourceId: id, targets: fc.uniqueArray(newId, { minLength: 2, maxLength: 3 }), p: parent }).map(
    ({ on, sourceId, targets, p }): UnitEvent => ({
      kind: 'SPLIT',
      on,
      sourceId,
      targets: targets.map((unitId) => ({ unitId, attributes: attributes(p) })),
    }),
  ),
  fc
    .record({ on: day, unitId: id, receiverId: fc.option(fc.oneof(parent, newId), { nil: undefined }) })
    .map(({ on, unitId, receiverId }): UnitEvent => ({ kind: 'DISSOLVE', on, unitId, receiverId })),
);

/** Every day on which the tree can change: a version's first day and the day after its last. */
function boundaryDays(versions: readonly UnitVersion[]): string[] {
  const days = new Set<string>(['2000-01-01']);
  for (const v of versions) {
    days.add(v.validFrom);
    if (v.validTo) days.add(nextDay(v.validTo));
  }
  return [...days];
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function assertSound(versions: readonly UnitVersion[]): void {
  const units = [...new Set(versions.map((v) => v.unitId))];
  for (const unit of units) {
    const mine = versions.filter((v) => v.unitId === unit).sort((a, b) => a.validFrom.localeCompare(b.validFrom));
    for (const [i, v] of mine.entries()) {
      if (v.validTo !== null) expect(v.validTo >= v.validFrom, `${unit} ends before it starts`).toBe(true);
      const following = mine[i + 1];
      // No overlap and no gap: each version ends the day before the next one starts.
      if (following) expect(v.validTo, `${unit} versions`).toBe(dayBefore(following.validFrom));
    }
  }
  for (const date of boundaryDays(versions)) {
    const tree = treeAt(versions, date);
    const parents = new Map(tree.map((v) => [v.unitId, v.parentId]));
    // At most one version of each unit on each day.
    expect(parents.size, `one version per unit on ${date}`).toBe(tree.length);
    for (const [unit, parentId] of parents) {
      // Every parent exists that day, and the tree has no cycle.
      if (parentId !== null) expect(parents.has(parentId), `${unit}'s parent on ${date}`).toBe(true);
      const seen = new Set<string>();
      for (let at: string | null | undefined = unit; at; at = parents.get(at)) {
        expect(seen.has(at), `cycle through ${at} on ${date}`).toBe(false);
        seen.add(at);
      }
    }
  }
}

describe('any sequence of events', () => {
  it('keeps one version per unit and day, a tree without cycles, and every record on exactly one version', () => {
    const appliedKinds = new Map<string, number>();
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 25 }),
        fc.array(fc.record({ unit: fc.constantFrom('so', ...IDS), on: day }), { maxLength: 20 }),
        (events, records) => {
          let versions: UnitVersion[] = [
            { unitId: 'so', ...attrs('SO', 'Sở', null, 'DEPARTMENT'), validFrom: '2000-01-01', validTo: null },
            ...['a', 'b', 'c'].map((u) => ({ unitId: u, ...attributes('so'), validFrom: '2000-01-01', validTo: null })),
          ];
          const applied: UnitEvent[] = [];
          for (const generated of events) {
            const before = structuredClone(versions);
            // As the service records it: a dissolution without a receiver hands over to the parent.
            const e = withReceiver(versions, generated);
            try {
              versions = applyUnitEvent(versions, e);
              applied.push(e);
              const kind = generated.kind === 'DISSOLVE' && generated.receiverId ? 'DISSOLVE_TO' : e.kind;
              appliedKinds.set(kind, (appliedKinds.get(kind) ?? 0) + 1);
              // Whoever carries on the records of the units it ended exists from that day and still does.
              for (const [from, to] of handoverOf(e)) {
                expect(to, `${e.kind} hands ${from} over to itself`).not.toBe(from);
                expect(versionAt(versions, to, e.on), `${to} on ${e.on}`).not.toBeNull();
                expect(versions.some((v) => v.unitId === to && v.validTo === null)).toBe(true);
              }
            } catch (err) {
              if (!(err instanceof AppError)) throw err;
              expect(versions).toEqual(before);
            }
            assertSound(versions);
          }
          for (const record of records) {
            const matching = versions.filter(
              (v) =>
                v.unitId === record.unit && v.validFrom <= record.on && (v.validTo === null || record.on <= v.validTo),
            );
            expect(matching.length).toBeLessThanOrEqual(1);
            const [version] = matching;
            if (!version) continue;
            expect(versionAt(versions, record.unit, record.on)).toEqual(version);
            // Wherever a record goes after the events, it lands on units that exist.
            for (const successor of successorsOf(applied, record.unit)) {
              expect(versions.some((v) => v.unitId === successor)).toBe(true);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
    // The runs exercised every kind of change, not only refusals.
    for (const kind of ['CREATE', 'RENAME', 'MOVE', 'MERGE', 'SPLIT', 'DISSOLVE', 'DISSOLVE_TO']) {
      expect(appliedKinds.get(kind) ?? 0, kind).toBeGreaterThan(4);
    }
  });
});
