import { describe, expect, it } from 'vitest';
import { addressWithYear, yearInAddress } from './year-param';

describe('the year in a screen address', () => {
  it.each([
    ['?nam=2021', 2021],
    ['?tab=a&nam=2026', 2026],
    ['', null],
    ['?nam=', null],
    ['?nam=abc', null],
    ['?nam=1999', null],
    ['?nam=2101', null],
    ['?nam=2021.5', null],
  ])('%s names %s', (search, year) => {
    expect(yearInAddress(search)).toBe(year);
  });

  it.each([
    ['/ke-hoach', '', 2021, '/ke-hoach?nam=2021'],
    ['/ke-hoach', '?nam=2020', 2022, '/ke-hoach?nam=2022'],
    ['/ton-tai', '?tab=x&nam=2020', null, '/ton-tai?tab=x'],
    ['/ton-tai', '?nam=2020', null, '/ton-tai'],
  ])('%s%s with %s is %s', (pathname, search, year, address) => {
    expect(addressWithYear(pathname, search, year)).toBe(address);
  });
});
