import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../common/sql.js';
import { readRows } from '../../db/read-path/read-rows.js';
import type { NotificationKind } from './notification-kind.js';
import { type Audience, type AudiencePeople, type RecipientChoice, recipientsOf } from './notification-recipients.js';

/** Where an event's audiences are found: the visit's team, the unit that answers for it. */
export interface AudienceSource {
  teamId?: string | null;
  unitId?: string | null;
}

/**
 * The recipients of an event: the people of its audiences (active users: the team's members, the unit's
 * heads, the office staff) with their muted kinds, through the one rule (`recipientsOf`).
 */
export async function recipientsFor(
  em: EntityManager,
  kind: NotificationKind,
  source: AudienceSource,
  actorId: string | null,
): Promise<string[]> {
  const rows = await readRows<{ id: string; audience: Audience; muted: string[] | string | null }>(
    em,
    sql`select x.id, x.audience, np.muted_kinds as muted from (
          select m.user_id as id, 'TEAM' as audience from team_member m join app_user a on a.id = m.user_id
           where m.team_id = ${source.teamId ?? null} and a.active
          union all
          select a.id, 'UNIT_HEADS' from app_user a
           where a.role = 'UNIT_HEAD' and a.active and a.unit_id = ${source.unitId ?? null}
          union all
          select a.id, 'OFFICE' from app_user a where a.role = 'OFFICE' and a.active
        ) x left join notification_preference np on np.user_id = x.id
        order by x.audience, x.id`,
  );
  const people: Record<Audience, string[]> = { TEAM: [], UNIT_HEADS: [], OFFICE: [] };
  const choices: RecipientChoice[] = [];
  for (const row of rows) {
    people[row.audience].push(row.id);
    const muted = typeof row.muted === 'string' ? (JSON.parse(row.muted) as string[]) : (row.muted ?? []);
    if (muted.length > 0) choices.push({ userId: row.id, mutedKinds: muted });
  }
  return recipientsOf(kind, people satisfies AudiencePeople, actorId, choices);
}
