import { isReportYear } from '@kycuong/rules';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/audit.service.js';
import { blankToNull } from '../registers/register-rules.js';
import type { User } from '../users/user.entity.js';
import {
  criteriaOf,
  currentScoresOf,
  describeScore,
  findAssessment,
  lockedAssessment,
  scoredCriterion,
  scoreRow,
  totalsCriterionOf,
} from './assessment-records.js';
import { type AssessmentTotals, assessmentTotals } from './assessment-totals.js';
import { latestSet } from './criteria-import.service.js';
import { needsOverrideExplanation, scoreProblem } from './criteria-rules.js';
import { AgencyKind, CriteriaSet } from './criteria-set.entity.js';
import { type CriterionScore, SelfAssessment } from './self-assessment.entity.js';
import { CriteriaErrors, SelfAssessmentErrors } from './self-assessment.errors.js';
import type {
  ReturnSelfAssessmentInput,
  ScoreCriterionInput,
  StartSelfAssessmentInput,
} from './self-assessment.inputs.js';
import { criterionSuggestion } from './suggestion.js';
import {
  type AssessmentStep,
  assertEditable,
  type LeafState,
  statusAfter,
  unappraisedCodes,
  unscoredCodes,
} from './workflow.js';

const ACTION: Record<AssessmentStep, string> = {
  SUBMIT: 'SUBMIT',
  APPROVE: 'APPROVE',
  RETURN: 'RETURN',
  START_APPRAISAL: 'START_APPRAISAL',
  FINALISE: 'FINALISE',
};

/**
 * Bản tự đánh giá, chấm điểm Chỉ số CCHC: started on the year's latest criteria set, scored criterion
 * by criterion in draft, then submitted, approved (or returned) by leadership, appraised and final.
 * Every change is audited on the assessment (entity type SelfAssessment), in the change's transaction.
 */
export class SelfAssessmentService {
  constructor(private readonly em: EntityManager) {}

  list(): Promise<SelfAssessment[]> {
    return this.em.find(SelfAssessment, {}, { populate: ['criteriaSet'], orderBy: { year: 'desc' } });
  }

  forYear(year: number, agencyKind: AgencyKind): Promise<SelfAssessment | null> {
    return this.em.findOne(SelfAssessment, { year, agencyKind }, { populate: ['criteriaSet'] });
  }

  get(id: string): Promise<SelfAssessment> {
    return findAssessment(this.em, id);
  }

