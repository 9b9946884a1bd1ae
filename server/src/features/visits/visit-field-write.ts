import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/ids.js';
import { ChecklistItem } from '../checklists/checklist.entity.js';
import { applyOnce } from '../operations/operations.service.js';
import type { User } from '../users/user.entity.js';
import { Visit, VisitStatus } from './visit.entity.js';
import { canSeeVisit, EDITABLE_STATUSES, isTeamMember } from './visit-access.js';
import { VisitErrors } from './visits.errors.js';

// What every field write shares (the visit's own, its answers, its findings): run once per operation
// id, lock the visit, check the writer and the visit's state, find an item of its checklist.

/** A field write: once per operation id, in one transaction with its audit entries. */
export async function fieldWrite(
  em: EntityManager,
  user: User,
  operationId: string,
  name: string,
  args: unknown,
  change: (tx: EntityManager) => Promise<void>,
): Promise<void> {
  await applyOnce(em, user, operationId, name, args, async (tx) => {
    await change(tx);
    await tx.flush();
    return { applied: true };
  });
}

/** The visit locked for a field write by a member of its team, in a state that allows it. */
export async function visitForFieldWrite(
  em: EntityManager,
  user: User,
  visitId: string,
  allowed = EDITABLE_STATUSES,
): Promise<Visit> {
  const visit = isUuid(visitId)
    ? await em.findOne(Visit, { id: visitId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
    : null;
  if (!visit) throw VisitErrors.notFound();
  // A team member sees the visit; only a refusal asks whether the user may see it at all (an
  // inspector of another team gets "not found", office staff "not a team member").
  if (!(await isTeamMember(em, user.id, visit.team.id))) {
    throw (await canSeeVisit(em, user, visit)) ? VisitErrors.notTeamMember() : VisitErrors.notFound();
  }
  if (!allowed.includes(visit.status)) {
    throw visit.status === VisitStatus.IN_PROGRESS && allowed.includes(VisitStatus.PLANNED)
      ? VisitErrors.alreadyStarted()
      : VisitErrors.notEditable(visit.status);
  }
  return visit;
}

/** An item of the visit's frozen checklist version; any other id is refused. */
export async function itemOfVisit(
  em: EntityManager,
  visit: Visit,
  itemId: string,
  /** The item as the caller already read it with its group (null: none); read here when not given. */
  known?: ChecklistItem | null,
): Promise<ChecklistItem> {
  const item =
    known !== undefined
      ? known
      : isUuid(itemId)
        ? await em.findOne(ChecklistItem, { id: itemId }, { populate: ['group'] })
        : null;
  if (!item || !visit.templateVersion || item.group.version.id !== visit.templateVersion.id) {
    throw VisitErrors.itemNotInVisit();
  }
  return item;
}
