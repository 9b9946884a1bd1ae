import { describe, expect, it } from 'vitest';
import { foldVietnamese, searchWords } from './search-text.js';

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
