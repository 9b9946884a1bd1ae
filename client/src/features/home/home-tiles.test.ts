import { capabilitiesOfRole } from '@kycuong/rules';
import { describe, expect, it } from 'vitest';
import type { Capability, Role } from '../../apollo/generated/graphql';
import { type HomeCountsData, homeTiles, type TileKey } from './home-tiles';

const COUNTS: HomeCountsData = {
  year: 2026,
  visitsPlanned: 4,
  visitsInProgress: 0,
  visitsReturned: 1,
  visitsSubmitted: 3,
  visitsApprovedThisYear: 7,
  visitsPlannedThisYear: 10,
  planVisitsDoneThisYear: 6,
  findingsOpen: 12,
  findingsRemediationReported: 2,
  findingsOverdue: 5,
};
const userOf = (role: Role) => ({ can: capabilitiesOfRole(role) as Capability[] });

describe('homeTiles', () => {
  it.each<[Role, TileKey[]]>([
    ['INSPECTOR', ['visitsReturned', 'visitsInProgress', 'visitsPlanned']],
    ['OFFICE', ['visitsSubmitted', 'findingsRemediationReported', 'findingsOverdue', 'findingsOpen', 'visitsApproved']],
    ['ADMIN', ['visitsSubmitted', 'findingsRemediationReported', 'findingsOverdue', 'findingsOpen', 'visitsApproved']],
    ['LEADERSHIP', ['findingsOverdue', 'findingsOpen', 'visitsApproved']],
    ['UNIT_HEAD', ['findingsRemediationReported', 'findingsOverdue', 'findingsOpen']],
  ])('%s sees %j', (role, keys) => {
    expect(homeTiles(userOf(role), COUNTS).map((tile) => tile.key)).toEqual(keys);
  });

  it.each<[TileKey, number, string]>([
    ['visitsReturned', 1, '/cuoc-kiem-tra?trang-thai=RETURNED'],
    ['visitsInProgress', 0, '/cuoc-kiem-tra?trang-thai=IN_PROGRESS'],
    ['visitsPlanned', 4, '/cuoc-kiem-tra?trang-thai=PLANNED&nam=2026'],
    ['visitsSubmitted', 3, '/duyet?trang-thai=SUBMITTED'],
    ['findingsRemediationReported', 2, '/ton-tai?trang-thai=REMEDIATION_REPORTED'],
    ['findingsOverdue', 5, '/ton-tai?qua-han=1'],
    ['findingsOpen', 12, '/ton-tai?trang-thai=OPEN'],
    ['visitsApproved', 7, '/duyet?trang-thai=APPROVED&nam=2026'],
  ])('%s counts %i and opens %s', (key, count, href) => {
    const all = [...homeTiles(userOf('OFFICE'), COUNTS), ...homeTiles(userOf('INSPECTOR'), COUNTS)];
    const tile = all.find((candidate) => candidate.key === key);
    expect(tile?.count).toBe(count);
    expect(tile?.href).toBe(href);
  });

  it('marks as urgent only what needs doing and is not zero; the plan goes with the approved visits', () => {
    const tiles = homeTiles(userOf('OFFICE'), { ...COUNTS, visitsSubmitted: 0 });
    expect(tiles.filter((tile) => tile.urgent).map((tile) => tile.key)).toEqual(['findingsOverdue']);
    expect(tiles.find((tile) => tile.key === 'visitsApproved')?.plan).toEqual({ done: 6, planned: 10 });
  });
});
