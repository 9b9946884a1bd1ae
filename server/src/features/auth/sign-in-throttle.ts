import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig } from '../../common/config.js';
import { sql } from '../../common/sql.js';
import { executeSql } from '../../db/read-path/read-rows.js';

type ThrottleConfig = Pick<
  AppConfig,
  | 'signInMaxFailures'
  | 'signInMaxFailuresPerAddress'
  | 'signInLockMinutes'
  | 'signInAccountSlowdownAfter'
  | 'signInAccountSlowdownSeconds'
>;

/** How long an address where the account last signed in successfully is spared the account's slowdown. */
export const KNOWN_ADDRESS_DAYS = 30;

export const throttleKeys = (username: string, address: string) => ({
  /** Failures of one address, whatever the account. */
  address: `addr:${address}`,
  /** Failures of one account from one address. */
  pair: `pair:${username}|${address}`,
  /** Failures of one account from addresses it never signed in from: drives the account's slowdown. */
  account: `acct:${username}`,
  /** The last successful sign-in of the account from the address (`window_started_at`). */
  known: `known:${username}|${address}`,
});

/** Why an attempt was refused before its password was checked, and for how long. */
export interface ThrottleRefusal {
  reason: 'LOCKED' | 'SLOWED_DOWN';
  retryAfterSeconds: number;
}

/**
 * Sign-in throttling, kept in PostgreSQL (table `sign_in_throttle`) so every server instance sees the
 * same counts. The limits are chosen so that a stranger's failures cannot keep the owner out, while
 * guessing stays bounded (docs/security.md, "Sign-in and passwords"):
 *
 * - an address that fails too often (SIGN_IN_MAX_FAILURES_PER_ADDRESS) is locked for every account;
 * - an account fails too often from one address (SIGN_IN_MAX_FAILURES): that address is locked out of
 *   that account, and only of it; the owner elsewhere still signs in with the right password;
 * - many addresses together (a botnet) cannot lock anyone either: past SIGN_IN_ACCOUNT_SLOWDOWN_AFTER
 *   failures, the account's password is checked at most once per SIGN_IN_ACCOUNT_SLOWDOWN_SECONDS for
 *   addresses it never signed in from, which bounds guessing to a few thousand a day; addresses where
 *   the account signed in within KNOWN_ADDRESS_DAYS skip that slowdown (only their own limits apply).
 *
 * An attempt is counted before its password is checked, in one atomic statement per key, so parallel
 * guesses cannot slip past a limit; an attempt refused before the check takes its counts back, and a
 * successful one clears the pair and takes itself off the other counts.
 */
export class SignInThrottleService {
  constructor(
    private readonly em: EntityManager,
    private readonly config: ThrottleConfig,
  ) {}

  /** Counts an attempt; returns why it must wait, or null to check its password. */
  async begin(username: string, address: string): Promise<ThrottleRefusal | null> {
    const keys = throttleKeys(username, address);
    const counted: string[] = [];
    const refuse = async (refusal: ThrottleRefusal) => {
      for (const key of counted) await this.takeBack(key);
      return refusal;
    };
    const lockMinutes = this.config.signInLockMinutes;
    for (const [key, limit] of [
      [keys.address, this.config.signInMaxFailuresPerAddress],
      [keys.pair, this.config.signInMaxFailures],
    ] as const) {
      const locked = await this.count(key, limit, lockMinutes);
      if (locked > 0) return refuse({ reason: 'LOCKED', retryAfterSeconds: locked });
      counted.push(key);
    }
    if (await this.isKnown(keys.known)) return null;
    const wait = await this.claimAccountTurn(keys.account);
    if (wait > 0) return refuse({ reason: 'SLOWED_DOWN', retryAfterSeconds: wait });
    return null;
  }

  /** The attempt was counted but its password could not be checked (server busy): it is taken back. */
  async notChecked(username: string, address: string): Promise<void> {
    const keys = throttleKeys(username, address);
    await this.takeBack(keys.address);
    await this.takeBack(keys.pair);
    if (!(await this.isKnown(keys.known))) await this.takeBack(keys.account);
  }

  /** The attempt succeeded: it is taken off the counts, the pair starts afresh, the address becomes known. */
  async succeeded(username: string, address: string): Promise<void> {
    const keys = throttleKeys(username, address);
    await executeSql(this.em, sql`delete from sign_in_throttle where key = ${keys.pair}`);
    await this.takeBack(keys.address);
    if (!(await this.isKnown(keys.known))) await this.takeBackAccountTurn(keys.account);
    await executeSql(
      this.em,
      sql`insert into sign_in_throttle (key, failures, window_started_at, locked_until) values (${keys.known}, 0, now(), null)
       on conflict (key) do update set window_started_at = now()`,
    );
  }

