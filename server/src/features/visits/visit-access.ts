import type { EntityManager } from '@mikro-orm/postgresql';
import { type Sql, sql } from '../../common/sql.js';
import { readOncePerEntityManager } from '../../db/shared-read.js';
import { TeamMember } from '../plans/plan.entity.js';
import { Role } from '../users/role.js';
import type { User } from '../users/user.entity.js';
import type { Viewer } from '../users/viewer.js';
import { type Visit, VisitStatus } from './visit.entity.js';

export const EDITABLE_STATUSES: readonly VisitStatus[] = [VisitStatus.IN_PROGRESS, VisitStatus.RETURNED];

/**
 * Whether the user is on the team, asked once per EntityManager (one request, or one write's
 * transaction): showing a visit asks it for `visit` and again for `canEdit`. Only inspectors' field
 * work depends on it, and nothing an inspector can do changes a team's members.
 */
export function isTeamMember(em: EntityManager, userId: string, teamId: string): Promise<boolean> {
  return readOncePerEntityManager(em, `team-member:${userId}:${teamId}`, async () => {
    return (await em.count(TeamMember, { user: userId, team: teamId })) > 0;
  });
}

/**
 * Who sees a visit: office, admin and leadership all visits; inspectors their teams' visits; unit heads
 * the approved visits of their own unit (their minutes and findings).
 */
export async function canSeeVisit(em: EntityManager, user: User, visit: Visit): Promise<boolean> {
  switch (user.role) {
    case Role.ADMIN:
    case Role.OFFICE:
    case Role.LEADERSHIP:
      return true;
    case Role.INSPECTOR:
      return isTeamMember(em, user.id, visit.team.id);
    case Role.UNIT_HEAD:
      return visit.status === VisitStatus.APPROVED && user.unit?.id === visit.unit.id;
  }
}

/** The SQL condition limiting a visit query to what the viewer sees (alias v). */
export function visibleVisitsSql(viewer: Viewer): Sql {
  switch (viewer.role) {
    case Role.ADMIN:
    case Role.OFFICE:
    case Role.LEADERSHIP:
      return sql`true`;
    case Role.INSPECTOR:
      return sql`v.team_id in (select team_id from team_member where user_id = ${viewer.id})`;
    case Role.UNIT_HEAD:
      return sql`v.status = 'APPROVED' and v.unit_id = ${viewer.unitId}`;
  }
}
