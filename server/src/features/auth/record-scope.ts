import { type Sql, sql } from '../../common/sql.js';
import { FOLLOWING_UNIT_SQL } from '../findings/finding-follow.js';
import type { Viewer } from '../users/viewer.js';
import { Capability, can } from './permissions.js';

/**
 * Which records a person sees, from the permissions table: every record (`ALL`), those of their own
 * inspection teams (`TEAM`), those of their own unit (`UNIT`), or none. Visits, their findings, and
 * what hangs on them (documents, photos, audit trails) all follow it.
 */
export type RecordScope = 'ALL' | 'TEAM' | 'UNIT' | 'NONE';

export function recordScope(holder: Pick<Viewer, 'role'>): RecordScope {
  if (can(holder, Capability.VISIT_READ_ALL)) return 'ALL';
  if (can(holder, Capability.VISIT_READ_TEAM)) return 'TEAM';
  if (can(holder, Capability.VISIT_READ_UNIT)) return 'UNIT';
  return 'NONE';
}

/**
 * The viewer's scope as an SQL condition on a visit (alias v): everything, the visits of their own
 * inspection teams, `unitSees` (what a unit sees differs by record), or nothing.
 */
function scopeSql(viewer: Viewer, unitSees: () => Sql): Sql {
  switch (recordScope(viewer)) {
    case 'ALL':
      return sql`true`;
    case 'TEAM':
      return sql`v.team_id in (select team_id from team_member where user_id = ${viewer.id})`;
    case 'UNIT':
      return unitSees();
    case 'NONE':
      return sql`false`;
  }
}

/**
 * The SQL condition limiting a visit query (alias v) to what the viewer sees: a unit sees only its
 * approved visits (their minutes and findings), never work in progress, and those of an ended unit
 * whose findings it now follows (visit-access.ts canSeeVisit says the same for one visit).
 */
export function visibleVisitsSql(viewer: Viewer): Sql {
  return scopeSql(
    viewer,
    () => sql`v.status = 'APPROVED' and (v.unit_id = ${viewer.unitId} or exists (
      select 1 from finding followed where followed.visit_id = v.id and followed.followed_by_unit_id = ${viewer.unitId}))`,
  );
}

/**
 * The SQL condition limiting a finding query (alias f, joined to its visit as v) to what the viewer
 * sees: a unit sees the findings it answers for today, whichever unit's visit found them: those raised
 * against it and not handed on, and those of an ended unit it follows (finding-follow.ts).
 */
export function visibleFindingsSql(viewer: Viewer): Sql {
  return scopeSql(viewer, () => sql`${FOLLOWING_UNIT_SQL} = ${viewer.unitId}`);
}
