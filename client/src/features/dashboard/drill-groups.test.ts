import { describe, expect, it } from 'vitest';
import { drillGroups, searchable } from './drill-groups';

const records = [
  { unitName: 'Hạt Kiểm lâm huyện Đình Lập', label: '1.1 Kế hoạch', detail: 'Không đạt', failed: true },
  { unitName: 'Chi cục Thủy lợi', label: '1.1 Kế hoạch', detail: 'Đạt', failed: false },
  { unitName: 'Hạt Kiểm lâm huyện Đình Lập', label: '2.3 Hồ sơ', detail: 'Đạt', failed: false },
  { unitName: null, label: 'Kế hoạch 08/KH-SNN', detail: null, failed: false },
  { unitName: 'Chi cục Thủy lợi', label: '6.2 Lưu trữ', detail: 'Không đạt', failed: true },
];

describe('drillGroups', () => {
  it('groups per unit in name order, no unit last, with each group’s failed count', () => {
    const groups = drillGroups(records);
    expect(groups.map((g) => [g.unitName, g.records.length, g.failed])).toEqual([
      ['Chi cục Thủy lợi', 2, 1],
      ['Hạt Kiểm lâm huyện Đình Lập', 2, 1],
      [null, 1, 0],
    ]);
    expect(groups[1]?.records.map((r) => r.label)).toEqual(['1.1 Kế hoạch', '2.3 Hồ sơ']);
  });

  it.each([
    [
      { failedOnly: true },
      [
        ['Chi cục Thủy lợi', 1],
        ['Hạt Kiểm lâm huyện Đình Lập', 1],
      ],
    ],
    [{ query: 'dinh lap' }, [['Hạt Kiểm lâm huyện Đình Lập', 2]]],
    [{ query: 'KẾ HOẠCH thuy' }, [['Chi cục Thủy lợi', 1]]],
    [{ query: '08/kh' }, [[null, 1]]],
    [{ query: 'ho so', failedOnly: true }, []],
    [
      { query: '  ' },
      [
        ['Chi cục Thủy lợi', 2],
        ['Hạt Kiểm lâm huyện Đình Lập', 2],
        [null, 1],
      ],
    ],
  ])('%o', (filter, expected) => {
    expect(drillGroups(records, filter).map((g) => [g.unitName, g.records.length])).toEqual(expected);
  });

  it('searches without diacritics or case', () => {
    expect(searchable('Đình Lập ĐẠT')).toBe('dinh lap dat');
  });
});
