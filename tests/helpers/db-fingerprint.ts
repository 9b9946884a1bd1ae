import type { TestApp } from './test-app.js';

/**
 * Tables a refused call may legitimately touch: sign-in throttling counts failures, sessions slide,
 * devices record that they were seen. Everything else must stay exactly as it was.
 */
const VOLATILE = new Set(['sign_in_throttle', 'user_session', 'device', 'mikro_orm_migrations']);

/**
 * A fingerprint of every row version of every table (ctid and xmin change on any insert, update or
 * delete, even one that writes the same values), to show that a refused call wrote nothing at all.
 */
export async function databaseFingerprint(t: Pick<TestApp, 'sql'>): Promise<() => Promise<string>> {
  const tables = (
    await t.sql<{ name: string }>(
      `select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    )
  )
    .map((r) => r.name)
    .filter((name) => !VOLATILE.has(name));
  const query = tables
    .map(
      (name) =>
        `select '${name}' as t, md5(coalesce(string_agg(ctid::text || xmin::text, ',' order by ctid), '')) as h from "${name}"`,
    )
    .join(' union all ');
  return async () => {
    const rows = await t.sql<{ t: string; h: string }>(query);
    return rows.map((r) => `${r.t}:${r.h}`).join(';');
  };
}
