import { hasErrorCode } from '../../apollo/error-codes';

/**
 * A sign-out the server has not heard of yet. Signing out on a shared phone without network forgets the
 * session on the phone at once, but the session cookie is still valid on the server: the moment the
 * network came back, the next request would find the previous inspector signed in again. So the phone
 * remembers that a sign-out is owed (in localStorage: durable, and readable synchronously by boot.ts
 * before its first request), and nothing else goes to the server until the server has revoked that
 * session. boot.ts repeats the key and the request (it imports nothing; boot.test.ts checks they agree).
 */
import { REQUEST_DEADLINE_MS, withDeadline } from '../../offline/deadline';

export const SIGN_OUT_OWED_KEY = 'kycuong.signOutOwed';
export const SIGN_OUT_REQUEST = { operationName: 'SignOut', query: 'mutation SignOut { signOut }', variables: {} };

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;
type Fetch = (url: string, init: RequestInit) => Promise<Response>;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function markSignOutOwed(store: Storage | null = storage()): void {
  store?.setItem(SIGN_OUT_OWED_KEY, new Date().toISOString());
}

export function isSignOutOwed(store: Storage | null = storage()): boolean {
  return !!store?.getItem(SIGN_OUT_OWED_KEY);
}

/**
 * Whether the server's answer to the sign-out means the session is gone: it said so, or it no longer
 * knows the session. Anything else (no network, a proxy's page, 503) leaves the sign-out owed.
 */
export function signOutSettled(status: number, body: unknown): boolean {
  if (!body || typeof body !== 'object') return false;
  const { data } = body as { data?: { signOut?: unknown } | null };
  if (status === 200 && data?.signOut === true) return true;
  return hasErrorCode(body, 'UNAUTHENTICATED');
}

let settling: Promise<boolean> | null = null;

/**
 * Sends the owed sign-out (once at a time, whoever asks); true when nothing is owed any more. Never throws.
 * Abandoned after `deadlineMs`: on a link that accepts connections and delivers nothing, a try that never
 * ends would hold back every later try and every request waiting behind the sign-out.
 */
export function settleOwedSignOut(
  fetcher: Fetch = (url, init) => fetch(url, init),
  store: Storage | null = storage(),
  deadlineMs = REQUEST_DEADLINE_MS,
): Promise<boolean> {
  if (!isSignOutOwed(store)) return Promise.resolve(true);
  settling ??= (async () => {
    try {
      const { status, body } = await withDeadline(deadlineMs, async (signal) => {
        const response = await fetcher('/graphql', {
          method: 'POST',
          credentials: 'same-origin',
          headers: {
            'content-type': 'application/json',
            accept: 'application/graphql-response+json,application/json',
          },
          body: JSON.stringify(SIGN_OUT_REQUEST),
          signal,
        });
        return { status: response.status, body: (await response.json().catch(() => null)) as unknown };
      });
      if (!signOutSettled(status, body)) return false;
      store?.removeItem(SIGN_OUT_OWED_KEY);
      return true;
    } catch {
      return false;
    } finally {
      settling = null;
    }
  })();
  return settling;
}

/** Waits between tries of an owed sign-out, doubling from the first to the last. */
export const SIGN_OUT_RETRY_FIRST_MS = 1000;
export const SIGN_OUT_RETRY_MAX_MS = 15_000;

export interface OwedSignOutRetry {
  /** Tries at once (the network came back, the page came to the front), the waits starting over. */
  now(): void;
  stop(): void;
}

/**
 * Tries the owed sign-out until the server has it: at once, then again and again with backoff. Waiting
 * for the browser's `online` event is not enough: a link that refused connections and comes back raises
 * no event (the browser believed it was online all along), and a signed-out inspector's session must not
 * stay alive on the server until somebody next uses the phone.
 */
export function retryOwedSignOut(
  settle: () => Promise<boolean> = () => settleOwedSignOut(),
  owed: () => boolean = () => isSignOutOwed(),
): OwedSignOutRetry {
  let stopped = false;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const attempt = async () => {
    clearTimeout(timer);
    if (stopped || !owed()) return;
    const settled = await settle();
    if (stopped || settled) return;
    failures += 1;
    clearTimeout(timer);
    timer = setTimeout(
      () => void attempt(),
      Math.min(SIGN_OUT_RETRY_MAX_MS, SIGN_OUT_RETRY_FIRST_MS * 2 ** (failures - 1)),
    );
  };
  void attempt();
  return {
    now() {
      failures = 0;
      void attempt();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

/** The same request failure a fetch without network gives, for writes held back by an owed sign-out. */
export class SignOutOwedError extends TypeError {
  constructor() {
    super('Failed to fetch: a sign-out is owed to the server');
  }
}

/** Runs `send` only once no sign-out is owed; otherwise fails as if there were no network. */
export async function afterOwedSignOut<T>(send: () => Promise<T>): Promise<T> {
  if (!(await settleOwedSignOut())) throw new SignOutOwedError();
  return send();
}