  async start(actor: User, input: StartSelfAssessmentInput): Promise<SelfAssessment> {
    if (!isReportYear(input.year)) throw CriteriaErrors.yearInvalid();
    const where = { year: input.year, agencyKind: input.agencyKind ?? AgencyKind.DEPARTMENT };
    try {
      return await this.em.transactional(async (em) => {
        const set = await latestSet(em, where);
        if (!set) throw CriteriaErrors.setNotFound();
        if (await em.count(SelfAssessment, where)) throw SelfAssessmentErrors.exists(input.year);
        const assessment = em.create(SelfAssessment, {
          ...where,
          criteriaSet: set,
          createdBy: actor,
        });
        em.persist(assessment);
        recordAudit(em, actor, {
          entityType: 'SelfAssessment',
          entityId: assessment.id,
          action: 'START',
          after: { ...where, revision: set.revision },
        });
        return assessment;
      });
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) throw SelfAssessmentErrors.exists(input.year);
      throw err;
    }
  }

  /** A criterion's self-score as sent: points on the guidance, or not applicable with a reason. */
  async score(actor: User, input: ScoreCriterionInput): Promise<CriterionScore> {
    return this.em.transactional(async (em) => {
      const assessment = await lockedAssessment(em, input.assessmentId);
      assertEditable(assessment.status);
      const criterion = await scoredCriterion(em, assessment, input.criterionId);
      const score = await scoreRow(em, actor, assessment, criterion);
      if (input.version != null && input.version !== score.version) throw SelfAssessmentErrors.versionConflict();
      const points = input.points ?? null;
      const reason = blankToNull(input.notApplicableReason);
      const overrideExplanation = blankToNull(input.overrideExplanation);
      const notApplicable = input.notApplicable ?? false;
      if (notApplicable) {
        if (points !== null) throw SelfAssessmentErrors.scoreWithNotApplicable();
        if (!reason) throw SelfAssessmentErrors.notApplicableReasonRequired();
      } else if (points !== null) {
        const problem = scoreProblem(criterion, points);
        if (problem) throw problem;
        if (needsOverrideExplanation(points, score.suggestedPoints) && !overrideExplanation)
          throw SelfAssessmentErrors.overrideExplanationRequired(score.suggestedPoints ?? 0);
      }
      const before = describeScore(score);
      score.points = points;
      score.explanation = blankToNull(input.explanation);
      score.notApplicable = notApplicable;
      score.notApplicableReason = notApplicable ? reason : null;
      score.overrideExplanation = overrideExplanation;
      // A flagged score is reviewed once it is scored again (or said not to apply).
      if (points !== null || notApplicable) score.needsReview = false;
      score.updatedBy = actor;
      recordAudit(em, actor, {
        entityType: 'SelfAssessment',
        entityId: assessment.id,
        action: 'SCORE',
        before,
        after: describeScore(score),
      });
      return score;
    });
  }

  /**
   * A person accepts the suggestion computed from the year's records (never one sent by the client: it
   * is computed again here): the score becomes its points, and a later different score needs an override
   * explanation. Refused when the criterion names no measure or nothing was due.
   */
  async acceptSuggestion(actor: User, assessmentId: string, criterionId: string): Promise<CriterionScore> {
    return this.em.transactional(async (em) => {
      const assessment = await lockedAssessment(em, assessmentId);
      assertEditable(assessment.status);
      const criterion = await scoredCriterion(em, assessment, criterionId);
      const suggestion = await criterionSuggestion(em, assessment.year, criterion);
      if (suggestion?.points == null) throw SelfAssessmentErrors.noSuggestion(criterion.code);
      const problem = scoreProblem(criterion, suggestion.points);
      if (problem) throw problem;
      const score = await scoreRow(em, actor, assessment, criterion);
      const before = describeScore(score);
      Object.assign(score, {
        points: suggestion.points,
        notApplicable: false,
        notApplicableReason: null,
        needsReview: false,
        suggestedPoints: suggestion.points,
        suggestionComputation: suggestion.computation,
        suggestionAcceptedBy: actor,
        suggestionAcceptedAt: new Date(),
        overrideExplanation: null,
        updatedBy: actor,
      });
      recordAudit(em, actor, {
        entityType: 'SelfAssessment',
        entityId: assessment.id,
        action: 'ACCEPT_SUGGESTION',
        before,
        after: { ...describeScore(score), computation: suggestion.computation },
      });
      return score;
    });
  }

  submit(actor: User, id: string): Promise<SelfAssessment> {
    return this.step(actor, id, 'SUBMIT', async (em, assessment) => {
      const pending = unscoredCodes(await this.leafStates(em, assessment));
      if (pending.length) throw SelfAssessmentErrors.incomplete(pending);
      assessment.submittedAt = new Date();
      assessment.submittedBy = actor;
    });
  }

  approve(actor: User, id: string): Promise<SelfAssessment> {
    return this.step(actor, id, 'APPROVE', async (_em, assessment) => {
      assessment.approvedAt = new Date();
      assessment.approvedBy = actor;
    });
  }

  returnToDraft(actor: User, input: ReturnSelfAssessmentInput): Promise<SelfAssessment> {
    const comment = blankToNull(input.comment);
    if (!comment) throw SelfAssessmentErrors.returnCommentRequired();
    return this.step(
      actor,
      input.id,
      'RETURN',
      async (_em, assessment) => {
        assessment.returnComment = comment;
        assessment.returnedAt = new Date();
      },
      comment,
    );
  }

  startAppraisal(actor: User, id: string): Promise<SelfAssessment> {
    return this.step(actor, id, 'START_APPRAISAL', async () => {});
  }

  finalise(actor: User, id: string): Promise<SelfAssessment> {
    return this.step(actor, id, 'FINALISE', async (em, assessment) => {
      const pending = unappraisedCodes(await this.leafStates(em, assessment));
      if (pending.length) throw SelfAssessmentErrors.appraisalIncomplete(pending);
      assessment.finalisedAt = new Date();
    });
  }

  /** One step of the workflow on the locked assessment, audited with its status before and after. */
  private step(
    actor: User,
    id: string,
    step: AssessmentStep,
    work: (em: EntityManager, assessment: SelfAssessment) => Promise<void>,
    reason: string | null = null,
  ): Promise<SelfAssessment> {
    return this.em.transactional(async (em) => {
      const assessment = await lockedAssessment(em, id);
      const from = assessment.status;
      const to = statusAfter(from, step);
      await work(em, assessment);
      assessment.status = to;
      recordAudit(em, actor, {
        entityType: 'SelfAssessment',
        entityId: assessment.id,
        action: ACTION[step],
        before: { status: from },
        after: { status: to },
        reason,
      });
      return assessment;
    });
  }

  /** Every scored criterion of the current set with its score (or none yet). */
  private async leafStates(em: EntityManager, assessment: SelfAssessment): Promise<LeafState[]> {
    const scores = new Map((await currentScoresOf(em, assessment)).map((s) => [s.criterion.id, s]));
    return (await criteriaOf(em, assessment))
      .filter((c) => c.isLeaf)
      .map((c) => {
        const s = scores.get(c.id);
        return {
          code: c.code,
          points: s?.points ?? null,
          notApplicable: s?.notApplicable ?? false,
          needsReview: s?.needsReview ?? false,
          appraisalPoints1: s?.appraisalPoints1 ?? null,
        };
      });
  }

  /** The totals by area and overall, computed from the current set and its scores. */
  async totals(assessment: SelfAssessment): Promise<AssessmentTotals> {
    const criteria = await criteriaOf(this.em, assessment);
    const scores = await currentScoresOf(this.em, assessment);
    return assessmentTotals(criteria.map(totalsCriterionOf), new Map(scores.map((s) => [s.criterion.id, s])));
  }
}

/** The sets of a year (every revision, newest first), or of every year. */
export function criteriaSets(em: EntityManager, year: number | null, agencyKind: AgencyKind | null) {
  return em.find(
    CriteriaSet,
    { ...(year ? { year } : {}), ...(agencyKind ? { agencyKind } : {}) },
    { orderBy: { year: 'desc', revision: 'desc' } },
  );
}
