import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/audit.service.js';
import type { User } from '../users/user.entity.js';
import { currentScoresOf } from './assessment-records.js';
import { planCarryOver, type ScoredLeaf } from './carry-over.js';
import type { CriteriaSet, Criterion } from './criteria-set.entity.js';
import { type SelfAssessment, SelfAssessmentStatus } from './self-assessment.entity.js';
import { SelfAssessmentErrors } from './self-assessment.errors.js';

/** The scores of the assessment's current revision, as the carry-over reads them. */
export async function scoredLeavesOf(em: EntityManager, assessment: SelfAssessment): Promise<ScoredLeaf[]> {
  const scores = await currentScoresOf(em, assessment);
  return scores.map((s) => ({
    scoreId: s.id,
    code: s.criterion.code,
    text: s.criterion.text,
    maxPoints: s.criterion.maxPoints,
    points: s.points,
    notApplicable: s.notApplicable,
  }));
}

/**
 * Moves a draft assessment to a re-issued set (planCarryOver): unchanged criteria keep their scores,
 * changed ones keep their old points as `priorPoints` and wait for review, and scores of criteria the
 * new set no longer has stay on the old revision, marked retired. Evidence and explanations stay with
 * their score. Audited as one entry on the assessment.
 */
export async function moveToRevision(
  em: EntityManager,
  actor: User,
  assessment: SelfAssessment,
  set: CriteriaSet,
  criteria: readonly Criterion[],
): Promise<void> {
  if (assessment.status !== SelfAssessmentStatus.DRAFT) throw SelfAssessmentErrors.reissueLocked(assessment.year);
  const scores = await currentScoresOf(em, assessment);
  const leaves = new Map(criteria.filter((c) => c.isLeaf).map((c) => [c.code, c]));
  const plan = planCarryOver(
    scores.map((s) => ({
      scoreId: s.id,
      code: s.criterion.code,
      text: s.criterion.text,
      maxPoints: s.criterion.maxPoints,
      points: s.points,
      notApplicable: s.notApplicable,
    })),
    [...leaves.values()],
  );
  const byId = new Map(scores.map((s) => [s.id, s]));
  const fromRevision = assessment.criteriaSet.revision;
  for (const step of plan) {
    const score = byId.get(step.scoreId);
    const criterion = leaves.get(step.code);
    if (!score) continue;
    if (step.outcome === 'RETIRED' || !criterion) {
      score.retiredInRevision = set.revision;
      continue;
    }
    if (step.outcome === 'CHANGED') {
      score.priorPoints = score.points;
      score.priorMaxPoints = score.criterion.maxPoints;
      score.priorText = score.criterion.text;
      score.points = null;
      score.needsReview = true;
      score.reviewNote = step.note;
      // The accepted suggestion was scored by the old guidance.
      score.suggestedPoints = null;
      score.suggestionComputation = null;
      score.suggestionAcceptedBy = null;
      score.suggestionAcceptedAt = null;
    }
    score.criterion = criterion;
  }
  assessment.criteriaSet = set;
  const codes = (outcome: string) => plan.filter((p) => p.outcome === outcome).map((p) => p.code);
  recordAudit(em, actor, {
    entityType: 'SelfAssessment',
    entityId: assessment.id,
    action: 'MOVE_TO_REVISION',
    before: { revision: fromRevision },
    after: { revision: set.revision, kept: codes('KEPT'), changed: codes('CHANGED'), retired: codes('RETIRED') },
  });
}
