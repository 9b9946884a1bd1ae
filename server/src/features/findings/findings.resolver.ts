import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { todayLocalDate } from '../../common/local-date.js';
import { type Page, PageArgs } from '../../common/paging.js';
import type { RequestContext } from '../../common/request-context.js';
import { Capability } from '../auth/permissions.js';
import { ChecklistItem } from '../checklists/checklist.entity.js';
import { Unit } from '../units/unit.entity.js';
import { UnitAsOf } from '../units/unit-as-of.js';
import { UnitAsOfLoader } from '../units/unit-as-of-loader.js';
import { signedInUser, signedInViewer } from '../users/signed-in.js';
import { User } from '../users/user.entity.js';
import { Attachment, Visit } from '../visits/visit.entity.js';
import { Finding } from './finding.entity.js';
import { FindingDeadlineExtension } from './finding-deadline-extension.entity.js';
import { FindingPage, readFindingPage } from './finding-page.js';
import { FindingCounts, isOverdue } from './finding-rules.js';
import {
  CloseFindingInput,
  CloseWithoutReportInput,
  ExtendDeadlineInput,
  FindingFilter,
  RejectRemediationInput,
  ReopenFindingInput,
  ReportRemediationInput,
} from './findings.inputs.js';
import { FindingsService } from './findings.service.js';
import { RemediationReviewService } from './remediation-review.service.js';

