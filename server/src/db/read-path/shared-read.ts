import type { EntityManager } from '@mikro-orm/postgresql';

type Reads = Map<string, Promise<unknown>>;

const tickReads = new WeakMap<EntityManager, Reads>();
const keptReads = new WeakMap<EntityManager, Reads>();

/** The reads of `em` kept in `store`, made on first use. */
function readsOf(store: WeakMap<EntityManager, Reads>, em: EntityManager): Reads {
  let reads = store.get(em);
  if (!reads) {
    reads = new Map();
    store.set(em, reads);
  }
  return reads;
}

/**
 * One read shared by the resolvers of a request that ask for it in the same tick. The fields of one
 * object start resolving together, so a visit's `answers`, `attachments`, `templateVersion` and
 * `problems` (which needs all three) read each once instead of twice. Nothing is kept past the tick:
 * a read asked later in the same request (after a write, say the next mutation of a document) goes
 * to the database again. The value is shared, so callers must not change it.
 */
export function sharedRead<T>(em: EntityManager, key: string, read: () => Promise<T>): Promise<T> {
  const reads = readsOf(tickReads, em);
  const found = reads.get(key);
  if (found) return found as Promise<T>;
  if (reads.size === 0) setImmediate(() => reads.clear());
  const promise = read();
  reads.set(key, promise);
  return promise;
}

/**
 * One read kept for as long as `em` lives (one request, or one write's transaction), for a fact no
 * write of that request can change. A failed read (the database gone for a moment) is not kept.
 */
export function readOncePerEntityManager<T>(em: EntityManager, key: string, read: () => Promise<T>): Promise<T> {
  const reads = readsOf(keptReads, em);
  const found = reads.get(key);
  if (found) return found as Promise<T>;
  const promise = read();
  promise.catch(() => reads.delete(key));
  reads.set(key, promise);
  return promise;
}
