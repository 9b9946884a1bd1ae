import { describe, expect, it } from 'vitest';
import { Role } from './role.js';
import { type UserChange, userChangeProblem } from './user-rules.js';

const ME = 'me';
const OTHER = 'other';
const change = (over: Partial<UserChange> & { from?: Role; to?: Role; who?: string }): UserChange => ({
  actorId: ME,
  target: { id: over.who ?? OTHER, role: over.from ?? Role.INSPECTOR, active: true },
  role: over.to ?? Role.INSPECTOR,
  unitId: over.unitId === undefined ? null : over.unitId,
  activeAdmins: over.activeAdmins ?? 2,
});

describe('userChangeProblem', () => {
  it.each([
    ['a unit head without a unit', change({ to: Role.UNIT_HEAD }), 'USER_UNIT_REQUIRED'],
    ['a unit head with a unit', change({ to: Role.UNIT_HEAD, unitId: 'u1' }), null],
    ['an inspector without a unit', change({ to: Role.INSPECTOR }), null],
    ['an inspector with a home unit', change({ to: Role.INSPECTOR, unitId: 'u1' }), null],
    ['office, leadership, admin without a unit', change({ to: Role.OFFICE }), null],
    ['leadership without a unit', change({ to: Role.LEADERSHIP }), null],
    ['promoting to admin', change({ to: Role.ADMIN }), null],
    ['an admin demoting themselves', change({ who: ME, from: Role.ADMIN, to: Role.OFFICE }), 'CANNOT_DEMOTE_SELF'],
    ['an admin renaming themselves', change({ who: ME, from: Role.ADMIN, to: Role.ADMIN }), null],
    ['demoting another admin', change({ from: Role.ADMIN, to: Role.OFFICE, activeAdmins: 2 }), null],
    ['demoting the last active admin', change({ from: Role.ADMIN, to: Role.OFFICE, activeAdmins: 1 }), 'LAST_ADMIN'],
    [
      'a unit head without a unit, before the admin rule',
      change({ who: ME, from: Role.ADMIN, to: Role.UNIT_HEAD }),
      'USER_UNIT_REQUIRED',
    ],
  ])('%s: %s', (_label, input, expected) => {
    expect(userChangeProblem(input)).toBe(expected);
  });

  it('a locked admin may be demoted even when one active admin remains', () => {
    const input = change({ from: Role.ADMIN, to: Role.OFFICE, activeAdmins: 1 });
    expect(userChangeProblem({ ...input, target: { ...input.target, active: false } })).toBeNull();
  });
});
