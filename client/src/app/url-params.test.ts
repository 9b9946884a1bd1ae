import { describe, expect, it } from 'vitest';
import { pageNumber, readParams, withParams } from './url-params';

describe('a list screen address parameters', () => {
  it.each([
    ['?q=hat&trang=2', { q: 'hat', trang: '2', nam: '' }],
    ['', { q: '', trang: '', nam: '' }],
    ['?nam=2021&other=x', { q: '', trang: '', nam: '2021' }],
  ])('%s reads as %o', (search, expected) => {
    expect(readParams(search, ['q', 'trang', 'nam'])).toEqual(expected);
  });

  it.each([
    ['nam=2021', { q: 'kiểm lâm' }, 'nam=2021&q=ki%E1%BB%83m+l%C3%A2m'],
    ['nam=2021&trang=3', { q: 'x' }, 'nam=2021&q=x'],
    ['nam=2021&trang=3', { nam: 2021 }, 'nam=2021&trang=3'],
    ['nam=2021&trang=3', { trang: 4 }, 'nam=2021&trang=4'],
    ['nam=2021&trang=3', { nam: null }, ''],
    ['nam=2021&q=a', { q: '' }, 'nam=2021'],
    ['q=a&trang=2', { q: 'b', trang: 1 }, 'q=b&trang=1'],
  ])('%s changed by %o is %s', (search, patch, expected) => {
    expect(withParams(search, patch)).toBe(expected);
  });

  it.each([
    ['', 1],
    ['2', 2],
    ['0', 1],
    ['-3', 1],
    ['1.5', 1],
    ['abc', 1],
    ['40', 40],
  ])('page %s is %s', (raw, page) => {
    expect(pageNumber(raw)).toBe(page);
  });
});
