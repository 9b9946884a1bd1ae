import type { NormalizedCacheObject } from '@apollo/client';
import type { ErrorCode } from '../apollo/generated/schema-types';

/**
 * The first thing the page runs, as a small script of its own (client/build/early-start.ts puts it in
 * index.html before the app's bundle): it starts what the first screen waits for, so that it overlaps
 * the download of React and Apollo instead of following it. On a slow phone network that download is
 * the bulk of a cold load.
 *
 * - the saved Apollo cache is read from IndexedDB (apollo/persist.ts restores it before the first render);
 * - the server is asked who is signed in and, on a visit's address, for that visit, with exactly the
 *   query text Apollo would send (apollo/early-link.ts hands the answer to the first matching query);
 * - the visit screen's code is preloaded on a visit's address (the list is in index.html);
 * - on a visit's address, the Vietnamese number format is made once while the page waits for the
 *   network: the first Intl.NumberFormat of a page loads the locale's data, ~60 ms of CPU (a quarter of
 *   a second on a slow phone) that would otherwise land in the middle of drawing the checklist.
 *
 * It imports nothing and nothing imports it: anything it shared with the app would end up in a chunk
 * it waits for, or pull the app's shared code into its own. It leaves what it started in
 * `window.kycuongEarly`; the IndexedDB names and the visit address are repeated from apollo/persist.ts
 * and App.tsx (boot.test.ts checks they agree).
 */

export const DB_NAME = 'kycuong';
/** The API's code for a session it does not know (typed: a type import adds nothing to this script). */
const UNAUTHENTICATED: ErrorCode = 'UNAUTHENTICATED';
export const CACHE_STORE = 'apollo-cache';
export const LAST_USER = 'lastUser';
export const cacheKey = (userId: string) => `root:${userId}`;

/** The phone's last user and their saved cache, as IndexedDB held them when the page started. */
export interface SavedCache {
  owner: string;
  snapshot: NormalizedCacheObject | undefined;
}

/** An answer fetched early, for one operation with these variables and this exact query text. */
export interface EarlyAnswer {
  operationName: string;
  variables: Record<string, unknown>;
  query: string;
  /** The answer's `data`; null when the request failed or the answer had errors (the app asks again). */
  result: Promise<Record<string, unknown> | null>;
  /** The answer once it has arrived, for the first render. */
  settled?: Record<string, unknown> | null;
}

export const VISIT_PATH = /^\/cuoc-kiem-tra\/([^/]+)$/;

/** A sign-out made offline and not yet sent (features/auth/owed-sign-out.ts, which this repeats). */
export const SIGN_OUT_OWED_KEY = 'kycuong.signOutOwed';
export const SIGN_OUT_QUERY = 'mutation SignOut { signOut }';

const graphqlHeaders = {
  'content-type': 'application/json',
  accept: 'application/graphql-response+json,application/json',
};

function signOutOwed(): boolean {
  try {
    return !!localStorage.getItem(SIGN_OUT_OWED_KEY);
  } catch {
    return false;
  }
}

/**
 * Sends the owed sign-out before anything else goes out with that session; true once the server revoked
 * it (or no longer knows it). Until then the early requests are not sent: the app asks again itself.
 */
async function settleSignOut(): Promise<boolean> {
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: graphqlHeaders,
      body: JSON.stringify({ operationName: 'SignOut', variables: {}, query: SIGN_OUT_QUERY }),
    });
    const body = (await response.json()) as {
      data?: { signOut?: unknown } | null;
      errors?: { extensions?: { code?: unknown } }[];
    };
    const settled =
      (response.status === 200 && body.data?.signOut === true) ||
      !!body.errors?.some((error) => error.extensions?.code === UNAUTHENTICATED);
    if (settled) localStorage.removeItem(SIGN_OUT_OWED_KEY);
    return settled;
  } catch {
    return false;
  }
}

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(CACHE_STORE)) request.result.createObjectStore(CACHE_STORE);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function read<T>(store: IDBObjectStore, key: string): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const request = store.get(key);
    request.onsuccess = () => resolve(request.result as T | undefined);
    request.onerror = () => reject(request.error);
  });
}

