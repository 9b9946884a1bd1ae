/*
 * Who the minutes (biên bản kiểm tra) name: the attendees prefilled from the team and the unit's head, and
 * the name and role under each signature. One rule for the generated document (server) and the phone's
 * attendees form, which prefills the same list offline. Pure: no framework, no I/O.
 */

export type AttendeeSideName = 'TEAM' | 'UNIT';
export type TeamRoleName = 'LEAD' | 'MEMBER' | 'SECRETARY';

export interface MinutesAttendee {
  name: string;
  position: string | null;
  side: AttendeeSideName;
}

export interface TeamPerson {
  fullName: string;
  role: TeamRoleName;
}

export interface UnitHeadPerson {
  fullName: string;
}

/** A member's role in an inspection team, as the minutes write it. */
export const TEAM_ROLE_LABELS = { LEAD: 'Trưởng đoàn', MEMBER: 'Thành viên', SECRETARY: 'Thư ký' } as const;

/** The position the unit's head is prefilled with. */
export const UNIT_HEAD_POSITION = 'Thủ trưởng đơn vị';

const ROLE_ORDER: Record<TeamRoleName, number> = { LEAD: 0, MEMBER: 1, SECRETARY: 2 };

/** The team as the minutes list it: the lead first, then the members, then the secretary; by name within a role. */
export function teamInRoleOrder<T extends TeamPerson>(team: readonly T[]): T[] {
  return [...team].sort(
    (a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.fullName.localeCompare(b.fullName, 'vi'),
  );
}

/**
 * Who attended: what the inspector typed always wins; with nothing typed, the team members with their
 * team roles (lead first) and the unit's heads, for the inspector to edit.
 */
export function prefillAttendees(
  typed: readonly MinutesAttendee[],
  team: readonly TeamPerson[],
  unitHeads: readonly UnitHeadPerson[],
): MinutesAttendee[] {
  if (typed.length > 0) return [...typed];
  return [
    ...teamInRoleOrder(team).map((m) => ({
      name: m.fullName,
      position: TEAM_ROLE_LABELS[m.role],
      side: 'TEAM' as const,
    })),
    ...unitHeads.map((h) => ({ name: h.fullName, position: UNIT_HEAD_POSITION, side: 'UNIT' as const })),
  ];
}

/** The team's secretary (thư ký), who signs the minutes beside the lead; null for a team without one. */
export function teamSecretary<T extends TeamPerson>(team: readonly T[]): T | null {
  return teamInRoleOrder(team).find((m) => m.role === 'SECRETARY') ?? null;
}

/** The signatures drawn on the minutes, in the order they are drawn: the one list of signature kinds. */
export const MINUTES_SIGNATURE_KINDS = [
  'SIGNATURE_TEAM_LEAD',
  'SIGNATURE_UNIT_REPRESENTATIVE',
  'SIGNATURE_SECRETARY',
] as const;
export type MinutesSignatureKind = (typeof MINUTES_SIGNATURE_KINDS)[number];

export function isMinutesSignature(kind: string): kind is MinutesSignatureKind {
  return (MINUTES_SIGNATURE_KINDS as readonly string[]).includes(kind);
}

/** The signatures a visit's minutes take: the secretary signs only for a team that has one. */
export function minutesSignatureKinds(team: readonly TeamPerson[]): MinutesSignatureKind[] {
  const withSecretary = teamSecretary(team) !== null;
  return MINUTES_SIGNATURE_KINDS.filter((kind) => kind !== 'SIGNATURE_SECRETARY' || withSecretary);
}
