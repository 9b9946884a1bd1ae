import { Role } from './role.js';

/** Why a user's role and unit cannot be saved, as an error code; null when they can. */
export type UserChangeProblem = 'USER_UNIT_REQUIRED' | 'CANNOT_DEMOTE_SELF' | 'LAST_ADMIN';

export interface UserChange {
  /** Who makes the change. */
  actorId: string;
  /** The user changed, as they are now. */
  target: { id: string; role: Role; active: boolean };
  role: Role;
  unitId: string | null;
  /** Active admins now, the target included when it is one. */
  activeAdmins: number;
}

/** A unit head answers for exactly one unit; for everyone else the unit is a home unit, optional. */
export function unitMissing(role: Role, unitId: string | null | undefined): boolean {
  return role === Role.UNIT_HEAD && !unitId;
}

/**
 * The one rule of a user's role and unit, for creating and editing: a unit head answers for exactly one
 * unit, so needs one; for everyone else the unit is their home unit and optional. An admin cannot take
 * the admin role from themselves (they would lose this screen mid-change), and the last active admin
 * keeps it, so someone can always manage users.
 */
export function userChangeProblem(change: UserChange): UserChangeProblem | null {
  if (unitMissing(change.role, change.unitId)) return 'USER_UNIT_REQUIRED';
  const demoted = change.target.role === Role.ADMIN && change.role !== Role.ADMIN;
  if (!demoted) return null;
  if (change.target.id === change.actorId) return 'CANNOT_DEMOTE_SELF';
  if (change.target.active && change.activeAdmins <= 1) return 'LAST_ADMIN';
  return null;
}
