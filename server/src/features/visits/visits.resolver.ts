import { wrap } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { PageArgs } from '../../common/paging.js';
import type { RequestContext } from '../../common/request-context.js';
import { selectedFields, selectedSubfields } from '../../common/selected-fields.js';
import { AuditService } from '../audit/audit.service.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { ChecklistItem, ChecklistVersion } from '../checklists/checklist.entity.js';
import { ChecklistsService } from '../checklists/checklists.service.js';
import { Finding } from '../findings/finding.entity.js';
import { FindingErrors } from '../findings/findings.errors.js';
import { FindingsService } from '../findings/findings.service.js';
import { InspectionTeam, PlanLine } from '../plans/plan.entity.js';
import type { TeamRow } from '../plans/team-row.js';
import { Unit } from '../units/unit.entity.js';
import type { UnitRow } from '../units/unit-row.js';
import { Role } from '../users/role.js';
import { signedInUser, signedInViewer } from '../users/signed-in.js';
import { User } from '../users/user.entity.js';
import { Attachment, ReviewComment, Visit, VisitAnswer, VisitConflict, VisitStatus } from './visit.entity.js';
import { EDITABLE_STATUSES, isTeamMember } from './visit-access.js';
import { VisitProblem } from './visit-completeness.js';
import { VisitListRow, type VisitListSelection } from './visit-list.js';
import { VisitProgress } from './visit-progress.js';
import { VisitProgressLoader } from './visit-progress-loader.js';
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
  StartVisitInput,
  SubmitVisitInput,
} from './visits.inputs.js';
import { VisitsService } from './visits.service.js';

const REVIEWERS = [Role.ADMIN, Role.OFFICE];
const OVERSEERS = [Role.ADMIN, Role.OFFICE, Role.LEADERSHIP];
const FIELD = [Role.INSPECTOR];

/** What a visit list's client asked for, to read only that (see readVisitList). */
const listSelection = (info: GraphQLResolveInfo): VisitListSelection => ({
  fields: selectedFields(info),
  progress: selectedSubfields(info, 'progress'),
  unit: selectedSubfields(info, 'unit'),
  team: selectedSubfields(info, 'team'),
});

