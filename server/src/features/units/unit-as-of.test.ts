import { describe, expect, it } from 'vitest';
import { recordDay, todayNames, versionOnDay } from './unit-as-of.js';

describe('recordDay: the day a visit names its unit for', () => {
  it.each([
    {
      name: 'a visit made: its day',
      visitDate: '2021-05-12',
      planYear: 2021,
      month: 5,
      today: '2026-03-01',
      want: '2021-05-12',
    },
    {
      name: 'planned later this year: its month',
      visitDate: null,
      planYear: 2026,
      month: 11,
      today: '2026-03-01',
      want: '2026-11-01',
    },
    {
      name: 'planned month passed, not made yet: today',
      visitDate: null,
      planYear: 2026,
      month: 2,
      today: '2026-03-14',
      want: '2026-03-14',
    },
    {
      name: 'a past plan never made: its last day',
      visitDate: null,
      planYear: 2022,
      month: 11,
      today: '2026-03-14',
      want: '2022-12-31',
    },
    {
      name: "next year's plan: its month",
      visitDate: null,
      planYear: 2027,
      month: 4,
      today: '2026-12-20',
      want: '2027-04-01',
    },
    {
      name: 'no planned month: the plan year',
      visitDate: null,
      planYear: 2027,
      month: null,
      today: '2026-12-20',
      want: '2027-01-01',
    },
    { name: 'no plan: today', visitDate: null, planYear: null, month: null, today: '2026-03-14', want: '2026-03-14' },
  ])('$name', ({ visitDate, planYear, month, today, want }) => {
    expect(recordDay({ visitDate, planYear, plannedMonth: month }, today)).toBe(want);
  });
});

describe('versionOnDay: the version shown for a day', () => {
  const huyen = { validFrom: '2021-01-01', validTo: '2025-06-30', name: 'Hạt Kiểm lâm huyện Cao Lộc' };
  const khuVuc = { validFrom: '2025-07-01', validTo: null, name: 'Hạt Kiểm lâm khu vực Cao Lộc' };
  it.each([
    { name: 'in force that day', day: '2021-05-12', want: huyen },
    { name: 'its last day', day: '2025-06-30', want: huyen },
    { name: 'the first day of the next', day: '2025-07-01', want: khuVuc },
    { name: 'before the unit existed: its first version', day: '2019-01-01', want: huyen },
  ])('$name', ({ day, want }) => {
    expect(versionOnDay([khuVuc, huyen], day)).toBe(want);
  });

  it('after the unit ended: its last version', () => {
    const ended = { validFrom: '2021-01-01', validTo: '2025-06-30', name: 'Hạt Kiểm lâm thành phố Lạng Sơn' };
    expect(versionOnDay([ended], '2026-01-10')).toBe(ended);
  });

  it('no version: none', () => {
    expect(versionOnDay([], '2026-01-10')).toBeNull();
  });
});

describe('todayNames: what a unit is called today', () => {
  const units = new Map([
    ['cl', { id: 'cl', name: 'Hạt Kiểm lâm khu vực Cao Lộc', activeTo: null }],
    ['a', { id: 'a', name: 'Đơn vị A', activeTo: null }],
    ['b', { id: 'b', name: 'Đơn vị B', activeTo: '2030-12-31' }],
    ['gone', { id: 'gone', name: 'Đơn vị đã giải thể', activeTo: '2025-06-30' }],
  ]);
  it.each([
    { name: 'itself', successors: ['cl'], want: ['Hạt Kiểm lâm khu vực Cao Lộc'] },
    { name: 'the units of a split, each', successors: ['a', 'b'], want: ['Đơn vị A', 'Đơn vị B'] },
    { name: 'dissolved without successor: none', successors: ['gone'], want: [] },
    { name: 'a unit not read: none', successors: ['unknown'], want: [] },
  ])('$name', ({ successors, want }) => {
    expect(todayNames(successors, units, '2026-03-14')).toEqual(want);
  });
});
