import type { Role } from '../../apollo/generated/graphql';

/** Mirrors the server's rules so the UI only offers what will be allowed; the server still decides. */
export function canEditUnits(role: Role): boolean {
  return role === 'ADMIN' || role === 'OFFICE';
}

export function canManageUsers(role: Role): boolean {
  return role === 'ADMIN';
}

/** Checklists, teams, plans, review and closing findings: office staff and administrators. */
export function canManageInspections(role: Role): boolean {
  return role === 'ADMIN' || role === 'OFFICE';
}
