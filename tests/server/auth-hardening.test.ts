import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../server/src/app.js';
import { DEMO_PASSWORD } from '../../server/src/db/seeders/demo-data.js';
import { GraphQLCaller, SIGN_IN, startTestApp, type TestApp } from '../helpers/test-app.js';
import { TEST_SERVER_URL } from '../helpers/test-database.js';

/** A sign-in from a given client address (the app trusts X-Forwarded-For, as behind a proxy). */
async function signIn(url: string, username: string, password: string, address = '10.0.0.1') {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query: SIGN_IN, variables: { input: { username, password } } }),
  });
  const body = (await res.json()) as { errors?: { message: string; extensions: Record<string, unknown> }[] };
  return {
    status: res.status,
    code: (body.errors?.[0]?.extensions.code as string | undefined) ?? null,
    error: body.errors?.[0] ?? null,
    retryAfter: res.headers.get('retry-after'),
  };
}

const USERS = '{ users { id username } }';
const SET_ACTIVE = 'mutation ($input: SetUserActiveInput!) { setUserActive(input: $input) { id active } }';
const CREATE = 'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }';

let t: TestApp;
/** A second server on the same database, as when the app is scaled out behind a load balancer. */
let second: App;
let secondUrl: string;
beforeAll(async () => {
  t = await startTestApp({
    TRUST_PROXY: 'true',
    SIGN_IN_MAX_FAILURES: '3',
    SIGN_IN_MAX_FAILURES_PER_ADDRESS: '4',
    SIGN_IN_LOCK_MINUTES: '10',
    SIGN_IN_ACCOUNT_SLOWDOWN_AFTER: '4',
    SIGN_IN_ACCOUNT_SLOWDOWN_SECONDS: '600',
  });
  second = await createApp(t.config, { database: t.app.database });
  secondUrl = await second.listen(0, '127.0.0.1');
});
afterAll(async () => {
  await second?.close();
  await t?.close();
});

