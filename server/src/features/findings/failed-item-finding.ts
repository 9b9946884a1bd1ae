import { type FindingWording, failedItemDeadline, followAnswerWording } from '@kycuong/rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import { todayLocalDate } from '../../common/local-date.js';
import { recordAudit } from '../audit/audit.service.js';
import type { ChecklistItem } from '../checklists/checklist.entity.js';
import { PassFail, type Visit, type VisitAnswer } from '../visits/visit.entity.js';
import { Finding, FindingSeverity, FindingStatus } from './finding.entity.js';
import { FindingErrors } from './findings.errors.js';

/**
 * Keeps an item's finding in step with its answer, in the answer's transaction: a Không đạt answer makes
 * (or keeps) the finding, which says what the inspector found (never the item's text, the requirement)
 * and follows the answer's wording until someone edits it; another answer removes the finding while the
 * unit has not reported on it yet. A new finding's deadline runs from `madeOn`: the visit's day for an
 * answer in the field, the revision's day for a revision of an approved visit (from the visit's day it
 * could be overdue the day it is made).
 */
export async function syncFailedItemFinding(
  em: EntityManager,
  visit: Visit,
  item: ChecklistItem,
  answer: VisitAnswer,
  previous: FindingWording | null,
  madeOn: string = visit.visitDate ?? todayLocalDate(),
  /** The item's finding as the caller already read it in this transaction (null: none); read here when not given. */
  known?: Finding | null,
): Promise<Finding | null> {
  const finding = known === undefined ? await em.findOne(Finding, { visit, item, fromFailedItem: true }) : known;
  const wording = { foundText: answer.foundText, recommendation: answer.recommendation };
  if (answer.passFail === PassFail.FAIL) {
    if (finding) {
      Object.assign(finding, followAnswerWording(finding, previous, wording));
      return finding;
    }
    const created = em.create(Finding, {
      visit,
      item,
      fromFailedItem: true,
      responsibleUnit: visit.unit,
      groupTitle: item.group.title,
      severity: FindingSeverity.MEDIUM,
      ...wording,
      deadline: failedItemDeadline(madeOn),
    });
    em.persist(created);
    recordAudit(em, null, {
      entityType: 'Finding',
      entityId: created.id,
      visitId: visit.id,
      action: 'CREATE_FROM_FAILED_ITEM',
      after: { itemCode: item.code, ...wording, deadline: created.deadline },
    });
    return created;
  }
  if (finding && finding.status === FindingStatus.OPEN) {
    // A finding the unit has already reported on stays, with its history; an untouched one goes.
    em.remove(finding);
    recordAudit(em, null, {
      entityType: 'Finding',
      entityId: finding.id,
      visitId: visit.id,
      action: 'REMOVE_ITEM_NO_LONGER_FAILED',
      before: { itemCode: item.code, foundText: finding.foundText },
    });
  }
  return null;
}

/** A Không đạt answer's finding must say what was found before it goes to review or into a revision. */
export function requireFoundText(item: ChecklistItem, finding: Finding | null): void {
  if (finding && finding.foundText === null) throw FindingErrors.foundTextRequired([item.code]);
}
