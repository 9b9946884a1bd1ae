import { failedItemDeadline, failedItemDescription } from '@kycuong/rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import { todayLocalDate } from '../../common/local-date.js';
import { recordAudit } from '../audit/audit.service.js';
import type { ChecklistItem } from '../checklists/checklist.entity.js';
import { PassFail, type Visit, type VisitAnswer } from '../visits/visit.entity.js';
import { Finding, FindingSeverity, FindingStatus } from './finding.entity.js';

/**
 * Keeps an item's finding in step with its answer, in the answer's transaction: a Không đạt answer makes
 * (or keeps) the finding, and its description follows the note until someone edits it; another answer
 * removes the finding while the unit has not reported on it yet. A new finding's deadline runs from
 * `madeOn`: the visit's day for an answer in the field, the revision's day for a revision of an approved
 * visit (from the visit's day it could be overdue the day it is made).
 */
export async function syncFailedItemFinding(
  em: EntityManager,
  visit: Visit,
  item: ChecklistItem,
  answer: VisitAnswer,
  previousNote: string | null,
  madeOn: string = visit.visitDate ?? todayLocalDate(),
): Promise<void> {
  const finding = await em.findOne(Finding, { visit, item, fromFailedItem: true });
  if (answer.passFail === PassFail.FAIL) {
    const description = failedItemDescription(item.text, answer.note);
    if (finding && finding.description === failedItemDescription(item.text, previousNote)) {
      // Not edited by hand yet: the finding keeps following the inspector's note.
      finding.description = description;
    } else if (!finding) {
      const created = em.create(Finding, {
        visit,
        item,
        fromFailedItem: true,
        responsibleUnit: visit.unit,
        groupTitle: item.group.title,
        severity: FindingSeverity.MEDIUM,
        description,
        deadline: failedItemDeadline(madeOn),
      });
      em.persist(created);
      recordAudit(em, null, {
        entityType: 'Finding',
        entityId: created.id,
        visitId: visit.id,
        action: 'CREATE_FROM_FAILED_ITEM',
        after: { itemCode: item.code, description, deadline: created.deadline },
      });
    }
  } else if (finding && finding.status === FindingStatus.OPEN) {
    // A finding the unit has already reported on stays, with its history; an untouched one goes.
    em.remove(finding);
    recordAudit(em, null, {
      entityType: 'Finding',
      entityId: finding.id,
      visitId: visit.id,
      action: 'REMOVE_ITEM_NO_LONGER_FAILED',
      before: { itemCode: item.code, description: finding.description },
    });
  }
}
