import { describe, expect, it } from 'vitest';
import { containsPattern, foldedSql, foldVietnamese, searchWords } from './search-text.js';

describe('foldVietnamese', () => {
  it.each([
    ['Chi cục Kiểm lâm', 'chi cuc kiem lam'],
    ['Hạt Kiểm lâm huyện Đình Lập', 'hat kiem lam huyen dinh lap'],
    ['Trung tâm Nước sạch và VSMT nông thôn', 'trung tam nuoc sach va vsmt nong thon'],
    ['  Văn   phòng  Sở ', 'van phong so'],
    ['ĐƯỜNG Ưu Ải', 'duong uu ai'],
    // decomposed input (NFD, as some keyboards send it) folds the same as composed
    ['Chi cu\u0323c Kie\u0302\u0309m la\u0302m', 'chi cuc kiem lam'],
    ['', ''],
  ])('%j folds to %j', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });
});

describe('searchWords', () => {
  it.each([
    ['chi cuc kiem lam', ['chi', 'cuc', 'kiem', 'lam']],
    ['  Kiểm   Lâm ', ['kiem', 'lam']],
    ['', []],
  ])('%j splits to %j', (input, expected) => {
    expect(searchWords(input)).toEqual(expected);
  });
});

describe('foldedSql', () => {
  it('maps every marked letter to its folded letter', () => {
    const sqlText = foldedSql('c');
    const [, from, to] = /'([^']*)', '([^']*)'/u.exec(sqlText) ?? [];
    expect([...(from ?? '')].length).toBe([...(to ?? '')].length);
    expect([...(from ?? '')].map((letter, i) => [letter, [...(to ?? '')][i]])).toContainEqual(['Ậ', 'a']);
    expect(from).toContain('đ');
    expect(from).not.toMatch(/[a-z]/);
  });

  it('escapes like wildcards in a word', () => {
    expect(containsPattern('50%_a')).toBe('%50\\%\\_a%');
  });
});
