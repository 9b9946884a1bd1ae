import { capabilitiesOfRole } from '@kycuong/rules';
import { describe, expect, it } from 'vitest';
import type { Capability, Role } from '../../apollo/generated/graphql';
import { currentPlace, navigationFor, type PlaceKey, parentList } from './places';

const userOf = (role: Role) => ({ role, can: capabilitiesOfRole(role) as Capability[] });
const keys = (places: readonly { key: PlaceKey }[]) => places.map((place) => place.key);

describe('navigationFor', () => {
  it.each<[Role, PlaceKey[], PlaceKey[]]>([
    ['INSPECTOR', ['home', 'myVisits', 'sync', 'units', 'account'], []],
    [
      'OFFICE',
      ['home', 'review', 'findings', 'plans'],
      [
        'dashboard',
        'selfAssessment',
        'annualReport',
        'registers',
        'checklists',
        'units',
        'devices',
        'auditLog',
        'account',
      ],
    ],
    [
      'ADMIN',
      ['home', 'review', 'findings', 'users'],
      [
        'plans',
        'dashboard',
        'selfAssessment',
        'annualReport',
        'registers',
        'checklists',
        'units',
        'devices',
        'auditLog',
        'account',
      ],
    ],
    [
      'LEADERSHIP',
      ['home', 'dashboard', 'selfAssessment', 'annualReport'],
      ['visits', 'findings', 'plans', 'registers', 'units', 'devices', 'auditLog', 'account'],
    ],
    ['UNIT_HEAD', ['home', 'findings', 'units', 'account'], []],
  ])('%s: bar %j, "Thêm" %j', (role, bar, more) => {
    const navigation = navigationFor(userOf(role));
    expect(keys(navigation.bar)).toEqual(bar);
    expect(keys(navigation.more)).toEqual(more);
    // Every place the person may open is in the bar or behind "Thêm", once.
    expect([...keys(navigation.bar), ...keys(navigation.more)].sort()).toEqual(keys(navigation.places).sort());
  });

  it.each<[Role, PlaceKey[]]>([
    ['INSPECTOR', ['home', 'myVisits', 'sync', 'units', 'account']],
    ['UNIT_HEAD', ['home', 'findings', 'units', 'account']],
    [
      'LEADERSHIP',
      [
        'home',
        'visits',
        'findings',
        'plans',
        'dashboard',
        'selfAssessment',
        'annualReport',
        'registers',
        'units',
        'devices',
        'auditLog',
        'account',
      ],
    ],
  ])('%s may open %j', (role, places) => {
    expect(keys(navigationFor(userOf(role)).places)).toEqual(places);
  });

  it('reads the capabilities, not the role: without FINDING_FOLLOW an office user has no findings place', () => {
    const user = userOf('OFFICE');
    const navigation = navigationFor({ ...user, can: user.can.filter((c) => c !== 'FINDING_FOLLOW') });
    expect(keys(navigation.places)).not.toContain('findings');
    expect(keys(navigation.bar)).toEqual(['home', 'review', 'plans', 'dashboard']);
  });
});

describe('currentPlace', () => {
  const office = navigationFor(userOf('OFFICE')).places;
  it.each<[string, PlaceKey | null]>([
    ['/', 'home'],
    ['/duyet', 'review'],
    ['/duyet/0b6f0c1e-1', 'review'],
    ['/ton-tai/abc', 'findings'],
    ['/tu-danh-gia/bo-tieu-chi', 'selfAssessment'],
    ['/doi-mat-khau', 'account'],
    ['/khong-co', null],
    ['/cuoc-kiem-tra', null],
  ])('%s -> %s', (path, key) => {
    expect(currentPlace(path, office)?.key ?? null).toBe(key);
  });
});

describe('parentList', () => {
  it.each<[string, string | null]>([
    ['/', null],
    ['/duyet', null],
    ['/duyet/abc', '/duyet'],
    ['/cuoc-kiem-tra/abc', '/cuoc-kiem-tra'],
    ['/ke-hoach/abc', '/ke-hoach'],
    ['/tu-danh-gia/2025', null],
    ['/tu-danh-gia/bo-tieu-chi', '/tu-danh-gia'],
  ])('%s -> %s', (path, parent) => {
    expect(parentList(path)).toBe(parent);
  });
});
