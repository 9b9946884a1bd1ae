import type { EntityManager } from '@mikro-orm/postgresql';
import { readOncePerEntityManager } from '../../db/read-path/shared-read.js';
import { recordScope } from '../auth/record-scope.js';
import { Finding } from '../findings/finding.entity.js';
import { TeamMember } from '../plans/plan.entity.js';
import type { User } from '../users/user.entity.js';
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
 * Who sees a visit (`record-scope.ts`): every visit with scope ALL; with TEAM those of
 * the user's teams; with UNIT the approved visits of the user's own unit (their minutes and findings),
 * and those of an ended unit whose findings the user's unit now follows (finding-follow.ts).
 */
export async function canSeeVisit(em: EntityManager, user: User, visit: Visit): Promise<boolean> {
  switch (recordScope(user)) {
    case 'ALL':
      return true;
    case 'TEAM':
      return isTeamMember(em, user.id, visit.team.id);
    case 'UNIT': {
      const unitId = user.unit?.id;
      if (visit.status !== VisitStatus.APPROVED || !unitId) return false;
      if (unitId === visit.unit.id) return true;
      return (await em.count(Finding, { visit: visit.id, followedByUnit: unitId })) > 0;
    }
    case 'NONE':
      return false;
  }
}
