import { formatDate } from '../../common/vietnamese.js';
import type { IndexComponent } from './index-result.entity.js';

// Reading and writing one cell of a register's sheet: labels, dates, numbers, yes/no, index components.

/** A cell as read from an .xlsx or a .csv. */
export type Cell = string | number | boolean | Date | null;

/** Folds a label for matching: no marks, đ as d, lower case, single spaces. */
export const fold = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase().replace(/\s+/g, ' ').trim();

/** The value whose label (or whose own name) the text is, folded; null when none. */
export function fromLabel<T extends string>(labels: Record<T, string>, text: string): T | null {
  const f = fold(text);
  for (const [value, label] of Object.entries(labels) as [T, string][]) {
    if (fold(label) === f || fold(value.replace(/_/g, ' ')) === f) return value;
  }
  return null;
}

/** The labels as a message lists them: "A", "B", "C". */
export const listOf = (labels: Record<string, string>) =>
  Object.values(labels)
    .map((l) => `"${l}"`)
    .join(', ');

export const cellText = (value: Cell): string => {
  if (value === null) return '';
  if (value instanceof Date) return formatDate(isoDate(value));
  return String(value).normalize('NFC').trim();
};

export const isoDate = (d: Date): string => d.toISOString().slice(0, 10);

/** A day written dd/MM/yyyy (or -, . as separator) or yyyy-MM-dd, or an Excel date, as yyyy-MM-dd; null when it is none. */
export function dateOf(value: Cell): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : isoDate(value);
  const text = cellText(value);
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [y, m, d] = vn ? [vn[3], vn[2], vn[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!y || !m || !d) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return null;
  return isoDate(date);
}

/** A number written either way (8,5 or 8.5); null when empty, NaN when it is not a number. */
export function numberOf(value: Cell): number | null {
  if (typeof value === 'number') return value;
  const text = cellText(value);
  if (!text) return null;
  return /^-?\d+(?:[.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : Number.NaN;
}

/** Có / Không (or x, yes, 1, true / no, 0, false); null when it is neither. */
export function yesNo(value: Cell): boolean | null {
  if (typeof value === 'boolean') return value;
  const f = fold(cellText(value));
  if (['co', 'x', 'yes', '1', 'true'].includes(f)) return true;
  if (['khong', 'no', '0', 'false'].includes(f)) return false;
  return null;
}

/** Điểm thành phần in one cell: "Tên: điểm/tối đa; Tên: điểm". */
export function formatComponents(components: IndexComponent[]): string {
  const n = (x: number) => String(x).replace('.', ',');
  return components.map((c) => `${c.name}: ${n(c.score)}${c.maxScore != null ? `/${n(c.maxScore)}` : ''}`).join('; ');
}

/** Điểm thành phần read back from one cell; null when a part does not read as "Tên: điểm/tối đa". */
export function componentsOf(text: string): IndexComponent[] | null {
  if (!text) return [];
  const parts = text
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean);
  const components: IndexComponent[] = [];
  for (const part of parts) {
    const m = /^(.+):\s*(\d+(?:[.,]\d+)?)(?:\s*\/\s*(\d+(?:[.,]\d+)?))?$/.exec(part);
    if (!m?.[1] || !m[2]) return null;
    const num = (s: string) => Number(s.replace(',', '.'));
    components.push({ name: m[1].trim(), score: num(m[2]), maxScore: m[3] ? num(m[3]) : null });
  }
  return components;
}
