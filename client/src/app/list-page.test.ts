import { describe, expect, it } from 'vitest';
import { enumParam, pagePosition, pageWindow, yearFilter } from './list-page';

describe('list paging', () => {
  it.each([
    [1, 20, 213, { pages: 11, from: 1, to: 20 }],
    [11, 13, 213, { pages: 11, from: 201, to: 213 }],
    [1, 0, 0, { pages: 1, from: 0, to: 0 }],
    [3, 0, 20, { pages: 1, from: 0, to: 0 }],
  ])('page %i showing %i of %i', (page, shown, total, expected) => {
    expect(pagePosition(page, shown, total)).toEqual(expected);
  });

  it('asks the server for the page', () => {
    expect(pageWindow(1)).toEqual({ first: 20, offset: 0 });
    expect(pageWindow(3)).toEqual({ first: 20, offset: 40 });
  });

  it('reads the year and enum parameters, ignoring what they cannot be', () => {
    expect(yearFilter('2021')).toBe(2021);
    expect(yearFilter('')).toBeNull();
    expect(yearFilter('abc')).toBeNull();
    expect(enumParam('OPEN', ['OPEN', 'CLOSED'])).toBe('OPEN');
    expect(enumParam('open', ['OPEN', 'CLOSED'])).toBeNull();
  });
});
