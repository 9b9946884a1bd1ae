import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, ID, Info, Int, Mutation, Query, Resolver } from 'type-graphql';
import { type Page, PageArgs } from '../../common/paging.js';
import type { RequestContext } from '../../common/request-context.js';
import { type SelectionInfo, selectedFields, selectedSubfields, subSelection } from '../../common/selected-fields.js';
import { Capability } from '../auth/permissions.js';
import { FieldFindingsService } from '../findings/field-findings.service.js';
import { signedInUser, signedInViewer } from '../users/signed-in.js';
import { Visit, VisitStatus } from './visit.entity.js';
import { VisitAnswersService } from './visit-answers.service.js';
import { VisitFieldWritesService } from './visit-field-writes.service.js';
import type { VisitListRow, VisitListSelection } from './visit-list.js';
import { readVisitPage, VisitPage } from './visit-page.js';
import { VisitReads } from './visit-reads.js';
import { VisitReviewService } from './visit-review.service.js';
import {
  AnswerItemInput,
  AttachFileInput,
  DeleteFindingInput,
  RemoveAttachmentInput,
  ReturnVisitInput,
  ReviseVisitInput,
  SaveFindingInput,
  SetAttendeesInput,
  SetConclusionInput,
  SetUnitCommentsInput,
  StartVisitInput,
  SubmitVisitInput,
  VisitListFilter,
} from './visits.inputs.js';

/** What a visit list's client asked for, to read only that (see readVisitList). */
export const listSelection = (info: SelectionInfo): VisitListSelection => ({
  fields: selectedFields(info),
  progress: selectedSubfields(info, 'progress'),
  unit: selectedSubfields(info, 'unit'),
  team: selectedSubfields(info, 'team'),
});

