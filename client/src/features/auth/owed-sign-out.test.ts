import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  isSignOutOwed,
  markSignOutOwed,
  retryOwedSignOut,
  SIGN_OUT_OWED_KEY,
  settleOwedSignOut,
  signOutSettled,
} from './owed-sign-out';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  };
}

const answer = (status: number, body: unknown) => async () =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });

describe('signOutSettled', () => {
  it.each([
    { name: 'the server revoked it', status: 200, body: { data: { signOut: true } }, want: true },
    {
      name: 'the server no longer knows the session',
      status: 200,
      body: { errors: [{ message: 'Chưa đăng nhập', extensions: { code: 'UNAUTHENTICATED' } }] },
      want: true,
    },
    {
      name: 'server unavailable',
      status: 503,
      body: { errors: [{ extensions: { code: 'DATABASE_UNAVAILABLE' } }] },
      want: false,
    },
    { name: 'a proxy page, not the API', status: 502, body: null, want: false },
    { name: 'a 200 that is not a revocation', status: 200, body: { data: { signOut: false } }, want: false },
  ])('$name', ({ status, body, want }) => {
    expect(signOutSettled(status, body)).toBe(want);
  });
});

describe('settleOwedSignOut', () => {
  it('sends nothing when no sign-out is owed', async () => {
    const store = memoryStorage();
    let sent = 0;
    const settled = await settleOwedSignOut(async () => {
      sent++;
      return new Response('{}');
    }, store);
    expect([settled, sent]).toEqual([true, 0]);
  });

  it.each([
    {
      name: 'no network',
      fetcher: async (): Promise<Response> => Promise.reject(new TypeError('Failed to fetch')),
      owed: true,
    },
    { name: 'server unavailable', fetcher: answer(503, { errors: [{ extensions: { code: 'X' } }] }), owed: true },
    { name: 'not JSON', fetcher: answer(502, '<html>Bad gateway</html>'), owed: true },
    { name: 'revoked', fetcher: answer(200, { data: { signOut: true } }), owed: false },
  ])('$name: owed afterwards = $owed', async ({ fetcher, owed }) => {
    const store = memoryStorage();
    markSignOutOwed(store);
    expect(store.getItem(SIGN_OUT_OWED_KEY)).not.toBeNull();
    expect(await settleOwedSignOut(fetcher, store)).toBe(!owed);
    expect(isSignOutOwed(store)).toBe(owed);
  });

  it('sends the sign-out once for requests waiting together', async () => {
    const store = memoryStorage();
    markSignOutOwed(store);
    const bodies: string[] = [];
    const fetcher = async (_url: string, init: RequestInit) => {
      bodies.push(String(init.body));
      return new Response(JSON.stringify({ data: { signOut: true } }));
    };
    expect(await Promise.all([settleOwedSignOut(fetcher, store), settleOwedSignOut(fetcher, store)])).toEqual([
      true,
      true,
    ]);
    expect(bodies).toHaveLength(1);
    expect(JSON.parse(bodies[0] ?? '{}').query).toBe('mutation SignOut { signOut }');
  });

  it('gives up on a link that never answers, and the next try is sent again', async () => {
    const store = memoryStorage();
    markSignOutOwed(store);
    let sent = 0;
    const stalled = (_url: string, init: RequestInit) => {
      sent++;
      expect(init.signal).toBeInstanceOf(AbortSignal);
      return new Promise<Response>(() => undefined);
    };
    expect(await settleOwedSignOut(stalled, store, 20)).toBe(false);
    expect(await settleOwedSignOut(stalled, store, 20)).toBe(false);
    expect([sent, isSignOutOwed(store)]).toEqual([2, true]);
  });
});

describe('retryOwedSignOut', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A server reached only from the `reachableFrom`th try on; the times of the tries, in ms. */
  function server(reachableFrom: number) {
    const tries: number[] = [];
    let owed = true;
    const settle = async () => {
      tries.push(Date.now());
      if (tries.length < reachableFrom) return false;
      owed = false;
      return true;
    };
    return { tries, settle, owed: () => owed };
  }

  it('tries at once and again with backoff, with no event to say the link is back, until the server has it', async () => {
    vi.useFakeTimers({ now: 0 });
    const { tries, settle, owed } = server(6);
    retryOwedSignOut(settle, owed);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(tries).toEqual([0, 1000, 3000, 7000, 15_000, 30_000]);
    expect(owed()).toBe(false);
  });

  it('keeps trying at least every 15 seconds however long the link is down', async () => {
    vi.useFakeTimers({ now: 0 });
    const { tries, settle, owed } = server(Number.POSITIVE_INFINITY);
    const retry = retryOwedSignOut(settle, owed);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    const waits = tries.slice(1).map((at, i) => at - (tries[i] ?? 0));
    expect(Math.max(...waits)).toBe(15_000);
    expect(tries.length).toBeGreaterThan(40);
    retry.stop();
    const before = tries.length;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(tries).toHaveLength(before);
  });

  it('tries at once when told the network is back, the waits starting over', async () => {
    vi.useFakeTimers({ now: 0 });
    const { tries, settle, owed } = server(Number.POSITIVE_INFINITY);
    const retry = retryOwedSignOut(settle, owed);
    await vi.advanceTimersByTimeAsync(31_000);
    expect(tries).toEqual([0, 1000, 3000, 7000, 15_000, 30_000]);
    retry.now();
    await vi.advanceTimersByTimeAsync(1000);
    expect(tries.slice(6)).toEqual([31_000, 32_000]);
    retry.stop();
  });

  it('sends nothing when no sign-out is owed', async () => {
    vi.useFakeTimers({ now: 0 });
    let tries = 0;
    const retry = retryOwedSignOut(
      async () => {
        tries++;
        return false;
      },
      () => false,
    );
    retry.now();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(tries).toBe(0);
  });
});
