/**
 * Folds Vietnamese text for search: lower case, no tone or vowel marks, đ → d, single spaces.
 * "Chi cục Kiểm lâm" and "chi cuc kiem lam" fold to the same string.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a search, folded; a name matches when it contains every word. */
export function searchWords(query: string): string[] {
  return foldVietnamese(query)
    .split(' ')
    .filter((w) => w.length > 0)
    .slice(0, 10);
}
