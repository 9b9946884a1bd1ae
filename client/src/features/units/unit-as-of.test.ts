import { describe, expect, it } from 'vitest';
import { unitTodayHint } from './unit-as-of';

describe('unitTodayHint', () => {
  it.each([
    { name: 'the same name today: nothing', todayNames: ['Hạt Kiểm lâm khu vực Cao Lộc'], want: null },
    {
      name: 'renamed since',
      asOf: 'Hạt Kiểm lâm huyện Cao Lộc',
      todayNames: ['Hạt Kiểm lâm khu vực Cao Lộc'],
      want: { names: 'Hạt Kiểm lâm khu vực Cao Lộc' },
    },
    {
      name: 'merged into another',
      asOf: 'Hạt Kiểm lâm thành phố Lạng Sơn',
      todayNames: ['Hạt Kiểm lâm khu vực Cao Lộc'],
      want: { names: 'Hạt Kiểm lâm khu vực Cao Lộc' },
    },
    { name: 'split: each successor', todayNames: ['Đơn vị A', 'Đơn vị B'], want: { names: 'Đơn vị A; Đơn vị B' } },
    { name: 'dissolved', todayNames: [], want: 'gone' },
  ])('$name', ({ asOf = 'Hạt Kiểm lâm khu vực Cao Lộc', todayNames, want }) => {
    expect(unitTodayHint({ name: asOf, todayNames })).toEqual(want);
  });
});
