import { describe, expect, it } from 'vitest';
import {
  barPercent,
  findingsByGroup,
  formatShare,
  groupTrends,
  lowestCompliance,
  mostOverdue,
  pointsChange,
  subtreeOptions,
  trendByIndex,
} from './figures';

describe('formatShare', () => {
  it.each([
    [1, '100%'],
    [0.978, '97,8%'],
    [0.33113, '33,1%'],
    [0, '0%'],
    [null, '—'],
    [undefined, '—'],
    [Number.NaN, '—'],
  ])('%s → %s', (ratio, text) => {
    expect(formatShare(ratio)).toBe(text);
  });
});

describe('barPercent', () => {
  it.each([
    [5, 10, 50],
    [10, 10, 100],
    [12, 10, 100],
    [0, 10, 0],
    [-1, 10, 0],
    [3, 0, 0],
  ])('%s of %s → %s%%', (value, max, percent) => {
    expect(barPercent(value, max)).toBe(percent);
  });
});

describe('subtreeOptions', () => {
  const units = [
    { id: 'dep', parentId: null, name: 'Sở', active: true },
    { id: 'kl', parentId: 'dep', name: 'Chi cục Kiểm lâm', active: true },
    { id: 'h1', parentId: 'kl', name: 'Hạt Kiểm lâm B', active: true },
    { id: 'h2', parentId: 'kl', name: 'Hạt Kiểm lâm A', active: true },
    { id: 'tl', parentId: 'dep', name: 'Chi cục Thủy lợi', active: true },
    { id: 'old', parentId: 'tl', name: 'Trạm cũ', active: false },
    { id: 'vp', parentId: 'dep', name: 'Văn phòng', active: true },
  ];
  it.each([
    ['units with active children, the department left out', units, ['kl']],
    ['nothing without sub-units', units.slice(0, 1), []],
    ['a unit whose parent is missing starts its own tree', units.slice(1), []],
  ])('%s', (_, list, ids) => {
    expect(subtreeOptions(list).map((option) => option.id)).toEqual(ids);
  });
  it('gives the depth for indentation', () => {
    expect(subtreeOptions(units)).toEqual([{ id: 'kl', name: 'Chi cục Kiểm lâm', depth: 1 }]);
  });
});

const finding = (
  groupCode: string,
  counts: Partial<Record<'fixedOnTime' | 'fixedLate' | 'overdue' | 'open', number>>,
) => {
  const full = { fixedOnTime: 0, fixedLate: 0, overdue: 0, open: 0, ...counts };
  return {
    groupCode,
    groupTitle: `Nhóm ${groupCode}`,
    total: full.fixedOnTime + full.fixedLate + full.overdue + full.open,
    ...full,
  };
};

describe('findingsByGroup', () => {
  it('adds the severities of a group together', () => {
    expect(
      findingsByGroup([finding('A', { overdue: 1 }), finding('B', { open: 2 }), finding('A', { fixedLate: 3 })]),
    ).toEqual([{ ...finding('A', { overdue: 1, fixedLate: 3 }) }, { ...finding('B', { open: 2 }) }]);
  });
});

describe('lowestCompliance and mostOverdue', () => {
  const unit = (key: string, ratio: number | null) => ({ key, label: `Đơn vị ${key}`, ratio });
  it.each([
    ['full compliance and nothing applied are left out', [unit('a', 1), unit('b', null)], []],
    ['lowest first', [unit('a', 0.9), unit('b', 0.5), unit('c', 0.75)], ['b', 'c', 'a']],
    ['ties by name', [unit('b', 0.5), unit('a', 0.5)], ['a', 'b']],
  ])('compliance: %s', (_, units, keys) => {
    expect(lowestCompliance(units).map((u) => u.key)).toEqual(keys);
  });
  it('keeps at most the limit', () => {
    const units = Array.from({ length: 8 }, (_, i) => unit(String(i), i / 10));
    expect(lowestCompliance(units, 3).map((u) => u.key)).toEqual(['0', '1', '2']);
  });
  it('lists groups with overdue findings, most first', () => {
    const findings = [
      finding('A', { overdue: 1 }),
      finding('B', { overdue: 2 }),
      finding('C', { open: 4 }),
      finding('A', { overdue: 2 }),
    ];
    expect(mostOverdue(findings).map((g) => [g.groupCode, g.overdue])).toEqual([
      ['A', 3],
      ['B', 2],
    ]);
  });
});

describe('trendByIndex', () => {
  it('splits per index, oldest first', () => {
    const trend = trendByIndex([
      { index: 'SIPAS', year: 2022, totalScore: 85 },
      { index: 'PAR_INDEX', year: 2021, totalScore: 80 },
      { index: 'SIPAS', year: 2021, totalScore: 82 },
    ]);
    expect(trend.get('SIPAS')?.map((p) => p.year)).toEqual([2021, 2022]);
    expect(trend.get('PAR_INDEX')?.map((p) => p.totalScore)).toEqual([80]);
  });
});

describe('year over year', () => {
  const year = (y: number, groups: [string, string, number | null][]) => ({
    year: y,
    compliance: { ratio: null },
    complianceByGroup: groups.map(([key, label, ratio]) => ({ key, label, ratio })),
  });

  it('has one row per group code across the years, named as in the latest year that has it', () => {
    const rows = groupTrends([
      year(2021, [
        ['2', 'Văn hóa công sở (cũ)', 1],
        ['1', 'Giờ giấc', 0.9],
      ]),
      year(2022, [['2', 'Văn hóa công sở', 0.8]]),
      year(2023, [
        ['1', 'Giờ giấc làm việc', null],
        ['10', 'Nhóm mới', 0.5],
      ]),
    ]);
    expect(rows).toEqual([
      { key: '1', label: 'Giờ giấc làm việc', ratios: [0.9, null, null] },
      { key: '2', label: 'Văn hóa công sở', ratios: [1, 0.8, null] },
      { key: '10', label: 'Nhóm mới', ratios: [null, null, 0.5] },
    ]);
  });

  it('measures the change in percentage points, as shown with one decimal', () => {
    expect(pointsChange(0.978, 0.95)).toBe(2.8);
    expect(pointsChange(0.8696, 1)).toBe(-13);
    expect(pointsChange(1, 1)).toBe(0);
    expect(pointsChange(null, 1)).toBeNull();
    expect(pointsChange(0.5, undefined)).toBeNull();
  });
});
