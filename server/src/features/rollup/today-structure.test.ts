import { describe, expect, it } from 'vitest';
import type { UnitAttributes, UnitEvent } from '../units/unit-history.js';
import { ontoToday, originalsOf, type TodayPlace, todayPlaces } from './today-structure.js';

const attributes = (code: string): UnitAttributes => ({
  code,
  name: code,
  shortName: null,
  kind: 'RANGER_STATION',
  parentId: 'root',
  address: null,
});
const merge = (on: string, sourceIds: string[], targetId: string): UnitEvent => ({
  kind: 'MERGE',
  on,
  sourceIds,
  targetId,
});
const split = (on: string, sourceId: string, targets: string[]): UnitEvent => ({
  kind: 'SPLIT',
  on,
  sourceId,
  targets: targets.map((unitId) => ({ unitId, attributes: attributes(unitId) })),
});
const create = (on: string, unitId: string): UnitEvent => ({
  kind: 'CREATE',
  on,
  unitId,
  attributes: attributes(unitId),
});

/** Each unit's places as `unit -> today(*shared)`, sorted, for short expectations. */
const shown = (places: TodayPlace[]) => places.map((p) => `${p.unitId}->${p.todayId}${p.shared ? '*' : ''}`).sort();

describe('todayPlaces: where each unit’s past is shown under today’s units', () => {
  const cases: [string, UnitEvent[], string[]][] = [
    ['no change: every unit is its own place', [], []],
    ['a rename, a move or a dissolution moves no past', [{ kind: 'DISSOLVE', on: '2025-07-01', unitId: 'a' }], []],
    ['a merge into a new unit', [merge('2025-07-01', ['a', 'b'], 'c')], ['a->c', 'b->c']],
    ['a merge into an existing unit', [merge('2025-07-01', ['a'], 't')], ['a->t']],
    ['a split: under each successor, shared', [split('2025-07-01', 'a', ['s1', 's2'])], ['a->s1*', 'a->s2*']],
    [
      'a merge after a split: one successor again, no longer shared',
      [split('2025-03-01', 'a', ['s1', 's2']), merge('2025-07-01', ['s1', 's2'], 'c')],
      ['a->c', 's1->c', 's2->c'],
    ],
    [
      'a split, then one part merged elsewhere',
      [split('2025-03-01', 'a', ['s1', 's2']), merge('2025-07-01', ['s2'], 't')],
      ['a->s1*', 'a->t*', 's2->t'],
    ],
    [
      'a merge, then the merged unit split',
      [merge('2025-03-01', ['a', 'b'], 'c'), split('2025-07-01', 'c', ['x', 'y'])],
      ['a->x*', 'a->y*', 'b->x*', 'b->y*', 'c->x*', 'c->y*'],
    ],
    [
      'a chain of merges ends at the last target',
      [merge('2025-03-01', ['a'], 'b'), merge('2025-07-01', ['b'], 'c')],
      ['a->c', 'b->c'],
    ],
    ['a unit created later carries no past', [create('2025-07-01', 'n')], []],
  ];
  it.each(cases)('%s', (_name, events, expected) => {
    expect(shown(todayPlaces(events))).toEqual(expected);
  });
});

describe('originalsOf: the year’s units a unit of today carries', () => {
  const places = todayPlaces([split('2025-03-01', 'a', ['s1', 's2']), merge('2025-07-01', ['b'], 't')]);
  it.each([
    ['s1', ['s1', 'a']],
    ['t', ['t', 'b']],
    ['b', []],
    ['z', ['z']],
  ])('%s', (today, expected) => {
    expect(originalsOf(places, today)).toEqual(expected);
  });
});

describe('ontoToday: per-unit rows regrouped, never added twice', () => {
  const row = (unitId: string, n: number) => ({ unitId, n });
  const sum = (rows: { n: number }[]) => rows.reduce((s, r) => s + r.n, 0);

  it('a merge adds the sources up under the target', () => {
    const places = todayPlaces([merge('2025-07-01', ['a', 'b'], 'c')]);
    const today = ontoToday([row('a', 2), row('b', 3), row('d', 5)], places);
    expect(today.map((r) => [r.todayId, sum(r.rows), r.shared])).toEqual([
      ['c', 5, false],
      ['d', 5, false],
    ]);
  });

  it('a split shows the source under each successor, marked; the total stays over the year’s units', () => {
    const places = todayPlaces([split('2025-07-01', 'a', ['s1', 's2'])]);
    const year = [row('a', 4), row('d', 1)];
    const today = ontoToday(year, places);
    expect(today.map((r) => [r.todayId, sum(r.rows), r.shared])).toEqual([
      ['s1', 4, true],
      ['s2', 4, true],
      ['d', 1, false],
    ]);
    // The rows of today add up to more than the year: the total is the year's, counted once.
    expect(sum(year)).toBe(5);
  });

  it('a unit of the year and its predecessor in the same year count once each under today’s unit', () => {
    const places = todayPlaces([split('2025-03-01', 'a', ['s1', 's2']), merge('2025-07-01', ['s1', 's2'], 'c')]);
    const today = ontoToday([row('a', 1), row('s1', 2), row('s2', 3)], places);
    expect(today.map((r) => [r.todayId, sum(r.rows), r.shared])).toEqual([['c', 6, false]]);
  });

  it('a roll-up over a sub-tree keeps the units of today inside it', () => {
    const places = todayPlaces([split('2025-07-01', 'a', ['s1', 's2'])]);
    const today = ontoToday([row('a', 4)], places, new Set(['s2']));
    expect(today.map((r) => [r.todayId, sum(r.rows), r.shared])).toEqual([['s2', 4, true]]);
  });
});
