import type { EntityManager } from '@mikro-orm/postgresql';
import type { UnitAsOfSource } from '../units/unit-as-of-loader.js';
import { Visit } from './visit.entity.js';
import { VisitListRow } from './visit-list.js';
import type { VisitProgress } from './visit-progress.js';

/**
 * What a `Visit` field resolver is given: the entity (`visit`, the mutations, a plan line's `visit`) or a
 * list row (`visits`, `myVisits`; see VisitListRow). This file is the one place that tells them apart.
 * Both carry the plain fields and `unit`, `team` and `plannedMonth`, which GraphQL reads straight off
 * either; a resolver asks here for the entity, the team id or the progress a list row read with it.
 *
 * The lists keep the `Visit` type rather than a type of their own: a new type would change what
 * `visits` and `myVisits` return (and `__typename`, by which the phone's cache keeps a visit as one
 * record for its list and its screen), and `... on Visit` would no longer apply to a list.
 */
export type VisitRoot = Visit | VisitListRow;

/** The entity: the root itself, or for a list row the visit read by id with its unit and team. */
export function visitEntity(em: EntityManager, root: VisitRoot): Visit | Promise<Visit> {
  return root instanceof VisitListRow ? em.findOneOrFail(Visit, { id: root.id }, { populate: ['unit', 'team'] }) : root;
}

/** The visit's team id; a list row has it even when the client did not ask for the team. */
export function teamIdOf(root: VisitRoot): string {
  return root instanceof VisitListRow ? root.teamId : root.team.id;
}

/** The visited unit's id, from a list row or the entity alike. */
export function unitIdOf(root: VisitRoot): string {
  return root instanceof VisitListRow ? root.unitId : root.unit.id;
}

/**
 * The answered and total items a list row read with it (the phone's list asks for them without the
 * groups); undefined otherwise, and the progress loader reads them.
 */
export function listedProgress(root: VisitRoot): VisitProgress | undefined {
  return root instanceof VisitListRow && root.progress ? (root.progress as VisitProgress) : undefined;
}

/** What naming the unit as of the visit's day takes, when a list row read it (see VisitListRow). */
export function listedUnitAsOfSource(root: VisitRoot): UnitAsOfSource | undefined {
  return root instanceof VisitListRow ? root.unitAsOfSource : undefined;
}