@Resolver(() => Visit)
export class VisitsResolver {
  @Authorized(FIELD)
  @Query(() => [Visit], { description: "Visits of the signed-in inspector's teams" })
  myVisits(@Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<VisitListRow[]> {
    return new VisitsService(ctx.em).list(signedInViewer(ctx), {}, listSelection(info));
  }

  @Authorized(OVERSEERS)
  @Query(() => [Visit])
  visits(
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Arg('status', () => VisitStatus, { nullable: true }) status: VisitStatus | null,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<VisitListRow[]> {
    return new VisitsService(ctx.em).list(signedInViewer(ctx), { year, status, unitId }, listSelection(info), page);
  }

  @Authorized()
  @Query(() => Visit, { description: 'A visit the signed-in user may see' })
  visit(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Visit> {
    return new VisitsService(ctx.em).get(signedInUser(ctx), id);
  }

  @Authorized([...OVERSEERS, Role.UNIT_HEAD])
  @Query(() => [AuditEntry], {
    description:
      'History of a visit (with its answers, photos, findings) or any record; unit heads: their findings only',
  })
  async auditTrail(@Arg('entityId', () => ID) entityId: string, @Ctx() ctx: RequestContext): Promise<AuditEntry[]> {
    const user = signedInUser(ctx);
    const audit = new AuditService(ctx.em);
    const type = await audit.typeOf(entityId);
    // A unit head sees the history of a finding of their own unit, and nothing else: the id must be a finding's.
    if (user.role === Role.UNIT_HEAD) {
      if (type !== 'Finding') throw FindingErrors.notFound();
      await new FindingsService(ctx.em).get(user, entityId);
    }
    return audit.history(entityId, type);
  }

  // Field writes: each carries an operation id and returns the visit as it now is.

  /**
   * The visit as it now is, for the mutation's answer. A queued write replayed by `syncBatch` asks only
   * for the id (`{ id }`): it gets a reference, without reading the visit and the team membership again
   * for each of a batch's hundreds of writes. The write itself checked that the user may see the visit.
   */
  private async afterWrite(ctx: RequestContext, visitId: string, info?: GraphQLResolveInfo): Promise<Visit> {
    ctx.em.clear();
    if (info && [...selectedFields(info)].every((field) => field === 'id' || field === '__typename')) {
      return ctx.em.getReference(Visit, visitId);
    }
    return new VisitsService(ctx.em).get(signedInUser(ctx), visitId);
  }

  @Authorized(FIELD)
  @Mutation(() => Visit)
  async startVisit(
    @Arg('input', () => StartVisitInput) input: StartVisitInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Visit> {
    await new VisitsService(ctx.em).start(signedInUser(ctx), input);
    return this.afterWrite(ctx, input.visitId, info);
  }

  @Authorized(FIELD)
  @Mutation(() => Visit)
  async answerItem(
    @Arg('input', () => AnswerItemInput) input: AnswerItemInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Visit> {
    await new VisitsService(ctx.em).answer(signedInUser(ctx), input);
    return this.afterWrite(ctx, input.visitId, info);
  }

  @Authorized(FIELD)
  @Mutation(() => Visit)
  async setVisitAttendees(
    @Arg('input', () => SetAttendeesInput) input: SetAttendeesInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Visit> {
    await new VisitsService(ctx.em).setAttendees(signedInUser(ctx), input);
    return this.afterWrite(ctx, input.visitId, info);
  }

  @Authorized(FIELD)
  @Mutation(() => Visit)
  async setVisitConclusion(
    @Arg('input', () => SetConclusionInput) input: SetConclusionInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Visit> {
    await new VisitsService(ctx.em).setConclusion(signedInUser(ctx), input);
    return this.afterWrite(ctx, input.visitId, info);
  }

  @Authorized(FIELD)
  @Mutation(() => Visit, { description: 'Attaches an uploaded photo (to an item) or a signature' })
  async attachVisitFile(
    @Arg('input', () => AttachFileInput) input: AttachFileInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Visit> {
    await new VisitsService(ctx.em).attach(signedInUser(ctx), input);
    return this.afterWrite(ctx, input.visitId, info);
  }

  @Authorized(FIELD)
  @Mutation(() => Visit)
  async removeVisitAttachment(
    @Arg('input', () => RemoveAttachmentInput) input: RemoveAttachmentInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Visit> {
    await new VisitsService(ctx.em).removeAttachment(signedInUser(ctx), input);
    return this.afterWrite(ctx, input.visitId, info);
  }

  @Authorized(FIELD)
  @Mutation(() => Visit, { description: 'Adds or edits a finding while the visit is open' })
  async saveFinding(
    @Arg('input', () => SaveFindingInput) input: SaveFindingInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Visit> {
    await new VisitsService(ctx.em).saveFinding(signedInUser(ctx), input);
    return this.afterWrite(ctx, input.visitId, info);
  }

  @Authorized(FIELD)
  @Mutation(() => Visit)
  async deleteFinding(
    @Arg('input', () => DeleteFindingInput) input: DeleteFindingInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Visit> {
    await new VisitsService(ctx.em).deleteFinding(signedInUser(ctx), input);
    return this.afterWrite(ctx, input.visitId, info);
  }

  @Authorized(FIELD)
  @Mutation(() => Visit, {
    description: 'Submits for review; refused with VISIT_INCOMPLETE and the list of what is missing',
  })
  async submitVisit(
    @Arg('input', () => SubmitVisitInput) input: SubmitVisitInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Visit> {
    await new VisitsService(ctx.em).submit(signedInUser(ctx), input);
    return this.afterWrite(ctx, input.visitId, info);
  }

  @Authorized(REVIEWERS)
  @Mutation(() => Visit, { description: 'Returns a submitted visit with comments' })
  async returnVisit(
    @Arg('input', () => ReturnVisitInput) input: ReturnVisitInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Visit> {
    await new VisitsService(ctx.em).returnVisit(signedInUser(ctx), input);
    return this.afterWrite(ctx, input.visitId, info);
  }

  @Authorized(REVIEWERS)
  @Mutation(() => Visit, { description: 'Approves and locks a submitted visit' })
  async approveVisit(@Arg('visitId', () => ID) visitId: string, @Ctx() ctx: RequestContext): Promise<Visit> {
    await new VisitsService(ctx.em).approve(signedInUser(ctx), visitId);
    return this.afterWrite(ctx, visitId);
  }

  @Authorized(REVIEWERS)
  @Mutation(() => Visit, { description: 'Changes an approved visit, with a reason kept in the audit trail' })
  async reviseVisit(
    @Arg('input', () => ReviseVisitInput) input: ReviseVisitInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Visit> {
    await new VisitsService(ctx.em).revise(signedInUser(ctx), input);
    return this.afterWrite(ctx, input.visitId, info);
  }

  // Fields of a visit.

  // A list row (VisitListRow) carries its unit, team and planned month; the fields that need the Visit
  // entity load it by id (`entity`). The lists' own documents ask for none of those.

  private entity(ctx: RequestContext, visit: Visit | VisitListRow): Visit | Promise<Visit> {
    return visit instanceof VisitListRow
      ? ctx.em.findOneOrFail(Visit, { id: visit.id }, { populate: ['unit', 'team'] })
      : visit;
  }

  @FieldResolver(() => Unit)
  unit(@Root() visit: Visit | VisitListRow, @Ctx() ctx: RequestContext): Unit | UnitRow | Promise<Unit> {
    if (visit instanceof VisitListRow) return visit.unit;
    return wrap(visit.unit).isInitialized() ? visit.unit : ctx.em.findOneOrFail(Unit, { id: visit.unit.id });
  }

  @FieldResolver(() => InspectionTeam)
  team(
    @Root() visit: Visit | VisitListRow,
    @Ctx() ctx: RequestContext,
  ): InspectionTeam | TeamRow | Promise<InspectionTeam> {
    if (visit instanceof VisitListRow) return visit.team;
    return wrap(visit.team).isInitialized() ? visit.team : ctx.em.findOneOrFail(InspectionTeam, { id: visit.team.id });
  }

  @FieldResolver(() => Int, { nullable: true })
  plannedMonth(
    @Root() visit: Visit | VisitListRow,
    @Ctx() ctx: RequestContext,
  ): number | null | Promise<number | null> {
    // A list row answers without a promise: the lists ask this of every row.
    if (visit instanceof VisitListRow) return visit.plannedMonth;
    const line = visit.planLine;
    if (!line) return null;
    return ctx.em.findOneOrFail(PlanLine, { id: line.id }).then((l) => l.plannedMonth);
  }

  @FieldResolver(() => ChecklistVersion, { nullable: true, description: 'The frozen checklist version, once started' })
  templateVersion(@Root() visit: Visit | VisitListRow, @Ctx() ctx: RequestContext): Promise<ChecklistVersion | null> {
    return visit.templateVersion
      ? new VisitsService(ctx.em).checklistVersion(visit.templateVersion.id)
      : Promise.resolve(null);
  }

  @FieldResolver(() => ChecklistVersion, {
    nullable: true,
    description: 'For a planned visit, the checklist version it would start on now (to take it offline)',
  })
  async plannedTemplateVersion(
    @Root() root: Visit | VisitListRow,
    @Ctx() ctx: RequestContext,
  ): Promise<ChecklistVersion | null> {
    if (root.status !== VisitStatus.PLANNED) return null;
    const version = await new VisitsService(ctx.em).plannedChecklist(ctx.em, await this.entity(ctx, root));
    return version ? new ChecklistsService(ctx.em).getVersion(version.id) : null;
  }

  @FieldResolver(() => [VisitConflict], { description: 'Values that did not make it into the visit, for the reviewer' })
  async conflicts(@Root() root: Visit | VisitListRow, @Ctx() ctx: RequestContext): Promise<VisitConflict[]> {
    const visit = await this.entity(ctx, root);
    return ctx.em.find(VisitConflict, { visit }, { populate: ['item', 'losingUser'], orderBy: { createdAt: 'asc' } });
  }

  @FieldResolver(() => [VisitAnswer])
  async answers(@Root() root: Visit | VisitListRow, @Ctx() ctx: RequestContext): Promise<VisitAnswer[]> {
    return new VisitsService(ctx.em).answers(await this.entity(ctx, root));
  }

  @FieldResolver(() => [Attachment])
  async attachments(@Root() root: Visit | VisitListRow, @Ctx() ctx: RequestContext): Promise<Attachment[]> {
    return new VisitsService(ctx.em).attachments(await this.entity(ctx, root));
  }

  @FieldResolver(() => [Finding])
  async findings(@Root() root: Visit | VisitListRow, @Ctx() ctx: RequestContext): Promise<Finding[]> {
    return new VisitsService(ctx.em).findings(await this.entity(ctx, root));
  }

  @FieldResolver(() => [ReviewComment])
  async reviewComments(@Root() root: Visit | VisitListRow, @Ctx() ctx: RequestContext): Promise<ReviewComment[]> {
    return new VisitsService(ctx.em).reviewComments(await this.entity(ctx, root));
  }

  @FieldResolver(() => [Finding], { description: "The unit's findings from earlier approved visits, to verify first" })
  async previousFindings(@Root() root: Visit | VisitListRow, @Ctx() ctx: RequestContext): Promise<Finding[]> {
    return new VisitsService(ctx.em).previousFindings(await this.entity(ctx, root));
  }

  @FieldResolver(() => [VisitProblem], { description: 'What still stops submission' })
  async problems(@Root() root: Visit | VisitListRow, @Ctx() ctx: RequestContext): Promise<VisitProblem[]> {
    return new VisitsService(ctx.em).shownProblems(await this.entity(ctx, root));
  }

  @FieldResolver(() => Boolean, { description: 'Whether the signed-in user may do field work on it now' })
  async canEdit(@Root() visit: Visit | VisitListRow, @Ctx() ctx: RequestContext): Promise<boolean> {
    const viewer = signedInViewer(ctx);
    const teamId = visit instanceof VisitListRow ? visit.teamId : visit.team.id;
    if (viewer.role !== Role.INSPECTOR || !(await isTeamMember(ctx.em, viewer.id, teamId))) return false;
    return visit.status === VisitStatus.PLANNED || EDITABLE_STATUSES.includes(visit.status);
  }

  @FieldResolver(() => VisitProgress, { nullable: true })
  progress(@Root() visit: Visit | VisitListRow, @Ctx() ctx: RequestContext): Promise<VisitProgress | null> {
    if (!visit.templateVersion) return Promise.resolve(null);
    // A list row read its counts with it when the groups were not asked (VisitListRow.progress).
    if (visit instanceof VisitListRow && visit.progress) return Promise.resolve(visit.progress as VisitProgress);
    return VisitProgressLoader.of(ctx.em).load(visit.id);
  }
}

@Resolver(() => VisitAnswer)
export class VisitAnswerResolver {
  @FieldResolver(() => ID)
  itemId(@Root() answer: VisitAnswer): string {
    return answer.item.id;
  }

  @FieldResolver(() => String)
  async updatedByName(@Root() answer: VisitAnswer, @Ctx() ctx: RequestContext): Promise<string> {
    return (await ctx.em.findOneOrFail(User, { id: answer.updatedBy.id })).fullName;
  }
}

@Resolver(() => Attachment)
export class AttachmentResolver {
  @FieldResolver(() => ID)
  fileId(@Root() attachment: Attachment): string {
    return attachment.file.id;
  }

  @FieldResolver(() => ID, { nullable: true })
  itemId(@Root() attachment: Attachment): string | null {
    return attachment.item?.id ?? null;
  }

  @FieldResolver(() => String, { description: 'Where the signed-in user can fetch the image' })
  url(@Root() attachment: Attachment): string {
    return `/api/files/${attachment.file.id}`;
  }

  @FieldResolver(() => String)
  async sha256(@Root() attachment: Attachment, @Ctx() ctx: RequestContext): Promise<string> {
    return (await ctx.em.findOneOrFail(Attachment, { id: attachment.id }, { populate: ['file'] })).file.sha256;
  }
}

@Resolver(() => ReviewComment)
export class ReviewCommentResolver {
  @FieldResolver(() => ID, { nullable: true })
  itemId(@Root() comment: ReviewComment): string | null {
    return comment.item?.id ?? null;
  }

  @FieldResolver(() => String)
  async authorName(@Root() comment: ReviewComment, @Ctx() ctx: RequestContext): Promise<string> {
    return (await ctx.em.findOneOrFail(User, { id: comment.author.id })).fullName;
  }
}

@Resolver(() => VisitConflict)
export class VisitConflictResolver {
  @FieldResolver(() => ID, { nullable: true })
  itemId(@Root() conflict: VisitConflict): string | null {
    return conflict.item?.id ?? null;
  }

  @FieldResolver(() => String, { nullable: true })
  async itemCode(@Root() conflict: VisitConflict, @Ctx() ctx: RequestContext): Promise<string | null> {
    if (!conflict.item) return null;
    return (await ctx.em.findOneOrFail(ChecklistItem, { id: conflict.item.id })).code;
  }

  @FieldResolver(() => String, { description: 'Who entered the value that was not applied' })
  async losingUserName(@Root() conflict: VisitConflict, @Ctx() ctx: RequestContext): Promise<string> {
    return (await ctx.em.findOneOrFail(User, { id: conflict.losingUser.id })).fullName;
  }
}
