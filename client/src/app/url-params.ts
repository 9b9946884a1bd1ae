import { useCallback, useMemo } from 'react';
import { replaceSearch, useSearch } from './router';

/** The values of a screen's address parameters: each name's text, '' when absent. */
export type UrlParams<Name extends string> = Record<Name, string>;

/** The named parameters read from a query string ('' for an absent one). */
export function readParams<Name extends string>(search: string, names: readonly Name[]): UrlParams<Name> {
  const params = new URLSearchParams(search);
  return Object.fromEntries(names.map((name) => [name, params.get(name) ?? ''])) as UrlParams<Name>;
}

/**
 * The query string with some parameters changed: '' or null removes one, other parameters are kept, and
 * a change to anything but the page itself (`trang`) sends the list back to its first page.
 */
export function withParams(search: string, patch: Record<string, string | number | null | undefined>): string {
  const params = new URLSearchParams(search);
  let filterChanged = false;
  for (const [name, raw] of Object.entries(patch)) {
    const value = raw === null || raw === undefined ? '' : String(raw);
    if ((params.get(name) ?? '') === value) continue;
    if (name !== PAGE_PARAM) filterChanged = true;
    if (value === '') params.delete(name);
    else params.set(name, value);
  }
  if (filterChanged && !(PAGE_PARAM in patch)) params.delete(PAGE_PARAM);
  return params.toString();
}

/** The address parameter of a list's page number (1-based; absent = the first page). */
export const PAGE_PARAM = 'trang';

/** The page number in an address parameter's text: a whole number from 1, else 1. */
export function pageNumber(raw: string): number {
  const page = Number(raw);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/**
 * A screen's filters, search text and page kept in its address (`?trang-thai=OPEN&q=...&trang=2`), so
 * a reload, a shared link or Back shows the same list. Changes replace the current history entry.
 * Parameter names are Vietnamese without diacritics, as the routes are (`nam`, `trang`, `q`, `don-vi`).
 */
export function useUrlParams<Name extends string>(
  names: readonly Name[],
): [UrlParams<Name>, (patch: Partial<Record<Name, string | number | null>>) => void] {
  const search = useSearch();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the names are a fixed list per screen
  const values = useMemo(() => readParams(search, names), [search]);
  const set = useCallback(
    (patch: Partial<Record<Name, string | number | null>>) => replaceSearch(withParams(window.location.search, patch)),
    [],
  );
  return [values, set];
}
