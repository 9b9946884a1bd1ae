import type { EntityManager } from '@mikro-orm/postgresql';
import { type Sql, sql } from '../../common/sql.js';
import { readRows } from '../../db/read-path/read-rows.js';

/*
 * Who follows a finding now (issue 16, "open findings of a merged or dissolved unit move to its successor
 * with a trace; nothing is deleted"). The responsible unit is the unit the finding was raised against and
 * is never rewritten: the "as it was" roll-up, repeat findings and documents read it. When that unit ends
 * through a merge or a split, its findings not yet closed are followed by the successor: its head sees
 * them and reports their remediation. A finding moved again (its follower merged in turn) follows the
 * latest successor.
 */

/** The unit a finding answers to today (alias f): the follower when there is one, else the responsible unit. */
export const FOLLOWING_UNIT_SQL: Sql = sql.raw('coalesce(f.followed_by_unit_id, f.responsible_unit_id)');

/** The unit a finding answers to today. */
export function followingUnitId(finding: { responsibleUnit: { id: string }; followedByUnit: { id: string } | null }) {
  return finding.followedByUnit?.id ?? finding.responsibleUnit.id;
}

/**
 * Hands the findings not yet closed that `from` answers for over to `to` and returns them. Closed
 * findings stay as they were.
 */
export function followOpenFindings(em: EntityManager, from: string, to: string): Promise<{ id: string }[]> {
  return readRows<{ id: string }>(
    em,
    sql`update finding f set followed_by_unit_id = ${to}
         where ${FOLLOWING_UNIT_SQL} = ${from} and f.status <> 'CLOSED'
         returning f.id`,
  );
}
