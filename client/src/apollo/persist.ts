import type { ApolloClient, InMemoryCache, NormalizedCacheObject } from '@apollo/client';
import type { SavedCache } from '../early-start/boot';

/**
 * Keeps the Apollo cache in IndexedDB so that a reload without network shows the last data, one copy
 * per user (`root:<userId>`), so that what one person downloaded is never shown to another on the same
 * phone. At start the copy of the phone's last user is loaded; a different user signing in starts empty.
 * apollo3-cache-persist targets Apollo Client 3, hence this small persister. The start copy is read by
 * boot.ts while the app's code is still downloading (the names below are repeated there).
 */
export const DB_NAME = 'kycuong';
export const STORE = 'apollo-cache';
export const LAST_USER = 'lastUser';
const WRITE_DELAY_MS = 500;

export const keyOf = (userId: string) => `root:${userId}`;

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
/** Whose data the in-memory cache holds; saving goes under this user's key only. */
let owner: string | null = null;

/** The phone's last user, whose data the cache holds, even after their session ended. */
export function cacheOwner(): string | null {
  return owner;
}

/** The last user's saved copy, read here when boot.ts did not run. */
async function readSavedCache(): Promise<SavedCache | null> {
  if (typeof indexedDB === 'undefined') return null;
  const last = await withStore<string | undefined>('readonly', (store) => store.get(LAST_USER));
  if (!last) return null;
  const snapshot = await withStore<NormalizedCacheObject | undefined>('readonly', (store) => store.get(keyOf(last)));
  return { owner: last, snapshot };
}

/** Loads the last user's saved cache into `cache`; call before the first render. Never throws. */
export async function restoreCache(cache: InMemoryCache): Promise<void> {
  try {
    const early = typeof window === 'undefined' ? undefined : window.kycuongEarly;
    const saved = await (early?.saved ?? readSavedCache());
    if (!saved) return;
    owner = saved.owner;
    if (saved.snapshot) cache.restore(saved.snapshot);
  } catch (error) {
    console.warn('Could not restore the offline cache', error);
  }
}

async function saveNow(cache: InMemoryCache): Promise<void> {
  clearTimeout(pendingWrite);
  pendingWrite = undefined;
  const user = owner;
  if (paused || !user || typeof indexedDB === 'undefined') return;
  const snapshot = cache.extract();
  await withStore('readwrite', (store) => store.put(snapshot, keyOf(user)));
}

/**
 * At most one save per 500 ms, and never postponed by later writes: a stream of small writes (a
 * list refreshing, a sync run) must not keep the last download from reaching IndexedDB.
 */
function saveSoon(cache: InMemoryCache) {
  if (paused || !owner || typeof indexedDB === 'undefined' || pendingWrite !== undefined) return;
  pendingWrite = setTimeout(() => {
    saveNow(cache).catch((error) => console.warn('Could not save the offline cache', error));
  }, WRITE_DELAY_MS);
}

let persisted: InMemoryCache | null = null;

/** Saves the cache at once (after taking a visit offline, when the app goes to the background). */
export async function flushCache(): Promise<void> {
  if (persisted) await saveNow(persisted);
}

/** Saves the cache within ~500 ms of a write, by wrapping the cache's write methods. */
export function persistCache(cache: InMemoryCache): void {
  if (typeof indexedDB === 'undefined') return;
  persisted = cache;
  // A phone may kill a backgrounded app without warning: save when it leaves the screen.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushCache().catch(() => undefined);
  });
  for (const method of ['write', 'modify', 'evict'] as const) {
    const original = cache[method].bind(cache) as (...args: unknown[]) => unknown;
    (cache as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
      const result = original(...args);
      saveSoon(cache);
      return result;
    };
  }
}

/** The service worker's cache of visit photos and signatures (vite.config.ts, public/sw-sign-out.js). */
export const FILES_CACHE = 'kycuong-files';

/**
 * Makes `userId` the owner of the cache, before their data is written into it: if the cache holds
 * another person's data, it is emptied first and the new user's own saved copy (if any) loaded.
 */
export async function adoptUser(client: ApolloClient, userId: string): Promise<void> {
  if (owner === userId) return;
  clearTimeout(pendingWrite);
  pendingWrite = undefined;
  paused = true;
  try {
    // The cache alone, not `clearStore()`: that also resets the watched queries, and the `me` query then
    // ignored the new user written just after (a session the server ended, then someone else signing in).
    if (owner !== null) await client.cache.reset();
    owner = userId;
    if (typeof indexedDB === 'undefined') return;
    const saved = await withStore<NormalizedCacheObject | undefined>('readonly', (store) => store.get(keyOf(userId)));
    if (saved) client.cache.restore(saved);
    const last = await withStore<string | undefined>('readonly', (store) => store.get(LAST_USER));
    // Another person than the last on this phone, whose session ended without a sign-out (expired or
    // revoked): the photos the worker kept for the last person's offline visits go, as a sign-out does.
    if (last !== undefined && last !== userId && typeof caches !== 'undefined') await caches.delete(FILES_CACHE);
    await withStore('readwrite', (store) => store.put(userId, LAST_USER));
  } catch (error) {
    console.warn('Could not switch the offline cache', error);
  } finally {
    paused = false;
  }
}

/**
 * Sign-out: the phone no longer starts on this user's data. Their saved copy is deleted, unless they
 * still have unsent changes (`keepSaved`): then it stays, under their id only, to show that work again
 * when they sign back in, even offline.
 */
export async function forgetUser(userId: string, { keepSaved }: { keepSaved: boolean }): Promise<void> {
  clearTimeout(pendingWrite);
  pendingWrite = undefined;
  paused = true;
  if (typeof indexedDB === 'undefined') return;
  try {
    const last = await withStore<string | undefined>('readonly', (store) => store.get(LAST_USER));
    if (last === userId) await withStore('readwrite', (store) => store.delete(LAST_USER));
    if (!keepSaved) await withStore('readwrite', (store) => store.delete(keyOf(userId)));
  } catch (error) {
    console.warn('Could not clear the offline cache', error);
  }
}
