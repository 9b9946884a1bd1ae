import { loadCatalogue } from '../../i18n/messages';

/**
 * A part of the visit screen in a chunk of its own, with the messages of such parts (vi/visit-parts.ts):
 * both are fetched at once, so the part waits for no further round trip, and the first render's
 * catalogue (vi/visit.ts) does not carry the parts' wording.
 */
export function loadPart<T>(load: () => Promise<T>): Promise<T> {
  return Promise.all([load(), loadCatalogue('visitParts')]).then(([part]) => part);
}
