import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/ids.js';
import { recordAudit } from '../audit/audit.service.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { blankToNull, singleLine } from '../registers/register-rules.js';
import type { User } from '../users/user.entity.js';
import { lockedAssessment, scoredCriterion, scoreRow } from './assessment-records.js';
import { evidenceRecordFacts } from './evidence-records.js';
import { AssessmentEvidence } from './self-assessment.entity.js';
import { SelfAssessmentErrors } from './self-assessment.errors.js';
import type { AddAssessmentEvidenceInput } from './self-assessment.inputs.js';
import { assertEditable } from './workflow.js';

/**
 * Tài liệu kiểm chứng of a criterion's score: a record of this product of the assessment's year, or a
 * file the user uploaded (PDF, .docx, image, through /api/files), each with where to look in it. Only in
 * draft, as the scores; every change audited on the assessment.
 */
export class AssessmentEvidenceService {
  constructor(private readonly em: EntityManager) {}

  async add(actor: User, input: AddAssessmentEvidenceInput): Promise<AssessmentEvidence> {
    const byRecord = Boolean(input.recordKind || input.recordId);
    const byFile = Boolean(input.fileId);
    if (byRecord === byFile || (byRecord && !(input.recordKind && input.recordId)))
      throw SelfAssessmentErrors.evidenceSourceInvalid();
    return this.em.transactional(async (em) => {
      const assessment = await lockedAssessment(em, input.assessmentId);
      assertEditable(assessment.status);
      const criterion = await scoredCriterion(em, assessment, input.criterionId);
      let file: StoredFile | null = null;
      if (input.recordKind && input.recordId) {
        const facts = await evidenceRecordFacts(em, input.recordKind, input.recordId);
        if (!facts) throw SelfAssessmentErrors.evidenceRecordNotFound();
        if (!facts.years.includes(assessment.year))
          throw SelfAssessmentErrors.evidenceOtherYear(assessment.year, facts.years);
      } else {
        file = isUuid(input.fileId) ? await em.findOne(StoredFile, { id: input.fileId }) : null;
        if (!file || file.uploadedBy.id !== actor.id) throw SelfAssessmentErrors.evidenceFileNotFound();
      }
      const score = await scoreRow(em, actor, assessment, criterion);
      const text = (value: string | null | undefined) => {
        const cleaned = blankToNull(value);
        return cleaned === null ? null : singleLine(cleaned);
      };
      const evidence = em.create(AssessmentEvidence, {
        score,
        recordKind: byRecord ? (input.recordKind ?? null) : null,
        recordId: byRecord ? (input.recordId ?? null) : null,
        file,
        pointer: text(input.pointer),
        documentNumber: text(input.documentNumber),
        documentDate: input.documentDate ?? null,
        issuer: text(input.issuer),
        note: blankToNull(input.note),
        addedBy: actor,
      });
      em.persist(evidence);
      recordAudit(em, actor, {
        entityType: 'SelfAssessment',
        entityId: assessment.id,
        action: 'ADD_EVIDENCE',
        after: describeEvidence(criterion.code, evidence),
      });
      return evidence;
    });
  }

  async remove(actor: User, id: string): Promise<boolean> {
    return this.em.transactional(async (em) => {
      const evidence = isUuid(id)
        ? await em.findOne(AssessmentEvidence, { id }, { populate: ['score', 'score.criterion'] })
        : null;
      if (!evidence) throw SelfAssessmentErrors.evidenceNotFound();
      const assessment = await lockedAssessment(em, evidence.score.assessment.id);
      assertEditable(assessment.status);
      recordAudit(em, actor, {
        entityType: 'SelfAssessment',
        entityId: assessment.id,
        action: 'REMOVE_EVIDENCE',
        before: describeEvidence(evidence.score.criterion.code, evidence),
      });
      em.remove(evidence);
      return true;
    });
  }

  /** The evidence of a score, oldest first. */
  list(scoreId: string): Promise<AssessmentEvidence[]> {
    return this.em.find(AssessmentEvidence, { score: scoreId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }
}

function describeEvidence(code: string, e: AssessmentEvidence): Record<string, unknown> {
  return {
    code,
    evidenceId: e.id,
    recordKind: e.recordKind,
    recordId: e.recordId,
    fileId: e.file?.id ?? null,
    pointer: e.pointer,
    documentNumber: e.documentNumber,
    documentDate: e.documentDate,
    issuer: e.issuer,
  };
}
