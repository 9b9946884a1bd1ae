import type { Outbox } from './outbox';

/**
 * The phone's outbox, opened once (outbox.ts). Its code is a chunk of its own, fetched right after the first
 * render (useOutboxReads opens the outbox on mount), so that the first screen does not wait for it (issue
 * 19). A write made before then waits for the code and the database in memory, as it waits for the
 * database alone once the code is in: it resolves only when stored, and throws when it could not be.
 */
export function sharedOutbox(): Promise<Outbox> {
  return import('./outbox').then((module) => module.sharedOutbox());
}