@Resolver(() => Finding)
export class FindingsResolver {
  @Authorized()
  @Query(() => [Finding], { description: 'Findings of approved visits that the signed-in user may see' })
  findings(
    @Arg('filter', () => FindingFilter, { nullable: true }) filter: FindingFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Finding[]> {
    return new FindingsService(ctx.em).list(signedInUser(ctx), filter, page);
  }

  @Authorized()
  @Query(() => FindingPage, { description: 'One page of the findings list, with the count of the whole list' })
  findingPage(
    @Arg('filter', () => FindingFilter, { nullable: true }) filter: FindingFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Page<Finding>> {
    return readFindingPage(ctx.em, signedInViewer(ctx), filter, page);
  }

  @Authorized()
  @Query(() => FindingCounts)
  findingCounts(
    @Arg('filter', () => FindingFilter, { nullable: true }) filter: FindingFilter | null,
    @Ctx() ctx: RequestContext,
  ): Promise<FindingCounts> {
    return new FindingsService(ctx.em).counts(signedInUser(ctx), filter);
  }

  @Authorized()
  @Query(() => Finding)
  finding(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Finding> {
    return new FindingsService(ctx.em).get(signedInUser(ctx), id);
  }

  @Authorized(Capability.FINDING_REMEDIATE)
  @Mutation(() => Finding, { description: "The unit head reports remediation on their unit's finding" })
  reportRemediation(
    @Arg('input', () => ReportRemediationInput) input: ReportRemediationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Finding> {
    return new FindingsService(ctx.em).reportRemediation(signedInUser(ctx), input);
  }

  @Authorized(Capability.FINDING_REVIEW)
  @Mutation(() => Finding, { description: "Accepts the unit's remediation report and closes the finding" })
  closeFinding(
    @Arg('input', () => CloseFindingInput) input: CloseFindingInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Finding> {
    return new FindingsService(ctx.em).close(signedInUser(ctx), input);
  }

  @Authorized(Capability.FINDING_REVIEW)
  @Mutation(() => Finding, { description: 'Reopens a finding, with a reason' })
  reopenFinding(
    @Arg('input', () => ReopenFindingInput) input: ReopenFindingInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Finding> {
    return new FindingsService(ctx.em).reopen(signedInUser(ctx), input);
  }

  @Authorized(Capability.FINDING_REVIEW)
  @Mutation(() => Finding, { description: "Rejects the unit's remediation report, with a reason: back to the unit" })
  rejectRemediation(
    @Arg('input', () => RejectRemediationInput) input: RejectRemediationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Finding> {
    return new RemediationReviewService(ctx.em).reject(signedInUser(ctx), input);
  }

  @Authorized(Capability.FINDING_REVIEW)
  @Mutation(() => Finding, { description: 'Closes a finding the unit has not reported on, with a reason' })
  closeFindingWithoutReport(
    @Arg('input', () => CloseWithoutReportInput) input: CloseWithoutReportInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Finding> {
    return new RemediationReviewService(ctx.em).closeWithoutReport(signedInUser(ctx), input);
  }

  @Authorized(Capability.FINDING_REVIEW)
  @Mutation(() => Finding, { description: 'Moves the deadline (gia hạn), with a reason' })
  extendFindingDeadline(
    @Arg('input', () => ExtendDeadlineInput) input: ExtendDeadlineInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Finding> {
    return new RemediationReviewService(ctx.em).extendDeadline(signedInUser(ctx), input);
  }

  @FieldResolver(() => [FindingDeadlineExtension], { description: 'Lịch sử gia hạn, oldest first' })
  deadlineExtensions(@Root() finding: Finding, @Ctx() ctx: RequestContext): Promise<FindingDeadlineExtension[]> {
    return new RemediationReviewService(ctx.em).extensions(finding);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who rejected the latest remediation report' })
  async rejectedByName(@Root() finding: Finding, @Ctx() ctx: RequestContext): Promise<string | null> {
    return finding.rejectedBy ? (await ctx.em.findOneOrFail(User, { id: finding.rejectedBy.id })).fullName : null;
  }

  @FieldResolver(() => ID)
  visitId(@Root() finding: Finding): string {
    return finding.visit.id;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Day of the visit that found it' })
  async visitDate(@Root() finding: Finding, @Ctx() ctx: RequestContext): Promise<string | null> {
    return (await ctx.em.findOneOrFail(Visit, { id: finding.visit.id })).visitDate;
  }

  @FieldResolver(() => ID, { nullable: true })
  itemId(@Root() finding: Finding): string | null {
    return finding.item?.id ?? null;
  }

  @FieldResolver(() => String, { nullable: true })
  async itemCode(@Root() finding: Finding, @Ctx() ctx: RequestContext): Promise<string | null> {
    return finding.item ? (await ctx.em.findOneOrFail(ChecklistItem, { id: finding.item.id })).code : null;
  }

  @FieldResolver(() => Unit, { description: 'Đơn vị chịu trách nhiệm: the unit the finding was raised against' })
  responsibleUnit(@Root() finding: Finding, @Ctx() ctx: RequestContext): Promise<Unit> {
    return ctx.em.findOneOrFail(Unit, { id: finding.responsibleUnit.id });
  }

  @FieldResolver(() => UnitAsOf, {
    description: 'The responsible unit as it was on the day of the visit that found it (its version then)',
  })
  responsibleUnitAsOf(@Root() finding: Finding, @Ctx() ctx: RequestContext): Promise<UnitAsOf> {
    return UnitAsOfLoader.of(ctx.em).load({ unitId: finding.responsibleUnit.id, visitId: finding.visit.id });
  }

  @FieldResolver(() => Unit, {
    nullable: true,
    description:
      'Đơn vị kế thừa theo dõi tồn tại since the responsible unit ended (merge, split); null: the responsible unit follows it',
  })
  followingUnit(@Root() finding: Finding, @Ctx() ctx: RequestContext): Promise<Unit> | null {
    return finding.followedByUnit ? ctx.em.findOneOrFail(Unit, { id: finding.followedByUnit.id }) : null;
  }

  @FieldResolver(() => Boolean)
  overdue(@Root() finding: Finding): boolean {
    return isOverdue(finding, todayLocalDate());
  }

  @FieldResolver(() => [Attachment])
  remediationPhotos(@Root() finding: Finding, @Ctx() ctx: RequestContext): Promise<Attachment[]> {
    return new FindingsService(ctx.em).remediationPhotos(finding);
  }
}
