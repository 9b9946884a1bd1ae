import { isReportYear } from '@kycuong/rules';
import { pageNumber } from './url-params';

/** Rows on one page of a long list (the office's visits, findings...). */
export const LIST_PAGE_SIZE = 20;

/** The server's paging arguments for a 1-based page number. */
export function pageWindow(page: number, size = LIST_PAGE_SIZE): { first: number; offset: number } {
  return { first: size, offset: (page - 1) * size };
}

/**
 * Where a page stands in its list: the pages in all (at least 1), and the first and last row shown,
 * 1-based, for "21–40 trên 213" (0–0 when the page is empty).
 */
export function pagePosition(
  page: number,
  shown: number,
  total: number,
  size = LIST_PAGE_SIZE,
): { pages: number; from: number; to: number } {
  const from = shown > 0 ? (page - 1) * size + 1 : 0;
  return { pages: Math.max(1, Math.ceil(total / size)), from, to: shown > 0 ? from + shown - 1 : 0 };
}

/** The list's page from its `trang` parameter (see url-params.ts). */
export const listPage = (raw: string): number => pageNumber(raw);

/** A year from a `nam` parameter's text, or null (every year) when it names none the product keeps. */
export function yearFilter(raw: string): number | null {
  const year = raw === '' ? Number.NaN : Number(raw);
  return isReportYear(year) ? year : null;
}

/** An enum value from an address parameter, or null when the text is not one of `values`. */
export function enumParam<T extends string>(raw: string, values: readonly T[]): T | null {
  return (values as readonly string[]).includes(raw) ? (raw as T) : null;
}
