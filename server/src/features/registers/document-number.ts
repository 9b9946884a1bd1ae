/** Vietnamese capital letters, precomposed (NFC): A-Z, Đ and every capital vowel with its marks. */
const CAPITALS = 'A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ';

/**
 * Số và ký hiệu of a document (Decree 30/2020/NĐ-CP): the number, a slash, then the type and issuer
 * abbreviations as groups of capital letters joined by hyphens, e.g. 80/KH-SNN, 2187/SNN-VP, 45/QĐ-SNN.
 */
const DOCUMENT_NUMBER = new RegExp(`^[0-9]{1,6}/[${CAPITALS}]{1,12}(?:-[${CAPITALS}]{1,12}){0,4}$`, 'u');

/** The number as stored (NFC, no spaces around the slash or hyphens), or null when it is not one. */
export function normaliseDocumentNumber(raw: string): string | null {
  const compact = raw
    .normalize('NFC')
    .trim()
    .replace(/\s*([/-])\s*/g, '$1');
  return DOCUMENT_NUMBER.test(compact) ? compact : null;
}
