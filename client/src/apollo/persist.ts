import type { InMemoryCache, NormalizedCacheObject } from '@apollo/client';

/**
 * Keeps the Apollo cache in IndexedDB so that a reload without network shows the last data.
 * apollo3-cache-persist targets Apollo Client 3, hence this small persister.
 */
const DB_NAME = 'kycuong';
const STORE = 'apollo-cache';
const KEY = 'root';
const WRITE_DELAY_MS = 500;

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function withStore<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDatabase();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = run(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

let pendingWrite: ReturnType<typeof setTimeout> | undefined;
let paused = false;

/** Loads the saved cache into `cache`; call before the first render. Never throws: no storage means no offline data. */
export async function restoreCache(cache: InMemoryCache): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  try {
    const saved = await withStore<NormalizedCacheObject | undefined>('readonly', (store) => store.get(KEY));
    if (saved) cache.restore(saved);
  } catch (error) {
    console.warn('Could not restore the offline cache', error);
  }
}

/** Saves the cache ~500 ms after the last write, by wrapping the cache's write methods. */
export function persistCache(cache: InMemoryCache): void {
  if (typeof indexedDB === 'undefined') return;
  const schedule = () => {
    if (paused) return;
    clearTimeout(pendingWrite);
    pendingWrite = setTimeout(() => {
      const snapshot = cache.extract();
      withStore('readwrite', (store) => store.put(snapshot, KEY)).catch((error) =>
        console.warn('Could not save the offline cache', error),
      );
    }, WRITE_DELAY_MS);
  };
  for (const method of ['write', 'modify', 'evict'] as const) {
    const original = cache[method].bind(cache) as (...args: unknown[]) => unknown;
    (cache as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
      const result = original(...args);
      schedule();
      return result;
    };
  }
}

/** Forgets the saved cache (sign-out): nothing of the previous user stays on the phone. */
export async function clearPersistedCache(): Promise<void> {
  clearTimeout(pendingWrite);
  if (typeof indexedDB === 'undefined') return;
  paused = true;
  try {
    await withStore('readwrite', (store) => store.delete(KEY));
  } catch (error) {
    console.warn('Could not clear the offline cache', error);
  } finally {
    paused = false;
  }
}
