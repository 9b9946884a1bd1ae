import { useSyncExternalStore } from 'react';
import { ROUTES } from './routes';

/**
 * List and record side by side (issue 18): on a screen at least this wide a list's record opens beside
 * it (`SplitView.tsx`); narrower, as on a phone, the list and the record are pages of their own.
 */
export const SPLIT_MEDIA = '(min-width: 1200px)';

/** The sections whose records open beside their list on a wide screen. Not the review list: the minutes need the width. */
const SPLIT_SECTIONS: readonly string[] = [ROUTES.findings];

export function isSplitSection(section: string): boolean {
  return SPLIT_SECTIONS.includes(section);
}

function subscribe(listener: () => void) {
  const query = window.matchMedia(SPLIT_MEDIA);
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}

/** Whether the screen is wide enough for list and record side by side; follows the window's width. */
export function useSplitScreen(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(SPLIT_MEDIA).matches);
}

/**
 * How a list's row opens its record beside the list: the list keeps its scroll, and a record opened from
 * another record replaces it in the history, so Back returns to the list (as from a record on a phone)
 * rather than through every record looked at.
 */
export function splitOpening(recordOpen: boolean) {
  return { stay: true, replace: recordOpen };
}