/** The visit queries, the field writes and the review; the fields of a visit are in visit-fields.resolver.ts. */
@Resolver(() => Visit)
export class VisitsResolver {
  @Authorized(Capability.VISIT_CONDUCT)
  @Query(() => [Visit], { description: "Visits of the signed-in inspector's teams" })
  myVisits(@Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<VisitListRow[]> {
    return new VisitReads(ctx.em).list(signedInViewer(ctx), {}, listSelection(info));
  }

  @Authorized(Capability.VISIT_READ_ALL)
  @Query(() => [Visit])
  visits(
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Arg('status', () => VisitStatus, { nullable: true }) status: VisitStatus | null,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<VisitListRow[]> {
    return new VisitReads(ctx.em).list(signedInViewer(ctx), { year, status, unitId }, listSelection(info), page);
  }

  @Authorized(Capability.VISIT_READ_ALL)
  @Query(() => VisitPage, { description: "One page of the office's visit list, with the count of the whole list" })
  visitPage(
    @Arg('filter', () => VisitListFilter, { nullable: true }) filter: VisitListFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<VisitListRow>> {
    return readVisitPage(ctx.em, signedInViewer(ctx), filter ?? {}, listSelection(subSelection(info, 'items')), page);
  }

  @Authorized()
  @Query(() => Visit, { description: 'A visit the signed-in user may see' })
  visit(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Visit> {
    return new VisitReads(ctx.em).get(signedInUser(ctx), id);
  }

  // Field writes: each carries an operation id and returns the visit as it now is.

  /** The visit as it now is, for the mutation's answer; only a reference when the client asks just its id. */
  private afterWrite(ctx: RequestContext, visitId: string, info?: GraphQLResolveInfo): Promise<Visit> {
    const idOnly = info !== undefined && [...selectedFields(info)].every((f) => f === 'id' || f === '__typename');
    return new VisitReads(ctx.em).afterWrite(signedInUser(ctx), visitId, idOnly);
  }

  @Authorized(Capability.VISIT_CONDUCT)
  @Mutation(() => Visit)
  async startVisit(
    @Arg('input', () => StartVisitInput) input: StartVisitInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Visit> {
    await new VisitFieldWritesService(ctx.em).start(signedInUser(ctx), input);
    return this.afterWrite(ctx, input.visitId, info);
  }

  @Authorized(Capability.VISIT_CONDUCT)
  @Mutation(() => Visit)
  async answerItem(
    @Arg('input', () => AnswerItemInput) input: AnswerItemInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Visit> {
    await new VisitAnswersService(ctx.em).answer(signedInUser(ctx), input);
    return this.afterWrite(ctx, input.visitId, info);
  }

  @Authorized(Capability.VISIT_CONDUCT)
  @Mutation(() => Visit)
  async setVisitAttendees(
    @Arg('input', () => SetAttendeesInput) input: SetAttendeesInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Visit> {
    await new VisitFieldWritesService(ctx.em).setAttendees(signedInUser(ctx), input);
    return this.afterWrite(ctx, input.visitId, info);
  }

  @Authorized(Capability.VISIT_CONDUCT)
  @Mutation(() => Visit)
  async setVisitConclusion(
    @Arg('input', () => SetConclusionInput) input: SetConclusionInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Visit> {
    await new VisitFieldWritesService(ctx.em).setConclusion(signedInUser(ctx), input);
    return this.afterWrite(ctx, input.visitId, info);
  }

  @Authorized(Capability.VISIT_CONDUCT)
  @Mutation(() => Visit, { description: "Records the inspected unit's comments for the minutes" })
  async setVisitUnitComments(
    @Arg('input', () => SetUnitCommentsInput) input: SetUnitCommentsInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Visit> {
    await new VisitFieldWritesService(ctx.em).setUnitComments(signedInUser(ctx), input);
    return this.afterWrite(ctx, input.visitId, info);
  }

  @Authorized(Capability.VISIT_CONDUCT)
  @Mutation(() => Visit, { description: 'Attaches an uploaded photo (to an item) or a signature' })
  async attachVisitFile(
    @Arg('input', () => AttachFileInput) input: AttachFileInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Visit> {
    await new VisitFieldWritesService(ctx.em).attach(signedInUser(ctx), input);
    return this.afterWrite(ctx, input.visitId, info);
  }

  @Authorized(Capability.VISIT_CONDUCT)
  @Mutation(() => Visit)
  async removeVisitAttachment(
    @Arg('input', () => RemoveAttachmentInput) input: RemoveAttachmentInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Visit> {
    await new VisitFieldWritesService(ctx.em).removeAttachment(signedInUser(ctx), input);
    return this.afterWrite(ctx, input.visitId, info);
  }

  @Authorized(Capability.VISIT_CONDUCT)
  @Mutation(() => Visit, { description: 'Adds or edits a finding while the visit is open' })
  async saveFinding(
    @Arg('input', () => SaveFindingInput) input: SaveFindingInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Visit> {
    await new FieldFindingsService(ctx.em).save(signedInUser(ctx), input);
    return this.afterWrite(ctx, input.visitId, info);
  }

  @Authorized(Capability.VISIT_CONDUCT)
  @Mutation(() => Visit)
  async deleteFinding(
    @Arg('input', () => DeleteFindingInput) input: DeleteFindingInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Visit> {
    await new FieldFindingsService(ctx.em).delete(signedInUser(ctx), input);
    return this.afterWrite(ctx, input.visitId, info);
  }

  @Authorized(Capability.VISIT_CONDUCT)
  @Mutation(() => Visit, {
    description: 'Submits for review; refused with VISIT_INCOMPLETE and the list of what is missing',
  })
  async submitVisit(
    @Arg('input', () => SubmitVisitInput) input: SubmitVisitInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Visit> {
    await new VisitFieldWritesService(ctx.em).submit(signedInUser(ctx), input);
    return this.afterWrite(ctx, input.visitId, info);
  }

  // The office's review.

  @Authorized(Capability.VISIT_REVIEW)
  @Mutation(() => Visit, { description: 'Returns a submitted visit with comments' })
  async returnVisit(
    @Arg('input', () => ReturnVisitInput) input: ReturnVisitInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Visit> {
    await new VisitReviewService(ctx.em).returnVisit(signedInUser(ctx), input);
    return this.afterWrite(ctx, input.visitId, info);
  }

  @Authorized(Capability.VISIT_REVIEW)
  @Mutation(() => Visit, { description: 'Approves and locks a submitted visit' })
  async approveVisit(@Arg('visitId', () => ID) visitId: string, @Ctx() ctx: RequestContext): Promise<Visit> {
    await new VisitReviewService(ctx.em).approve(signedInUser(ctx), visitId);
    return this.afterWrite(ctx, visitId);
  }

  @Authorized(Capability.VISIT_REVIEW)
  @Mutation(() => Visit, { description: 'Changes an approved visit, with a reason kept in the audit trail' })
  async reviseVisit(
    @Arg('input', () => ReviseVisitInput) input: ReviseVisitInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Visit> {
    await new VisitReviewService(ctx.em).revise(signedInUser(ctx), input);
    return this.afterWrite(ctx, input.visitId, info);
  }
}
