import { isReportYear } from '@kycuong/rules';
import { useState } from 'react';

/** The year a screen shows, from `?nam=` in its address, or null when the address names none. */
export function yearInAddress(search: string): number | null {
  const raw = new URLSearchParams(search).get('nam');
  const year = raw === null || raw === '' ? Number.NaN : Number(raw);
  return isReportYear(year) ? year : null;
}

/** The address with `?nam=` set to the year (or removed), other parameters kept. */
export function addressWithYear(pathname: string, search: string, year: number | null): string {
  const params = new URLSearchParams(search);
  if (year === null) params.delete('nam');
  else params.set('nam', String(year));
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

function keepInAddress(year: number | null) {
  window.history.replaceState(
    window.history.state,
    '',
    addressWithYear(window.location.pathname, window.location.search, year),
  );
}

/**
 * A screen's year, kept in its address (`?nam=2021`) so a reload, a shared link or Back shows the same
 * year. `defaultYear` is the year shown when the address names none.
 */
export function useYearParam(defaultYear: number): [number, (year: number) => void] {
  const [year, setYear] = useState(() => yearInAddress(window.location.search) ?? defaultYear);
  return [
    year,
    (next) => {
      setYear(next);
      keepInAddress(next);
    },
  ];
}

/** As `useYearParam` for a list filter where no year means every year. */
export function useYearFilterParam(): [number | null, (year: number | null) => void] {
  const [year, setYear] = useState(() => yearInAddress(window.location.search));
  return [
    year,
    (next) => {
      setYear(next);
      keepInAddress(next);
    },
  ];
}
