import type { TeamRole } from '../../apollo/generated/graphql';

const roleOrder: Record<TeamRole, number> = { LEAD: 0, MEMBER: 1, SECRETARY: 2 };

/** A team's members as a decision lists them: the lead, the members, then the secretary. */
export function sortMembers<T extends { role: TeamRole }>(members: readonly T[]): T[] {
  return [...members].sort((a, b) => roleOrder[a.role] - roleOrder[b.role]);
}
