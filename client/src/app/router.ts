import { type MouseEvent, useSyncExternalStore } from 'react';

/**
 * A tiny pushState router: the app has a handful of screens, not worth a library. Each history entry
 * keeps the scroll position it was left at (`history.state.scrollY`), so Back returns to the same place
 * in a list; a screen's filters, year and page live in the address (`url-params.ts`).
 */
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

interface EntryState {
  scrollY?: number;
  /** The in-app address this entry was opened from (path and query), for a back link to use Back. */
  from?: string;
}

function entryState(): EntryState {
  const state: unknown = window.history.state;
  return state && typeof state === 'object' ? (state as EntryState) : {};
}

/** Remembers where the page is scrolled on the current history entry, before leaving it. */
function keepScroll() {
  window.history.replaceState({ ...entryState(), scrollY: window.scrollY }, '');
}

/**
 * Goes to `path`: a new history entry, or `replace` the current one (keeping where it was opened from).
 * `stay` keeps the page's scroll: a record opened beside its list (`SplitView`) leaves the list where it was.
 */
export function navigate(path: string, { replace = false, stay = false } = {}) {
  if (path === window.location.pathname + window.location.search) return;
  if (replace) window.history.replaceState({ from: entryState().from }, '', path);
  else {
    keepScroll();
    const from: EntryState = { from: window.location.pathname + window.location.search };
    window.history.pushState(from, '', path);
  }
  if (!stay) window.scrollTo(0, 0);
  notify();
}

/**
 * Changes the address's query in place (filters, year, page): no new history entry and no scroll, the
 * entry's remembered scroll kept.
 */
export function replaceSearch(search: string) {
  const query = search.startsWith('?') ? search.slice(1) : search;
  const address = query ? `${window.location.pathname}?${query}` : window.location.pathname;
  if (address === window.location.pathname + window.location.search) return;
  window.history.replaceState(window.history.state, '', address);
  notify();
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

/** The address's query (`?nam=2021&trang=2`), updated on navigation, Back and `replaceSearch`. */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, () => window.location.search);
}

/**
 * Goes to the list `parent` (a path): with Back when this entry was opened from it in the app, so the list
 * comes back with its filters, page and scroll; otherwise (an address opened directly) to the list itself,
 * with `keepQuery` under the record address's own list parameters (`/ton-tai/<id>?nam=2021` -> `/ton-tai?nam=2021`).
 */
export function goBackTo(parent: string, { keepQuery = false } = {}) {
  const from = entryState().from;
  if (from !== undefined && from.split('?')[0] === parent) window.history.back();
  else navigate(keepQuery ? parent + window.location.search : parent);
}

/** Click handler for `<a href>` that stays in the app but keeps new-tab clicks working. */
export function linkClick(href: string, options?: { replace?: boolean; stay?: boolean }) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    navigate(href, options);
  };
}

// The browser's own restoration runs before a list has rendered its rows; the app restores instead.
if (typeof window !== 'undefined' && 'scrollRestoration' in window.history) window.history.scrollRestoration = 'manual';

/**
 * On Back or Forward, scrolls to where the entry was left once the page is tall enough (a list renders
 * from the cache a moment after the address changes); gives up after two seconds or when the user
 * scrolls first.
 */
function restoreScrollOnPop() {
  const target = entryState().scrollY;
  if (!target) return;
  const started = performance.now();
  let userMoved = false;
  const stop = () => {
    userMoved = true;
  };
  window.addEventListener('wheel', stop, { once: true, passive: true });
  window.addEventListener('touchstart', stop, { once: true, passive: true });
  const step = () => {
    if (userMoved) return;
    const reachable = document.documentElement.scrollHeight - window.innerHeight >= target;
    if (reachable) {
      window.scrollTo(0, target);
      if (Math.abs(window.scrollY - target) < 2) return;
    }
    if (performance.now() - started < 2000) requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
}

if (typeof window !== 'undefined') window.addEventListener('popstate', restoreScrollOnPop);
