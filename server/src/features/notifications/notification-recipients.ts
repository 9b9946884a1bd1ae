import type { NotificationKind } from './notification-kind.js';

/** The groups of people a notification can go to. */
export type Audience = 'TEAM' | 'UNIT_HEADS' | 'OFFICE';

/**
 * Who is told of what: the one place that says it. The team: the members of the visit's inspection team;
 * the unit heads: the heads of the unit that answers for the finding (or is inspected); the office:
 * the office staff, who follow findings and review remediation.
 */
export const AUDIENCES: Readonly<Record<NotificationKind, readonly Audience[]>> = {
  VISIT_RETURNED: ['TEAM'],
  FINDINGS_ISSUED: ['UNIT_HEADS'],
  REMEDIATION_REPORTED: ['OFFICE'],
  DEADLINE_SOON: ['UNIT_HEADS', 'OFFICE'],
  DEADLINE_PASSED: ['UNIT_HEADS', 'OFFICE'],
  VISIT_TOMORROW: ['TEAM'],
  VISIT_PLANNED: ['TEAM'],
};

/** The people of each audience, as user ids (active users only). */
export type AudiencePeople = Partial<Record<Audience, readonly string[]>>;

/** A person's choices as far as who receives what: the kinds they muted. */
export interface RecipientChoice {
  userId: string;
  mutedKinds: readonly string[];
}

/**
 * The recipients of one event: the kind's audiences, each person once, never the person who caused it
 * (who knows already), and not someone who muted the kind.
 */
export function recipientsOf(
  kind: NotificationKind,
  people: AudiencePeople,
  actorId: string | null,
  choices: readonly RecipientChoice[] = [],
): string[] {
  const muted = new Set(choices.filter((c) => c.mutedKinds.includes(kind)).map((c) => c.userId));
  const ids = AUDIENCES[kind].flatMap((audience) => people[audience] ?? []);
  return [...new Set(ids)].filter((id) => id !== actorId && !muted.has(id));
}
