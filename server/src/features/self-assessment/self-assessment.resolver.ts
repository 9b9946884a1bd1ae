import { isReportYear } from '@kycuong/rules';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { isUuid } from '../../common/ids.js';
import type { RequestContext } from '../../common/request-context.js';
import { Capability } from '../auth/permissions.js';
import { signedInUser } from '../users/signed-in.js';
import { User } from '../users/user.entity.js';
import { AppraisalService } from './appraisal.service.js';
import { AssessmentEvidenceService } from './assessment-evidence.service.js';
import { criteriaOf, currentScoresOf, findAssessment, retiredScoresOf } from './assessment-records.js';
import { AssessmentTotals } from './assessment-totals.js';
import { AgencyKind, CriteriaSet, Criterion } from './criteria-set.entity.js';
import { CitableRecord, citableRecords, evidenceRecordFacts } from './evidence-records.js';
import { EvidenceRecordKind } from './performance-measure.js';
import { AssessmentEvidence, CriterionScore, SelfAssessment } from './self-assessment.entity.js';
import { CriteriaErrors } from './self-assessment.errors.js';
import {
  AddAssessmentEvidenceInput,
  AppraisalScoreInput,
  ReturnSelfAssessmentInput,
  ScoreCriterionInput,
  StartSelfAssessmentInput,
} from './self-assessment.inputs.js';
import { criteriaSets, SelfAssessmentService } from './self-assessment.service.js';
import { CriterionSuggestion, criterionSuggestion } from './suggestion.js';

const READ = Capability.SELF_ASSESSMENT_READ;
const EDIT = Capability.SELF_ASSESSMENT_EDIT;
const APPROVE = Capability.SELF_ASSESSMENT_APPROVE;

async function nameOf(ctx: RequestContext, user: User | null): Promise<string | null> {
  return user ? ((await ctx.em.findOne(User, { id: user.id }))?.fullName ?? null) : null;
}

@Resolver(() => CriteriaSet)
export class CriteriaSetResolver {
  @Authorized(READ)
  @Query(() => [CriteriaSet], { description: 'PAR INDEX criteria sets (every revision), newest first' })
  criteriaSets(
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Arg('agencyKind', () => AgencyKind, { nullable: true }) agencyKind: AgencyKind | null,
    @Ctx() ctx: RequestContext,
  ): Promise<CriteriaSet[]> {
    return criteriaSets(ctx.em, year ?? null, agencyKind ?? null);
  }

  @Authorized(READ)
  @Query(() => CriteriaSet)
  async criteriaSet(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<CriteriaSet> {
    const set = isUuid(id) ? await ctx.em.findOne(CriteriaSet, { id }) : null;
    if (!set) throw CriteriaErrors.setNotFound();
    return set;
  }

  @FieldResolver(() => [Criterion], { description: 'Areas, criteria and components, in the set’s order' })
  criteria(@Root() set: CriteriaSet, @Ctx() ctx: RequestContext): Promise<Criterion[]> {
    return ctx.em.find(Criterion, { set }, { orderBy: { position: 'asc' } });
  }
}

@Resolver(() => Criterion)
export class CriterionResolver {
  @FieldResolver(() => ID, { nullable: true })
  parentId(@Root() criterion: Criterion): string | null {
    return criterion.parent?.id ?? null;
  }
}

@Resolver(() => SelfAssessment)
export class SelfAssessmentResolver {
  @Authorized(READ)
  @Query(() => [SelfAssessment], { description: 'Every year’s self-assessment, newest first' })
  selfAssessments(@Ctx() ctx: RequestContext): Promise<SelfAssessment[]> {
    return new SelfAssessmentService(ctx.em).list();
  }

  @Authorized(READ)
  @Query(() => SelfAssessment, { nullable: true, description: 'The self-assessment of a year, if started' })
  selfAssessment(
    @Arg('year', () => Int) year: number,
    @Arg('agencyKind', () => AgencyKind, { defaultValue: AgencyKind.DEPARTMENT }) agencyKind: AgencyKind,
    @Ctx() ctx: RequestContext,
  ): Promise<SelfAssessment | null> {
    return new SelfAssessmentService(ctx.em).forYear(year, agencyKind);
  }