  private async isKnown(key: string): Promise<boolean> {
    const rows = await executeSql<{ known: boolean }[]>(
      this.em,
      sql`select exists (select 1 from sign_in_throttle
         where key = ${key} and window_started_at > now() - make_interval(days => ${KNOWN_ADDRESS_DAYS}::int)) as known`,
    );
    return rows[0]?.known === true;
  }

  /** One attempt off a key's count (never below 0); a lock in force stays. */
  private async takeBack(key: string): Promise<void> {
    await executeSql(
      this.em,
      sql`update sign_in_throttle set failures = greatest(failures - 1, 0)
        where key = ${key} and (locked_until is null or locked_until <= now())`,
    );
  }

  /**
   * A successful attempt from an unknown address is taken off the account's count; if that leaves the
   * count under the slowdown's threshold, the turn it took is given back too (no attack is going on).
   */
  private async takeBackAccountTurn(key: string): Promise<void> {
    await executeSql(
      this.em,
      sql`update sign_in_throttle set failures = greatest(failures - 1, 0),
         locked_until = case when failures - 1 < ${this.config.signInAccountSlowdownAfter}::int then null else locked_until end
        where key = ${key}`,
    );
  }

  /**
   * Adds one attempt to a key unless it is locked, and locks it when this attempt goes over the limit.
   * Returns the seconds left of the lock (this attempt refused), or 0.
   */
  private async count(key: string, limit: number, minutes: number): Promise<number> {
    const locked = sql`t.locked_until > now()`;
    const expired = sql`t.window_started_at < now() - make_interval(mins => ${minutes}::int)`;
    const next = sql`(case when ${expired} then 1 else t.failures + 1 end)`;
    const rows = await executeSql<{ seconds: number | null }[]>(
      this.em,
      sql`insert into sign_in_throttle as t (key, failures, window_started_at, locked_until)
       values (${key}, 1, now(), null)
       on conflict (key) do update set
         failures = case when ${locked} then t.failures when ${next} > ${limit}::int then 0 else ${next} end,
         window_started_at = case when ${locked} then t.window_started_at
           when ${expired} or ${next} > ${limit}::int then now() else t.window_started_at end,
         locked_until = case when ${locked} then t.locked_until
           when ${next} > ${limit}::int then now() + make_interval(mins => ${minutes}::int) else null end
       returning ceil(extract(epoch from t.locked_until - now()))::int as seconds`,
    );
    return Math.max(0, Number(rows[0]?.seconds ?? 0));
  }

  /**
   * The account's slowdown: counts an attempt from an unknown address; once the account has had
   * `signInAccountSlowdownAfter` of them in the window, each allowed attempt makes the next wait
   * `signInAccountSlowdownSeconds` (`locked_until` is then the next free turn). Returns the seconds to
   * wait (this attempt refused and not counted), or 0. The row is locked for the decision
   * (`for update`), so two parallel attempts cannot take one turn. The window restarts only after a
   * whole window without attempts, so a steady attack stays slowed down.
   */
  private async claimAccountTurn(key: string): Promise<number> {
    const minutes = this.config.signInLockMinutes;
    await executeSql(
      this.em,
      sql`insert into sign_in_throttle (key, failures, window_started_at, locked_until) values (${key}, 0, now(), null)
       on conflict (key) do nothing`,
    );
    const busy = sql`p.locked_until > now()`;
    const window = sql`make_interval(mins => ${minutes}::int)`;
    const expired = sql`(p.window_started_at < now() - ${window} and (p.locked_until is null or p.locked_until < now() - ${window}))`;
    const next = sql`(case when ${expired} then 1 else p.failures + 1 end)`;
    const rows = await executeSql<{ seconds: number | null }[]>(
      this.em,
      sql`with p as (select key, failures, window_started_at, locked_until from sign_in_throttle where key = ${key} for update)
       update sign_in_throttle t set
         failures = case when ${busy} then p.failures else ${next} end,
         window_started_at = case when ${busy} or not ${expired} then p.window_started_at else now() end,
         locked_until = case when ${busy} then p.locked_until
           when ${next} >= ${this.config.signInAccountSlowdownAfter}::int
           then now() + make_interval(secs => ${this.config.signInAccountSlowdownSeconds}::int) else null end
       from p where t.key = p.key
       returning case when ${busy} then ceil(extract(epoch from p.locked_until - now()))::int else 0 end as seconds`,
    );
    return Math.max(0, Number(rows[0]?.seconds ?? 0));
  }
}
