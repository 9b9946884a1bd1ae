import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ SIGN_IN_LOCK_MINUTES: '15' });
});
afterAll(() => t?.close());

const keys = async () =>
  (await t.sql<{ key: string }>('select key from sign_in_throttle order by key')).map((row) => row.key);

/** A throttle row as the service leaves it, its times given as intervals before now. */
async function throttleRow(key: string, failures: number, windowAgo: string, lockedUntil: string | null) {
  await t.sql(
    `insert into sign_in_throttle (key, failures, window_started_at, locked_until)
     values (?, ?, now() - ?::interval, ${lockedUntil === null ? 'null' : 'now() + ?::interval'})`,
    lockedUntil === null ? [key, failures, windowAgo] : [key, failures, windowAgo, lockedUntil],
  );
}

describe('sign-in cleanup job', () => {
  it('removes throttle counts and marks that no longer count, and sessions ended long ago; keeps the rest', async () => {
    await t.sql('delete from sign_in_throttle');
    // Counts: window over and no lock in force (or the lock ended a whole window ago) -> removed.
    await throttleRow('pair:a|10.0.0.1', 3, '20 minutes', null);
    await throttleRow('addr:10.0.0.2', 0, '2 hours', '-1 hour');
    await throttleRow('acct:b', 9, '3 hours', '-2 hours');
    // Counts still in force -> kept: a window under way, a lock in force, a lock that ended only now.
    await throttleRow('pair:c|10.0.0.3', 2, '5 minutes', null);
    await throttleRow('pair:d|10.0.0.4', 0, '30 minutes', '10 minutes');
    await throttleRow('acct:e', 12, '40 minutes', '-5 minutes');
    // Known addresses: 31 days old -> removed; 29 days -> kept.
    await throttleRow('known:f|10.0.0.5', 0, '31 days', null);
    await throttleRow('known:g|10.0.0.6', 0, '29 days', null);

    const [{ id: userId }] = await t.sql<{ id: string }>('select id from app_user where username = ?', ['kiemtra']);
    const session = (tag: string, expires: string, revoked: string | null) =>
      t.sql(
        `insert into user_session (id, token_hash, user_id, created_at, expires_at, revoked_at)
         values (gen_random_uuid(), ?, ?, now() - interval '400 days', now() + ?::interval,
                 ${revoked === null ? 'null' : 'now() + ?::interval'})`,
        revoked === null ? [tag.padEnd(64, '0'), userId, expires] : [tag.padEnd(64, '0'), userId, expires, revoked],
      );
    await session('a1', '-91 days', null); // expired 91 days ago -> removed
    await session('b1', '-10 days', null); // expired 10 days ago -> kept
    await session('c1', '30 days', '-100 days'); // signed out 100 days ago -> removed
    await session('d1', '30 days', '-1 day'); // signed out yesterday -> kept
    await session('e1', '30 days', null); // in use -> kept
    const before = await t.sql<{ n: number }>('select count(*)::int as n from user_session');

    await t.app.jobs.runNow('sign-in-cleanup');

    expect(await keys()).toEqual(['acct:e', 'known:g|10.0.0.6', 'pair:c|10.0.0.3', 'pair:d|10.0.0.4']);
    const left = await t.sql<{ tag: string }>(
      `select left(token_hash, 2) as tag from user_session where token_hash like '__0000%' order by 1`,
    );
    expect(left.map((row) => row.tag)).toEqual(['b1', 'd1', 'e1']);
    const after = await t.sql<{ n: number }>('select count(*)::int as n from user_session');
    expect(after[0]?.n).toBe((before[0]?.n ?? 0) - 2);
  });

  it('a count removed by the job counts as it did: the next failure starts a new window at one', async () => {
    await t.sql('delete from sign_in_throttle');
    const wrongSignIn = () =>
      fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($input: SignInInput!) { signIn(input: $input) { id } }',
          variables: { input: { username: 'vanphong', password: 'not the password' } },
        }),
      });
    expect((await wrongSignIn()).status).toBe(200);
    expect((await wrongSignIn()).status).toBe(200);
    const pairKeys = (await keys()).filter((key) => key.startsWith('pair:vanphong|'));
    expect(pairKeys).toHaveLength(1);
    const twice = await t.sql<{ failures: number }>('select failures from sign_in_throttle where key = ?', [
      pairKeys[0],
    ]);
    expect(twice).toEqual([{ failures: 2 }]);
    // Its window ends: the job removes it, and a new failure starts again at 1.
    await t.sql(`update sign_in_throttle set window_started_at = now() - interval '16 minutes'`);
    await t.app.jobs.runNow('sign-in-cleanup');
    expect(await keys()).toEqual([]);
    expect((await wrongSignIn()).status).toBe(200);
    const counts = await t.sql<{ failures: number }>(
      `select failures from sign_in_throttle where key like 'pair:vanphong|%'`,
    );
    expect(counts).toEqual([{ failures: 1 }]);
  });
});
