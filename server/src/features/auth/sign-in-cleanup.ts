import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { AppConfig } from '../../common/config.js';
import { sql } from '../../common/sql.js';
import { executeSql } from '../../db/read-path/read-rows.js';
import type { RecurringJob } from '../../jobs/job-queue.js';
import { KNOWN_ADDRESS_DAYS } from './sign-in-throttle.js';

/** How long an ended session (expired or signed out) is kept, for the record, before it is removed. */
export const ENDED_SESSION_DAYS = 90;

export interface SignInCleanupResult {
  throttleRows: number;
  sessions: number;
}

/**
 * Removes sign-in rows that no longer count for anything:
 * - throttle counts whose window is over and whose lock (or the account's next turn) has passed: a
 *   missing row counts exactly as such a row does (the next attempt starts a new window at 1);
 * - "known address" marks older than KNOWN_ADDRESS_DAYS (they no longer spare the address);
 * - sessions that ended (expired or signed out) more than ENDED_SESSION_DAYS ago.
 * Each is one statement with its own condition, so a row in use is never removed.
 */
export async function cleanUpSignIns(
  em: EntityManager,
  config: Pick<AppConfig, 'signInLockMinutes'>,
): Promise<SignInCleanupResult> {
  const lockMinutes = config.signInLockMinutes;
  const throttle = await executeSql<{ key: string }[]>(
    em,
    sql`delete from sign_in_throttle
      where (key like 'known:%' and window_started_at < now() - make_interval(days => ${KNOWN_ADDRESS_DAYS}::int))
         or (key not like 'known:%'
             and window_started_at < now() - make_interval(mins => ${lockMinutes}::int)
             and (locked_until is null or locked_until < now() - make_interval(mins => ${lockMinutes}::int)))
      returning key`,
  );
  const sessions = await executeSql<{ id: string }[]>(
    em,
    sql`delete from user_session
      where least(revoked_at, expires_at) < now() - make_interval(days => ${ENDED_SESSION_DAYS}::int)
      returning id`,
  );
  return { throttleRows: throttle.length, sessions: sessions.length };
}

/** The cleanup as a recurring job: every hour, at minute 41 (away from the files cleanup at 23). */
export function signInCleanupJob(orm: MikroORM, config: Pick<AppConfig, 'signInLockMinutes'>): RecurringJob {
  return {
    name: 'sign-in-cleanup',
    cron: '41 * * * *',
    run: () => cleanUpSignIns(orm.em.fork(), config),
  };
}
