/**
 * The server's time as the phone learns it from the `Date` header of every answer. The phone's own clock
 * is not trusted (one a year behind dated a 2026 visit 2025-12-06): the times a field write carries
 * (a visit's start, an answer's edit) are the phone's clock corrected by the last known difference, and
 * the inspector is warned when the difference is large. The difference is kept in localStorage, so that
 * it is known offline after a reload. Order between devices is never taken from these times (the server's
 * order decides, see server/src/features/visits/answer-reconcile.ts).
 */
const KEY = 'kycuong.clockOffset';
/** Beyond this the inspector is told to fix the phone's clock. */
export const FAR_MS = 5 * 60 * 1000;

/**
 * Server time minus phone time, from one answer: the server wrote `Date` (whole seconds) somewhere
 * between sending and receiving; the middle of the two is taken. Null when the header is missing or bad.
 */
export function offsetFromAnswer(dateHeader: string | null, sentAt: number, receivedAt: number): number | null {
  if (!dateHeader) return null;
  const server = Date.parse(dateHeader);
  if (Number.isNaN(server)) return null;
  // The header drops the milliseconds: the server's time is up to a second after it.
  return server + 500 - (sentAt + receivedAt) / 2;
}

export type ClockSkew = { direction: 'behind' | 'ahead'; unit: 'days' | 'hours' | 'minutes'; amount: number } | null;

/** How far the phone's clock is from the server's, in the largest whole unit; null when close enough. */
export function describeSkew(offset: number | null): ClockSkew {
  if (offset === null || Math.abs(offset) < FAR_MS) return null;
  const direction = offset > 0 ? 'behind' : 'ahead';
  const ms = Math.abs(offset);
  const day = 24 * 3600 * 1000;
  if (ms >= day) return { direction, unit: 'days', amount: Math.round(ms / day) };
  if (ms >= 3600 * 1000) return { direction, unit: 'hours', amount: Math.round(ms / (3600 * 1000)) };
  return { direction, unit: 'minutes', amount: Math.round(ms / 60_000) };
}

let offset: number | null = readSaved();
const listeners = new Set<() => void>();

function readSaved(): number | null {
  try {
    const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(KEY);
    const value = saved === null ? Number.NaN : Number(saved);
    return Number.isFinite(value) ? value : null;
  } catch {
    return null;
  }
}

/** The last known difference (server minus phone, ms), or null before any answer was seen. */
export function clockOffset(): number | null {
  return offset;
}

/** Records what one answer says; a change of less than 2 s is noise and is not stored. */
export function noteServerDate(dateHeader: string | null, sentAt: number, receivedAt: number): void {
  const next = offsetFromAnswer(dateHeader, sentAt, receivedAt);
  if (next === null || (offset !== null && Math.abs(next - offset) < 2000)) return;
  offset = next;
  try {
    localStorage.setItem(KEY, String(Math.round(next)));
  } catch {
    // Storage blocked: still used for this page.
  }
  for (const listener of listeners) listener();
}

export function subscribeClock(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Now, by the server's clock as far as the phone knows it (the phone's clock when it knows nothing). */
export function serverNow(): Date {
  return new Date(Date.now() + (offset ?? 0));
}

/** A fetch that notes the server's time from every answer (for Apollo's HttpLink). */
export const clockNotingFetch: typeof fetch = async (input, init) => {
  const sentAt = Date.now();
  const response = await fetch(input, init);
  noteServerDate(response.headers.get('date'), sentAt, Date.now());
  return response;
};
