import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig } from '../../config.js';

type ThrottleConfig = Pick<AppConfig, 'signInMaxFailures' | 'signInMaxFailuresPerAddress' | 'signInLockMinutes'>;

export const throttleKeys = (username: string, address: string) => ({
  user: `user:${username}`,
  address: `addr:${address}`,
});

/**
 * Counts sign-in attempts per account and per address in PostgreSQL (table `sign_in_throttle`), so every
 * server instance sees the same counts and no state lives in a process. An attempt is counted before
 * its password is checked, in one atomic statement per key, so parallel guesses cannot slip past the
 * limit; a successful sign-in then clears the account's count and takes itself off the address's.
 * A key that goes over its limit within the window is locked for the lock period.
 */
export class SignInThrottleService {
  constructor(
    private readonly em: EntityManager,
    private readonly config: ThrottleConfig,
  ) {}

  /** Counts an attempt on both keys; returns the seconds until the longest lock ends, or 0 to go ahead. */
  async begin(username: string, address: string): Promise<number> {
    const keys = throttleKeys(username, address);
    const byAddress = await this.count(keys.address, this.config.signInMaxFailuresPerAddress);
    const byUser = await this.count(keys.user, this.config.signInMaxFailures);
    return Math.max(byAddress, byUser);
  }

  /** The attempt succeeded: the account starts afresh, and the address is not charged for it. */
  async succeeded(username: string, address: string): Promise<void> {
    const keys = throttleKeys(username, address);
    await this.em.execute('delete from sign_in_throttle where key = ?', [keys.user]);
    await this.em.execute(
      `update sign_in_throttle set failures = greatest(failures - 1, 0)
        where key = ? and (locked_until is null or locked_until <= now())`,
      [keys.address],
    );
  }

  /** Adds one attempt to a key unless it is locked, and locks it when this attempt goes over the limit. */
  private async count(key: string, limit: number): Promise<number> {
    const minutes = this.config.signInLockMinutes;
    const locked = 't.locked_until > now()';
    const expired = 't.window_started_at < now() - make_interval(mins => ?::int)';
    const next = `(case when ${expired} then 1 else t.failures + 1 end)`;
    const rows = await this.em.execute<{ seconds: number | null }[]>(
      `insert into sign_in_throttle as t (key, failures, window_started_at, locked_until)
       values (?, 1, now(), null)
       on conflict (key) do update set
         failures = case when ${locked} then t.failures when ${next} > ?::int then 0 else ${next} end,
         window_started_at = case when ${locked} then t.window_started_at
           when ${expired} or ${next} > ?::int then now() else t.window_started_at end,
         locked_until = case when ${locked} then t.locked_until
           when ${next} > ?::int then now() + make_interval(mins => ?::int) else null end
       returning ceil(extract(epoch from t.locked_until - now()))::int as seconds`,
      [key, minutes, limit, minutes, minutes, minutes, limit, minutes, limit, minutes],
    );
    return Math.max(0, Number(rows[0]?.seconds ?? 0));
  }
}
