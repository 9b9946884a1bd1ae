import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig } from '../../config.js';

type ThrottleConfig = Pick<AppConfig, 'signInMaxFailures' | 'signInMaxFailuresPerAddress' | 'signInLockMinutes'>;

export const throttleKeys = (username: string, address: string) => ({
  user: `user:${username}`,
  address: `addr:${address}`,
});

/**
 * Counts failed sign-ins per account and per address in PostgreSQL, so every server instance sees
 * the same counts. A key that reaches its limit within the window is locked for the lock period.
 */
export class SignInThrottleService {
  constructor(
    private readonly em: EntityManager,
    private readonly config: ThrottleConfig,
  ) {}

  /** Seconds until the longest lock on these keys ends, or 0 when none is locked. */
  async lockedFor(keys: [string, string]): Promise<number> {
    const rows = await this.em.execute<{ seconds: string }[]>(
      `select ceil(extract(epoch from max(locked_until) - now()))::int as seconds
           from sign_in_throttle where key in (?, ?) and locked_until > now()`,
      keys,
    );
    return Number(rows[0]?.seconds ?? 0);
  }

  async recordFailure(key: string, limit: number): Promise<void> {
    const minutes = this.config.signInLockMinutes;
    const rows = await this.em.execute<{ failures: number }[]>(
      `insert into sign_in_throttle as t (key, failures, window_started_at, locked_until)
       values (?, 1, now(), null)
       on conflict (key) do update set
         failures = case when t.window_started_at < now() - make_interval(mins => ?::int) then 1 else t.failures + 1 end,
         window_started_at = case when t.window_started_at < now() - make_interval(mins => ?::int) then now() else t.window_started_at end
       returning failures`,
      [key, minutes, minutes],
    );
    if ((rows[0]?.failures ?? 0) >= limit) {
      await this.em.execute(
        `update sign_in_throttle set locked_until = now() + make_interval(mins => ?::int), failures = 0, window_started_at = now() where key = ?`,
        [minutes, key],
      );
    }
  }

  async recordFailures(username: string, address: string): Promise<void> {
    const keys = throttleKeys(username, address);
    await this.recordFailure(keys.user, this.config.signInMaxFailures);
    await this.recordFailure(keys.address, this.config.signInMaxFailuresPerAddress);
  }

  async clear(key: string): Promise<void> {
    await this.em.execute('delete from sign_in_throttle where key = ?', [key]);
  }
}