describe('sign-in throttling, kept in PostgreSQL', () => {
  it("a stranger's failures lock only the stranger's address out of the account, never the owner signing in elsewhere", async () => {
    // failures spread over both servers: the (account, address) count is one
    expect((await signIn(t.url, 'thutruong', 'sai-mat-khau-1', '10.0.1.1')).code).toBe('INVALID_CREDENTIALS');
    expect((await signIn(secondUrl, 'thutruong', 'sai-mat-khau-1', '10.0.1.1')).code).toBe('INVALID_CREDENTIALS');
    expect((await signIn(t.url, 'thutruong', 'sai-mat-khau-1', '10.0.1.1')).code).toBe('INVALID_CREDENTIALS');

    const locked = await signIn(secondUrl, 'thutruong', DEMO_PASSWORD, '10.0.1.1');
    expect(locked.code).toBe('SIGN_IN_THROTTLED');
    expect(locked.error?.message).toBe('Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 10 phút.');
    expect(Number(locked.retryAfter)).toBeGreaterThan(9 * 60);
    expect(Number(locked.retryAfter)).toBeLessThanOrEqual(10 * 60);
    expect(locked.error?.extensions.retryAfterSeconds).toBe(Number(locked.retryAfter));
    expect((await signIn(t.url, 'thutruong', DEMO_PASSWORD, '10.0.1.1')).code).toBe('SIGN_IN_THROTTLED');

    // The owner, from an address with no failures, signs in with the right password on either server.
    expect((await signIn(t.url, 'thutruong', DEMO_PASSWORD, '10.0.1.2')).code).toBeNull();
    expect((await signIn(secondUrl, 'thutruong', DEMO_PASSWORD, '10.0.1.3')).code).toBeNull();

    const rows = await t.sql<{ key: string }>(`select key from sign_in_throttle where locked_until > now()`);
    expect(rows.map((r) => r.key)).toContain('pair:thutruong|10.0.1.1');
    expect(rows.map((r) => r.key).filter((k) => k.includes('thutruong'))).toEqual(['pair:thutruong|10.0.1.1']);
  });

  it('locks an address that tries many accounts, without locking those accounts elsewhere', async () => {
    for (const username of ['khong-co-1', 'khong-co-2', 'khong-co-3', 'khong-co-4']) {
      expect((await signIn(t.url, username, 'sai-mat-khau-1', '10.0.2.1')).code).toBe('INVALID_CREDENTIALS');
    }
    const fromThere = await signIn(secondUrl, 'lanhdao', DEMO_PASSWORD, '10.0.2.1');
    expect(fromThere.code).toBe('SIGN_IN_THROTTLED');
    expect(fromThere.retryAfter).not.toBeNull();
    // A forged X-Forwarded-For entry does not help: only the address the proxy saw counts.
    expect((await signIn(t.url, 'lanhdao', DEMO_PASSWORD, '203.0.113.9, 10.0.2.1')).code).toBe('SIGN_IN_THROTTLED');
    expect((await signIn(t.url, 'lanhdao', DEMO_PASSWORD, '10.0.2.2')).code).toBeNull();
  });

  it('successful sign-ins do not use up an address (an office behind one address)', async () => {
    for (let i = 0; i < 6; i++) {
      expect((await signIn(i % 2 ? t.url : secondUrl, 'vanphong', DEMO_PASSWORD, '10.0.3.1')).code).toBeNull();
    }
  });

  it('guesses from many addresses slow the account down for unknown addresses; its known addresses still get in', async () => {
    // The owner signed in from 10.0.6.1 before the attack: that address is known for the account.
    expect((await signIn(t.url, 'lanhdao', DEMO_PASSWORD, '10.0.6.1')).code).toBeNull();
    const codes: (string | null)[] = [];
    for (let i = 10; i < 18; i++) {
      const res = await signIn(i % 2 ? t.url : secondUrl, 'lanhdao', 'sai-mat-khau-1', `10.0.6.${i}`);
      codes.push(res.code);
      if (res.code === 'SIGN_IN_THROTTLED') {
        expect(res.error?.message).toMatch(
          /^Tài khoản này vừa bị thử mật khẩu sai nhiều lần .* thử lại sau \d+ giây\.$/,
        );
        expect(Number(res.retryAfter)).toBeGreaterThan(0);
        expect(Number(res.retryAfter)).toBeLessThanOrEqual(600);
      }
    }
    // SIGN_IN_ACCOUNT_SLOWDOWN_AFTER=4: four guesses checked, then one per turn (600 s here).
    expect(codes).toEqual([...Array(4).fill('INVALID_CREDENTIALS'), ...Array(4).fill('SIGN_IN_THROTTLED')]);
    // Refused turns are not charged to the addresses: none of them is locked.
    const locks = await t.sql<{ n: string }>(
      `select count(*) as n from sign_in_throttle where key like 'addr:10.0.6.%' and locked_until > now()`,
    );
    expect(Number(locks[0]?.n)).toBe(0);

    // The owner's known address skips the slowdown, on both servers.
    expect((await signIn(secondUrl, 'lanhdao', DEMO_PASSWORD, '10.0.6.1')).code).toBeNull();
    expect((await signIn(t.url, 'lanhdao', DEMO_PASSWORD, '10.0.6.1')).code).toBeNull();
    // A new address waits its turn, even with the right password (the password is not checked early).
    expect((await signIn(t.url, 'lanhdao', DEMO_PASSWORD, '10.0.6.30')).code).toBe('SIGN_IN_THROTTLED');

    // When the turn comes, one more guess is checked, and the next waits again.
    await t.sql(`update sign_in_throttle set locked_until = now() - interval '1 second' where key = 'acct:lanhdao'`);
    expect((await signIn(t.url, 'lanhdao', 'sai-mat-khau-1', '10.0.6.40')).code).toBe('INVALID_CREDENTIALS');
    expect((await signIn(t.url, 'lanhdao', 'sai-mat-khau-1', '10.0.6.41')).code).toBe('SIGN_IN_THROTTLED');
    await t.sql(`update sign_in_throttle set locked_until = now() - interval '1 second' where key = 'acct:lanhdao'`);
    expect((await signIn(secondUrl, 'lanhdao', DEMO_PASSWORD, '10.0.6.30')).code).toBeNull();
  });

  it('counts parallel guesses before checking them, so a burst cannot pass a limit', async () => {
    const fromOne = await Promise.all(
      Array.from({ length: 8 }, (_, i) => signIn(i % 2 ? t.url : secondUrl, 'kiemtra2', 'sai-mat-khau-1', '10.0.4.1')),
    );
    const fromMany = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        signIn(i % 2 ? t.url : secondUrl, 'khong-co-5', 'sai-mat-khau-1', `10.0.5.${i + 1}`),
      ),
    );
    for (const [results, limit] of [
      [fromOne, 3],
      [fromMany, 4],
    ] as const) {
      const codes = results.map((r) => r.code);
      // Never more wrong guesses checked than the limit allows, however many arrive at once.
      expect(codes.filter((c) => c === 'INVALID_CREDENTIALS').length).toBeLessThanOrEqual(limit);
      if (TEST_SERVER_URL) {
        expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(limit);
        expect(codes.filter((c) => c === 'SIGN_IN_THROTTLED')).toHaveLength(8 - limit);
      } else {
        // The embedded PGlite serves two connections per instance here: part of a burst of 8 waits past
        // the pool's acquire timeout and gets the retryable 503, never a checked guess over the limit.
        for (const c of codes)
          expect(['INVALID_CREDENTIALS', 'SIGN_IN_THROTTLED', 'DATABASE_UNAVAILABLE']).toContain(c);
      }
    }
  });
});

