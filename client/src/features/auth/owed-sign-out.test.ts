import { describe, expect, it } from 'vitest';
import { isSignOutOwed, markSignOutOwed, SIGN_OUT_OWED_KEY, settleOwedSignOut, signOutSettled } from './owed-sign-out';

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
});
