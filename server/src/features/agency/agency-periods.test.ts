import { describe, expect, it } from 'vitest';
import { type AgencyPeriod, addPeriodFrom, dayAfter, dayBefore, periodOn, periodProblems } from './agency-periods.js';

const OLD: AgencyPeriod = { validFrom: '2015-01-01', validTo: '2025-02-28' };
const NEW: AgencyPeriod = { validFrom: '2025-03-01', validTo: null };
const REFORM = [NEW, OLD];

describe('dayBefore / dayAfter', () => {
  it.each([
    ['2025-03-01', '2025-02-28'],
    ['2024-03-01', '2024-02-29'],
    ['2026-01-01', '2025-12-31'],
  ])('the day before %s is %s', (day, before) => {
    expect(dayBefore(day)).toBe(before);
    expect(dayAfter(before)).toBe(day);
  });
});

describe('periodOn: the identity in force on a day', () => {
  it.each([
    ['before any period', '2014-12-31', null],
    ['the first day', '2015-01-01', OLD],
    ['a 2021 report', '2021-12-31', OLD],
    ['the last day of the old name', '2025-02-28', OLD],
    ['the merger', '2025-03-01', NEW],
    ['a 2026 document', '2026-04-15', NEW],
    ['a timestamp', '2026-04-15T08:00:00.000Z', NEW],
  ])('%s (%s)', (_name, day, expected) => {
    expect(periodOn(REFORM, day)).toBe(expected);
  });

  it('finds nothing without periods', () => {
    expect(periodOn([], '2026-01-01')).toBeNull();
  });
});

describe('periodProblems: no overlap, no gap', () => {
  it.each<[string, AgencyPeriod[], string[]]>([
    ['none', [], []],
    ['the reform, in any order', REFORM, []],
    ['one open period', [NEW], []],
    ['two open periods', [NEW, { validFrom: '2026-01-01', validTo: null }], ['OVERLAP']],
    ['a shared day', [{ validFrom: '2015-01-01', validTo: '2025-03-01' }, NEW], ['OVERLAP']],
    ['a day missing', [{ validFrom: '2015-01-01', validTo: '2025-02-27' }, NEW], ['GAP']],
    ['ends before it starts', [{ validFrom: '2025-03-01', validTo: '2025-02-01' }], ['ENDS_BEFORE_START']],
  ])('%s', (_name, periods, problems) => {
    expect(periodProblems(periods)).toEqual(problems);
  });
});

describe('addPeriodFrom: a new identity from a day', () => {
  it.each<[string, AgencyPeriod[], string, ReturnType<typeof addPeriodFrom>]>([
    ['the first one', [], '2025-03-01', { ok: true, closeLatestOn: null }],
    ['after the one in force', [OLD, NEW], '2026-07-01', { ok: true, closeLatestOn: '2026-06-30' }],
    ['the day after the current start', [NEW], '2025-03-02', { ok: true, closeLatestOn: '2025-03-01' }],
    ['on the current start', [OLD, NEW], '2025-03-01', { ok: false, problem: 'OVERLAP' }],
    ['before the current start', [OLD, NEW], '2024-01-01', { ok: false, problem: 'BEFORE_CURRENT' }],
    ['inside a closed latest period', [OLD], '2020-01-01', { ok: false, problem: 'OVERLAP' }],
    ['right after a closed latest period', [OLD], '2025-03-01', { ok: true, closeLatestOn: null }],
    ['after a gap', [OLD], '2025-04-01', { ok: false, problem: 'GAP' }],
  ])('%s', (_name, periods, from, expected) => {
    expect(addPeriodFrom(periods, from)).toEqual(expected);
  });

  it('keeps the periods contiguous', () => {
    const periods: AgencyPeriod[] = [{ validFrom: '2015-01-01', validTo: null }];
    for (const from of ['2020-05-01', '2025-03-01', '2026-01-01']) {
      const added = addPeriodFrom(periods, from);
      if (!added.ok) throw new Error(added.problem);
      const latest = periods.at(-1) as AgencyPeriod;
      latest.validTo = added.closeLatestOn;
      periods.push({ validFrom: from, validTo: null });
      expect(periodProblems(periods)).toEqual([]);
    }
  });
});
