import type { EntityManager } from '@mikro-orm/postgresql';

const readsByEntityManager = new WeakMap<EntityManager, Map<string, Promise<unknown>>>();

/**
 * One read shared by the resolvers of a request that ask for it in the same tick. The fields of one
 * object start resolving together, so a visit's `answers`, `attachments`, `templateVersion` and
 * `problems` (which needs all three) read each once instead of twice. Nothing is kept past the tick:
 * a read asked later in the same request (after a write, say the next mutation of a document) goes
 * to the database again. The value is shared, so callers must not change it.
 */
export function sharedRead<T>(em: EntityManager, key: string, read: () => Promise<T>): Promise<T> {
  let reads = readsByEntityManager.get(em);
  if (!reads) {
    reads = new Map();
    readsByEntityManager.set(em, reads);
  }
  const found = reads.get(key);
  if (found) return found as Promise<T>;
  if (reads.size === 0) {
    const tick = reads;
    setImmediate(() => tick.clear());
  }
  const promise = read();
  reads.set(key, promise);
  return promise;
}