async function readSavedCache(): Promise<SavedCache | null> {
  if (typeof indexedDB === 'undefined') return null;
  const db = await openDatabase();
  try {
    const store = db.transaction(CACHE_STORE, 'readonly').objectStore(CACHE_STORE);
    const owner = await read<string>(store, LAST_USER);
    if (!owner) return null;
    return { owner, snapshot: await read<NormalizedCacheObject>(store, cacheKey(owner)) };
  } finally {
    db.close();
  }
}

function ask(
  operationName: string,
  query: string,
  variables: Record<string, unknown>,
  /** Resolves true when the request may go (no sign-out owed). */
  cleared: Promise<boolean>,
): EarlyAnswer {
  const result = cleared
    .then((go) => {
      if (!go) throw new Error('a sign-out is owed');
      return fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: graphqlHeaders,
        body: JSON.stringify({ operationName, variables, query }),
      });
    })
    .then(async (response) => {
      if (!response.ok) return null;
      const body = (await response.json()) as { data?: Record<string, unknown> | null; errors?: unknown[] };
      return body.errors?.length || !body.data ? null : body.data;
    })
    .catch(() => null);
  const answer: EarlyAnswer = { operationName, variables, query, result };
  void result.then((data) => {
    answer.settled = data;
  });
  return answer;
}

/** The visit id of a visit's address, or null (also for an address that does not decode). */
function visitIdOf(path: string): string | null {
  const encoded = VISIT_PATH.exec(path)?.[1];
  if (!encoded) return null;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

/** Adds `<link rel=modulepreload>` (or a style preload) for the code of the screen at `path`. */
function preloadScreen(path: string) {
  const list = document.getElementById('kycuong-route-modules')?.textContent;
  if (!list) return;
  try {
    const routes = JSON.parse(list) as Record<string, string[]>;
    for (const [prefix, files] of Object.entries(routes)) {
      if (!path.startsWith(prefix)) continue;
      for (const file of files) {
        const link = document.createElement('link');
        link.rel = file.endsWith('.css') ? 'preload' : 'modulepreload';
        if (file.endsWith('.css')) link.as = 'style';
        link.crossOrigin = ''; // as Vite's own preloads and module scripts: the same request, fetched once
        link.href = file;
        document.head.append(link);
      }
    }
  } catch {
    // A malformed list only costs the preload.
  }
}

export interface EarlyStart {
  saved: Promise<SavedCache | null>;
  answers: EarlyAnswer[];
}

function start(): EarlyStart {
  // The requests first: they wait on the network, the rest is work for this (slow) CPU meanwhile.
  const answers: EarlyAnswer[] = [];
  const path = typeof location === 'undefined' ? null : location.pathname.replace(/\/+$/, '') || '/';
  const visitId = path === null ? null : visitIdOf(path);
  const cleared = signOutOwed() ? settleSignOut() : Promise.resolve(true);
  if (path !== null) answers.push(ask('Me', __KYCUONG_EARLY_QUERIES__.Me, {}, cleared));
  if (visitId !== null) answers.push(ask('FieldVisit', __KYCUONG_EARLY_QUERIES__.FieldVisit, { id: visitId }, cleared));
  const saved = readSavedCache().catch((error: unknown) => {
    console.warn('Could not read the offline cache', error);
    return null;
  });
  if (path !== null && visitId !== null) {
    preloadScreen(path);
    // Now, while the app's code is still on its way (it takes far longer than this).
    new Intl.NumberFormat('vi-VN').format(1.5);
  }
  return { saved, answers };
}

declare global {
  interface Window {
    /** What boot.ts started; absent when it did not run (the app then starts without it). */
    kycuongEarly?: EarlyStart;
  }
}

if (typeof window !== 'undefined' && typeof document !== 'undefined') window.kycuongEarly = start();
