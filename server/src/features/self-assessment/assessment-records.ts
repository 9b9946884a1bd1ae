import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/ids.js';
import type { User } from '../users/user.entity.js';
import type { TotalsCriterion } from './assessment-totals.js';
import { Criterion } from './criteria-set.entity.js';
import { CriterionScore, SelfAssessment } from './self-assessment.entity.js';
import { SelfAssessmentErrors } from './self-assessment.errors.js';

/*
 * Finding an assessment, its criteria and its score rows, for the services that change them. A change
 * locks the assessment's row first, so a score is never written while the assessment is being
 * submitted (or moved to a re-issued set), and two steps of the workflow never cross.
 */

/** The assessment, locked for the rest of the transaction. */
export async function lockedAssessment(em: EntityManager, id: string): Promise<SelfAssessment> {
  const assessment = isUuid(id)
    ? await em.findOne(SelfAssessment, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE })
    : null;
  if (!assessment) throw SelfAssessmentErrors.notFound();
  await em.populate(assessment, ['criteriaSet']);
  return assessment;
}

export async function findAssessment(em: EntityManager, id: string): Promise<SelfAssessment> {
  const assessment = isUuid(id) ? await em.findOne(SelfAssessment, { id }, { populate: ['criteriaSet'] }) : null;
  if (!assessment) throw SelfAssessmentErrors.notFound();
  return assessment;
}

/** A criterion of the assessment's current set that is scored directly (a leaf). */
export async function scoredCriterion(
  em: EntityManager,
  assessment: SelfAssessment,
  criterionId: string,
): Promise<Criterion> {
  const criterion = isUuid(criterionId)
    ? await em.findOne(Criterion, { id: criterionId, set: assessment.criteriaSet })
    : null;
  if (!criterion) throw SelfAssessmentErrors.criterionNotFound();
  if (!criterion.isLeaf) throw SelfAssessmentErrors.criterionNotScored(criterion.code);
  return criterion;
}

/** The criterion's score row, made (unscored) on first use. */
export async function scoreRow(
  em: EntityManager,
  actor: User,
  assessment: SelfAssessment,
  criterion: Criterion,
): Promise<CriterionScore> {
  const existing = await em.findOne(CriterionScore, { assessment, criterion });
  if (existing) return existing;
  const score = em.create(CriterionScore, { assessment, criterion, updatedBy: actor });
  em.persist(score);
  return score;
}

/** The criteria of the assessment's current set, in order. */
export function criteriaOf(em: EntityManager, assessment: SelfAssessment): Promise<Criterion[]> {
  return em.find(Criterion, { set: assessment.criteriaSet }, { orderBy: { position: 'asc' } });
}

/** The scores of the assessment's current set (not those a re-issue left behind). */
export function currentScoresOf(em: EntityManager, assessment: SelfAssessment): Promise<CriterionScore[]> {
  return em.find(
    CriterionScore,
    { assessment, criterion: { set: assessment.criteriaSet } },
    { populate: ['criterion'], orderBy: { criterion: { position: 'asc' } } },
  );
}

/** The scores a re-issue left on an earlier revision's criteria, kept as history. */
export function retiredScoresOf(em: EntityManager, assessment: SelfAssessment): Promise<CriterionScore[]> {
  return em.find(
    CriterionScore,
    { assessment, criterion: { set: { $ne: assessment.criteriaSet } } },
    { populate: ['criterion', 'criterion.set'], orderBy: { retiredInRevision: 'asc', criterion: { position: 'asc' } } },
  );
}

/** What the audit trail keeps of a score. */
export function describeScore(score: CriterionScore): Record<string, unknown> {
  return {
    code: score.criterion.code,
    points: score.points,
    explanation: score.explanation,
    notApplicable: score.notApplicable,
    notApplicableReason: score.notApplicableReason,
    overrideExplanation: score.overrideExplanation,
    suggestedPoints: score.suggestedPoints,
    needsReview: score.needsReview,
    appraisalPoints1: score.appraisalPoints1,
    appraisalComment1: score.appraisalComment1,
    appraisalPoints2: score.appraisalPoints2,
    appraisalComment2: score.appraisalComment2,
  };
}

/** A criterion as the totals, the comparison and the scoring table read it. */
export function totalsCriterionOf(criterion: Criterion): TotalsCriterion {
  const { id, code, text, maxPoints, isLeaf } = criterion;
  return { id, code, text, parentId: criterion.parent?.id ?? null, maxPoints, isLeaf };
}
