/**
 * Unicode bidirectional controls (LRM, RLM, ALM, the embeddings and overrides U+202A-U+202E, the
 * isolates U+2066-U+2069). No Vietnamese text needs them, and U+202E (RIGHT-TO-LEFT OVERRIDE) makes
 * "gpj.exe" look like "exe.jpg" or shows a number or a name reversed in an official document.
 * Dropped from every client input (graphql/input-text.ts) and from every document as it is rendered.
 */
export const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export const withoutBidiControls = (text: string): string => text.replace(BIDI_CONTROLS, '');

/** A copy of plain data (objects, arrays) with every string freed of bidi controls; other values (bytes, dates) as they are. */
export function withoutBidiControlsDeep<T>(value: T): T {
  if (typeof value === 'string') return withoutBidiControls(value) as T;
  if (Array.isArray(value)) return value.map((item) => withoutBidiControlsDeep(item)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, withoutBidiControlsDeep(item)]),
    ) as T;
  }
  return value;
}
