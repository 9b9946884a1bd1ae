import type { EntityManager } from '@mikro-orm/postgresql';
import { type AssessmentComparison, assessmentComparison, type ComparedYear } from './assessment-comparison.js';
import { criteriaOf, currentScoresOf, totalsCriterionOf } from './assessment-records.js';
import { AssessmentEvidence, SelfAssessment, SelfAssessmentStatus } from './self-assessment.entity.js';

/** An assessment's criteria and current scores, with how much evidence each score has. */
async function comparedYear(em: EntityManager, assessment: SelfAssessment): Promise<ComparedYear> {
  const criteria = await criteriaOf(em, assessment);
  const scores = await currentScoresOf(em, assessment);
  const evidence = scores.length ? await em.find(AssessmentEvidence, { score: { $in: scores } }) : [];
  const counts = new Map<string, number>();
  for (const e of evidence) counts.set(e.score.id, (counts.get(e.score.id) ?? 0) + 1);
  return {
    year: assessment.year,
    final: assessment.status === SelfAssessmentStatus.FINAL,
    criteria: criteria.map(totalsCriterionOf),
    scores: new Map(
      scores.map((s) => [
        s.criterion.id,
        {
          points: s.points,
          notApplicable: s.notApplicable,
          appraisalPoints1: s.appraisalPoints1,
          appraisalPoints2: s.appraisalPoints2,
          explanation: s.explanation,
          evidenceCount: counts.get(s.id) ?? 0,
        },
      ]),
    ),
  };
}

/** The assessment against the same kind of agency's assessment of the year before, if there is one. */
export async function comparisonOf(em: EntityManager, assessment: SelfAssessment): Promise<AssessmentComparison> {
  const previous = await em.findOne(
    SelfAssessment,
    { year: assessment.year - 1, agencyKind: assessment.agencyKind },
    { populate: ['criteriaSet'] },
  );
  return assessmentComparison(await comparedYear(em, assessment), previous ? await comparedYear(em, previous) : null);
}
