import { describe, expect, it } from 'vitest';
import { type RoleInChange, roleIn } from './unit-change-role.js';
import type { UnitAttributes, UnitEvent } from './unit-history.js';

const attrs = (code: string, parentId: string): UnitAttributes => ({
  code,
  name: code,
  shortName: null,
  kind: 'RANGER_STATION',
  parentId,
  address: null,
});

const ON = '2025-07-01';
/** The demo's 01/07/2025: Cao Lộc takes in the city's station and carries on. */
const INTO_EXISTING: UnitEvent = { kind: 'MERGE', on: ON, sourceIds: ['tp'], targetId: 'cl' };
/** Hữu Lũng, Chi Lăng and Bắc Sơn form a new area station. */
const INTO_NEW: UnitEvent = {
  kind: 'MERGE',
  on: ON,
  sourceIds: ['hl', 'clg', 'bs'],
  targetId: 'kvhl',
  targetAttributes: attrs('HKL-KVHL', 'cckl'),
};
const SPLIT: UnitEvent = {
  kind: 'SPLIT',
  on: ON,
  sourceId: 'td',
  targets: [
    { unitId: 'td1', attributes: attrs('HKL-TD1', 'cckl') },
    { unitId: 'td2', attributes: attrs('HKL-TD2', 'cckl') },
  ],
};
const DISSOLVE: UnitEvent = { kind: 'DISSOLVE', on: ON, unitId: 'pql', receiverId: 'so' };

describe('a change as each unit’s timeline tells it', () => {
  it.each<[string, UnitEvent, string, RoleInChange | null]>([
    [
      'the new unit',
      { kind: 'CREATE', on: ON, unitId: 'n', attributes: attrs('N', 'so') },
      'n',
      { role: 'CREATED', others: [] },
    ],
    [
      'a rename',
      { kind: 'RENAME', on: ON, unitId: 'so', changes: { name: 'X' } },
      'so',
      { role: 'RENAMED', others: [] },
    ],
    [
      'a move names the new parent',
      { kind: 'MOVE', on: ON, unitId: 'cl', parentId: 'so' },
      'cl',
      {
        role: 'MOVED',
        others: ['so'],
      },
    ],
    ['a unit merged into one that carries on', INTO_EXISTING, 'tp', { role: 'MERGED_INTO', others: ['cl'] }],
    ['the unit that took it in', INTO_EXISTING, 'cl', { role: 'RECEIVED_MERGER', others: ['tp'] }],
    ['a unit merged into a new one', INTO_NEW, 'clg', { role: 'MERGED_INTO_NEW', others: ['kvhl'] }],
    [
      'the new unit of a merge, naming every source',
      INTO_NEW,
      'kvhl',
      {
        role: 'CREATED_BY_MERGER',
        others: ['hl', 'clg', 'bs'],
      },
    ],
    [
      'a sub-unit of a merged unit, moved under the target',
      INTO_NEW,
      'to-hl',
      {
        role: 'MOVED_BY_MERGER',
        others: ['kvhl'],
      },
    ],
    ['the split unit names its new units', SPLIT, 'td', { role: 'SPLIT_INTO', others: ['td1', 'td2'] }],
    ['a new unit of a split names where it came from', SPLIT, 'td2', { role: 'CREATED_BY_SPLIT', others: ['td'] }],
    ['a unit a split does not name', SPLIT, 'cl', null],
    ['the dissolved unit names its receiver', DISSOLVE, 'pql', { role: 'DISSOLVED', others: ['so'] }],
    ['the receiver names the dissolved unit', DISSOLVE, 'so', { role: 'RECEIVED_DISSOLVED', others: ['pql'] }],
    [
      'a dissolution recorded before receivers',
      { kind: 'DISSOLVE', on: ON, unitId: 'pql' },
      'pql',
      {
        role: 'DISSOLVED',
        others: [],
      },
    ],
    ['a unit a dissolution does not name', DISSOLVE, 'cl', null],
    ['a rename of another unit', { kind: 'RENAME', on: ON, unitId: 'so', changes: { name: 'X' } }, 'cl', null],
  ])('%s', (_name, event, unitId, expected) => {
    expect(roleIn(event, unitId)).toEqual(expected);
  });
});
