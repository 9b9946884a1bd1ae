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

const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];

/** Every precomposed Vietnamese letter (both cases) beside its folded letter, for SQL's translate(). */
const [FOLD_FROM, FOLD_TO] = (() => {
  const letters = ['đ', ...VOWELS.flatMap((v) => TONES.map((tone) => `${v}${tone}`.normalize('NFC')))];
  const marked = [...letters, ...letters.map((l) => l.toUpperCase())].filter((l) => foldVietnamese(l) !== l);
  return [marked.join(''), marked.map(foldVietnamese).join('')];
})();

/**
 * The SQL folding a text column as `foldVietnamese` folds text (lower case, no marks, đ → d), so that
 * "kiem lam" finds "Kiểm lâm" in any column without a folded copy. Spaces are not squeezed.
 */
export function foldedSql(column: string): string {
  return `translate(lower(${column}), '${FOLD_FROM}', '${FOLD_TO}')`;
}

/** A `like` pattern for a folded word anywhere in a text. */
export function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, '\\$&')}%`;
}
