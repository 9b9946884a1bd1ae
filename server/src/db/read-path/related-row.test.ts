import { describe, expect, it } from 'vitest';
import { TEAM_ROW } from '../../features/plans/team-row.js';
import { UNIT_ROW } from '../../features/units/unit-row.js';
import { relatedRow } from './related-row.js';

const ALL_UNIT =
  'u.id as "unit_id", u.code as "unit_code", u.name as "unit_name", u.short_name as "unit_shortName", ' +
  'u.kind as "unit_kind", u.parent_id as "unit_parent", u.address as "unit_address", u.latitude as "unit_latitude", u.longitude as "unit_longitude", ' +
  'u.active_from::text as "unit_activeFrom", u.active_to::text as "unit_activeTo", u.version as "unit_version"';

describe('relatedRow: the columns read for the fields asked', () => {
  it.each([
    ['the id only', ['id'], 'u.id as "unit_id"'],
    ['__typename needs no column', ['__typename'], 'u.id as "unit_id"'],
    ['a field and its column', ['id', 'name'], 'u.id as "unit_id", u.name as "unit_name"'],
    [
      'a computed field reads what it is computed from',
      ['active'],
      'u.id as "unit_id", u.active_from::text as "unit_activeFrom", u.active_to::text as "unit_activeTo"',
    ],
    ['a renamed field', ['parentId'], 'u.id as "unit_id", u.parent_id as "unit_parent"'],
    ['a field it does not know reads every column', ['somethingNew'], ALL_UNIT],
  ])('%s', (_, fields, columns) => {
    expect(relatedRow(UNIT_ROW, 'u', 'unit', new Set(fields)).columns).toBe(columns);
  });

  it('null asks for every column', () => {
    expect(relatedRow(UNIT_ROW, 'u', 'unit', null).columns).toBe(ALL_UNIT);
  });

  it('a team asked for its members reads only its id (members are read by it)', () => {
    expect(relatedRow(TEAM_ROW, 't', 'team', new Set(['members'])).columns).toBe('t.id as "team_id"');
  });
});

describe('relatedRow: reading result rows', () => {
  it('converts what it read, leaves the rest undefined, and gives one object per id', () => {
    const { read } = relatedRow(UNIT_ROW, 'u', 'unit', new Set(['name', 'parentId']));
    const a = read({ unit_id: 'a', unit_name: 'Chi cục', unit_parent: 'p' });
    expect(a).toEqual({ id: 'a', name: 'Chi cục', parent: { id: 'p' } });
    expect(a.code).toBeUndefined();
    expect(read({ unit_id: 'b', unit_name: 'Sở', unit_parent: null }).parent).toBeNull();
    expect(read({ unit_id: 'a', unit_name: 'Chi cục', unit_parent: 'p' })).toBe(a);
  });
});