  @Authorized(EDIT)
  @Query(() => [CitableRecord], {
    description:
      'The records of a kind that a self-assessment of the year can cite as evidence, those whose label has every word of search; at most 100',
  })
  citableRecords(
    @Arg('year', () => Int) year: number,
    @Arg('kind', () => EvidenceRecordKind) kind: EvidenceRecordKind,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<CitableRecord[]> {
    if (!isReportYear(year)) throw CriteriaErrors.yearInvalid();
    return citableRecords(ctx.em, year, kind, search?.slice(0, 200) ?? null);
  }

  @Authorized(EDIT)
  @Mutation(() => SelfAssessment, { description: 'Starts the year’s self-assessment on its latest criteria set' })
  startSelfAssessment(
    @Arg('input', () => StartSelfAssessmentInput) input: StartSelfAssessmentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SelfAssessment> {
    return new SelfAssessmentService(ctx.em).start(signedInUser(ctx), input);
  }

  @Authorized(EDIT)
  @Mutation(() => CriterionScore, {
    description: 'A criterion’s self-score, explanation or not-applicable; draft only',
  })
  scoreCriterion(
    @Arg('input', () => ScoreCriterionInput) input: ScoreCriterionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CriterionScore> {
    return new SelfAssessmentService(ctx.em).score(signedInUser(ctx), input);
  }

  @Authorized(EDIT)
  @Mutation(() => CriterionScore, {
    description: 'Accepts the score suggested from the year’s records, computed again on the server; draft only',
  })
  acceptSuggestion(
    @Arg('assessmentId', () => ID) assessmentId: string,
    @Arg('criterionId', () => ID) criterionId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CriterionScore> {
    return new SelfAssessmentService(ctx.em).acceptSuggestion(signedInUser(ctx), assessmentId, criterionId);
  }

  @Authorized(EDIT)
  @Mutation(() => AssessmentEvidence, { description: 'Cites a record of the year or an uploaded file as evidence' })
  addAssessmentEvidence(
    @Arg('input', () => AddAssessmentEvidenceInput) input: AddAssessmentEvidenceInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AssessmentEvidence> {
    return new AssessmentEvidenceService(ctx.em).add(signedInUser(ctx), input);
  }

  @Authorized(EDIT)
  @Mutation(() => Boolean)
  removeAssessmentEvidence(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return new AssessmentEvidenceService(ctx.em).remove(signedInUser(ctx), id);
  }

  @Authorized(EDIT)
  @Mutation(() => SelfAssessment, { description: 'Submits the draft to leadership; it is locked from then on' })
  submitSelfAssessment(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<SelfAssessment> {
    return new SelfAssessmentService(ctx.em).submit(signedInUser(ctx), id);
  }

  @Authorized(APPROVE)
  @Mutation(() => SelfAssessment)
  approveSelfAssessment(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<SelfAssessment> {
    return new SelfAssessmentService(ctx.em).approve(signedInUser(ctx), id);
  }

  @Authorized(APPROVE)
  @Mutation(() => SelfAssessment, { description: 'Returns a submitted assessment to draft, with a comment' })
  returnSelfAssessment(
    @Arg('input', () => ReturnSelfAssessmentInput) input: ReturnSelfAssessmentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SelfAssessment> {
    return new SelfAssessmentService(ctx.em).returnToDraft(signedInUser(ctx), input);
  }

  @Authorized(EDIT)
  @Mutation(() => SelfAssessment, { description: 'The approved assessment goes to the Sở Nội vụ’s appraisal' })
  startSelfAssessmentAppraisal(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<SelfAssessment> {
    return new SelfAssessmentService(ctx.em).startAppraisal(signedInUser(ctx), id);
  }

  @Authorized(EDIT)
  @Mutation(() => CriterionScore, { description: 'The Sở Nội vụ’s score and comment of a criterion in a round' })
  enterAppraisalScore(
    @Arg('input', () => AppraisalScoreInput) input: AppraisalScoreInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CriterionScore> {
    return new AppraisalService(ctx.em).enter(signedInUser(ctx), input);
  }

  @Authorized(EDIT)
  @Mutation(() => SelfAssessment, { description: 'Closes the appraisal: the result is final' })
  finaliseSelfAssessment(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<SelfAssessment> {
    return new SelfAssessmentService(ctx.em).finalise(signedInUser(ctx), id);
  }

  @FieldResolver(() => CriteriaSet)
  async criteriaSet(@Root() assessment: SelfAssessment, @Ctx() ctx: RequestContext): Promise<CriteriaSet> {
    return (await findAssessment(ctx.em, assessment.id)).criteriaSet;
  }

  @FieldResolver(() => [CriterionScore], { description: 'The scores of the current criteria set' })
  async scores(@Root() assessment: SelfAssessment, @Ctx() ctx: RequestContext): Promise<CriterionScore[]> {
    return currentScoresOf(ctx.em, await findAssessment(ctx.em, assessment.id));
  }

  @FieldResolver(() => [CriterionScore], {
    description: 'Scores of criteria a re-issued set dropped: kept as history, not counted',
  })
  async retiredScores(@Root() assessment: SelfAssessment, @Ctx() ctx: RequestContext): Promise<CriterionScore[]> {
    return retiredScoresOf(ctx.em, await findAssessment(ctx.em, assessment.id));
  }

  @FieldResolver(() => [Criterion], { description: 'The criteria of the current set, in order' })
  async criteria(@Root() assessment: SelfAssessment, @Ctx() ctx: RequestContext): Promise<Criterion[]> {
    return criteriaOf(ctx.em, await findAssessment(ctx.em, assessment.id));
  }

  @FieldResolver(() => [CriterionSuggestion], {
    description: 'Scores suggested from the year’s records for the criteria that name a measure, with their records',
  })
  async suggestions(@Root() assessment: SelfAssessment, @Ctx() ctx: RequestContext): Promise<CriterionSuggestion[]> {
    const found = await findAssessment(ctx.em, assessment.id);
    const measured = (await criteriaOf(ctx.em, found)).filter((criterion) => criterion.measure && criterion.isLeaf);
    const suggestions: CriterionSuggestion[] = [];
    for (const criterion of measured) {
      const suggestion = await criterionSuggestion(ctx.em, found.year, criterion);
      if (suggestion) suggestions.push(suggestion);
    }
    return suggestions;
  }

  @FieldResolver(() => AssessmentTotals, { description: 'Totals per area and overall, computed on read' })
  async totals(@Root() assessment: SelfAssessment, @Ctx() ctx: RequestContext): Promise<AssessmentTotals> {
    return new SelfAssessmentService(ctx.em).totals(await findAssessment(ctx.em, assessment.id));
  }

  @FieldResolver(() => String, { nullable: true })
  submittedByName(@Root() assessment: SelfAssessment, @Ctx() ctx: RequestContext): Promise<string | null> {
    return nameOf(ctx, assessment.submittedBy);
  }

  @FieldResolver(() => String, { nullable: true })
  approvedByName(@Root() assessment: SelfAssessment, @Ctx() ctx: RequestContext): Promise<string | null> {
    return nameOf(ctx, assessment.approvedBy);
  }
}

@Resolver(() => CriterionScore)
export class CriterionScoreResolver {
  @FieldResolver(() => Criterion)
  criterion(@Root() score: CriterionScore, @Ctx() ctx: RequestContext): Promise<Criterion> {
    return ctx.em.findOneOrFail(Criterion, { id: score.criterion.id });
  }

  @FieldResolver(() => ID)
  criterionId(@Root() score: CriterionScore): string {
    return score.criterion.id;
  }

  @FieldResolver(() => [AssessmentEvidence])
  evidence(@Root() score: CriterionScore, @Ctx() ctx: RequestContext): Promise<AssessmentEvidence[]> {
    return new AssessmentEvidenceService(ctx.em).list(score.id);
  }

  @FieldResolver(() => String, { nullable: true })
  updatedByName(@Root() score: CriterionScore, @Ctx() ctx: RequestContext): Promise<string | null> {
    return nameOf(ctx, score.updatedBy);
  }

  @FieldResolver(() => String, { nullable: true })
  suggestionAcceptedByName(@Root() score: CriterionScore, @Ctx() ctx: RequestContext): Promise<string | null> {
    return nameOf(ctx, score.suggestionAcceptedBy);
  }
}

@Resolver(() => AssessmentEvidence)
export class AssessmentEvidenceResolver {
  @FieldResolver(() => ID, { nullable: true, description: 'The uploaded file (GET /api/files/:id)' })
  fileId(@Root() evidence: AssessmentEvidence): string | null {
    return evidence.file?.id ?? null;
  }

  @FieldResolver(() => String, {
    description: 'What a person reads: the record (number, date, unit) or the file’s document number',
  })
  async label(@Root() evidence: AssessmentEvidence, @Ctx() ctx: RequestContext): Promise<string> {
    if (evidence.recordKind && evidence.recordId) {
      const facts = await evidenceRecordFacts(ctx.em, evidence.recordKind, evidence.recordId);
      return facts?.label ?? 'Hồ sơ không còn trong phần mềm';
    }
    return [evidence.documentNumber, evidence.issuer].filter(Boolean).join(', ') || 'Tệp đính kèm';
  }
}