describe('sessions and passwords', () => {
  it('deactivating an account revokes all its sessions on every server', async () => {
    const admin = await new GraphQLCaller(t.url).signIn('admin');
    const phone = await new GraphQLCaller(t.url).signIn('kiemtra');
    const laptop = await new GraphQLCaller(secondUrl).signIn('kiemtra');
    const users = await admin.request<{ users: { id: string; username: string }[] }>(USERS);
    const userId = users.data?.users.find((u) => u.username === 'kiemtra')?.id;
    expect((await admin.request(SET_ACTIVE, { input: { userId, active: false } })).errors).toBeUndefined();
    expect(await phone.code('{ units { id } }')).toBe('UNAUTHENTICATED');
    expect(await laptop.code('{ units { id } }')).toBe('UNAUTHENTICATED');
    const open = await t.sql<{ n: string }>(
      'select count(*) as n from user_session where user_id = ? and revoked_at is null',
      [userId],
    );
    expect(Number(open[0]?.n)).toBe(0);
    // reactivating does not bring the old sessions back
    await admin.request(SET_ACTIVE, { input: { userId, active: true } });
    expect(await laptop.code('{ units { id } }')).toBe('UNAUTHENTICATED');
  });

  it('refuses a weak first password with WEAK_PASSWORD and a Vietnamese reason', async () => {
    const admin = await new GraphQLCaller(t.url).signIn('admin');
    const create = (password: string) =>
      admin.request(CREATE, {
        input: { username: 'moi.nguoi', fullName: 'Người Mới', role: 'INSPECTOR', password },
      });
    const weak = await create('Matkhau@2026');
    expect(weak.errors?.[0]?.extensions?.code).toBe('WEAK_PASSWORD');
    expect(weak.errors?.[0]?.message).toMatch(/dễ đoán/);
    expect((await create('ngan1')).errors?.[0]?.message).toBe('Mật khẩu phải có từ 10 đến 128 ký tự.');
    // issue 13: these passed the old rules; the administrator's temporary password meets the same policy
    for (const password of ['1234567890a', 'Nguoi-Moi-2026', 'LangSon@2026!']) {
      const res = await create(password);
      expect(res.errors?.[0]?.extensions?.code, password).toBe('WEAK_PASSWORD');
      expect(res.errors?.[0]?.message, password).toMatch(/^Mật khẩu quá dễ đoán\./);
    }
    expect((await create('Rau muống 2026')).errors).toBeUndefined();
  });
});
