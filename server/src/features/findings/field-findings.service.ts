import { storedText } from '@kycuong/rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/ids.js';
import { entityTypeOf } from '../../db/entity-ids.js';
import { recordAudit } from '../audit/audit.service.js';
import { Unit } from '../units/unit.entity.js';
import type { User } from '../users/user.entity.js';
import { fieldWrite, itemOfVisit, visitForFieldWrite } from '../visits/visit-field-write.js';
import type { DeleteFindingInput, SaveFindingInput } from '../visits/visits.inputs.js';
import { Finding } from './finding.entity.js';
import { FindingErrors } from './findings.errors.js';
import { describeFinding } from './findings.service.js';

/**
 * Findings written from the field while the visit is open: field writes like the visit's others (once
 * per operation id, by a member of its team). A failed item's own finding follows its answer
 * (failed-item-finding.ts).
 */
export class FieldFindingsService {
  constructor(private readonly em: EntityManager) {}

  /** Creates or edits a finding while the visit is open; a failed item's finding is found by its item. */
  async save(user: User, input: SaveFindingInput): Promise<void> {
    await fieldWrite(this.em, user, input.operationId, 'saveFinding', input, async (em) => {
      const visit = await visitForFieldWrite(em, user, input.visitId);
      const item = input.itemId ? await itemOfVisit(em, visit, input.itemId) : null;
      const responsibleUnit = input.responsibleUnitId
        ? isUuid(input.responsibleUnitId)
          ? await em.findOne(Unit, { id: input.responsibleUnitId })
          : null
        : visit.unit;
      if (!responsibleUnit) throw FindingErrors.unitNotFound();
      let finding =
        (item ? await em.findOne(Finding, { visit, item, fromFailedItem: true }) : null) ??
        (await em.findOne(Finding, { id: input.findingId }));
      if (finding && finding.visit.id !== visit.id) throw FindingErrors.idTaken();
      // A new finding may not take the id of any other record (a visit's would show its history as the finding's).
      if (!finding && (await entityTypeOf(em, input.findingId)) !== null) throw FindingErrors.idTaken();
      const before = finding ? describeFinding(finding) : null;
      if (!finding) {
        finding = em.create(Finding, {
          id: input.findingId,
          visit,
          item,
          responsibleUnit,
          groupTitle: item?.group.title ?? 'Khác',
          severity: input.severity,
        });
        em.persist(finding);
      }
      finding.severity = input.severity;
      finding.foundText = storedText(input.description);
      finding.recommendation = storedText(input.recommendation);
      finding.deadline = input.deadline ?? null;
      finding.responsibleUnit = responsibleUnit;
      recordAudit(em, user, {
        entityType: 'Finding',
        entityId: finding.id,
        visitId: visit.id,
        action: before ? 'UPDATE' : 'CREATE',
        before,
        after: describeFinding(finding),
      });
    });
  }

  /** Removes a finding added by hand; a failed item's finding goes only when its answer changes. */
  async delete(user: User, input: DeleteFindingInput): Promise<void> {
    await fieldWrite(this.em, user, input.operationId, 'deleteFinding', input, async (em) => {
      const visit = await visitForFieldWrite(em, user, input.visitId);
      const finding = isUuid(input.findingId) ? await em.findOne(Finding, { id: input.findingId, visit }) : null;
      if (!finding) throw FindingErrors.notFound();
      if (finding.fromFailedItem) throw FindingErrors.fromFailedItem();
      em.remove(finding);
      recordAudit(em, user, {
        entityType: 'Finding',
        entityId: finding.id,
        visitId: visit.id,
        action: 'DELETE',
        before: describeFinding(finding),
      });
    });
  }
}
