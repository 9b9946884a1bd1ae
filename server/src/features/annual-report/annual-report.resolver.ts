import { GraphQLLocalDate } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/request-context.js';
import { Capability } from '../auth/permissions.js';
import { signedInUser } from '../users/signed-in.js';
import { SaveAnnualReportDraftInput } from './annual-report.inputs.js';
import { AnnualReportService } from './annual-report.service.js';
import { AnnualReportDraft } from './annual-report-draft.entity.js';

@Resolver(() => AnnualReportDraft)
export class AnnualReportResolver {
  @Authorized(Capability.REPORT_READ)
  @Query(() => AnnualReportDraft, { nullable: true, description: 'The narrative of a year’s SIPAS / PAR INDEX report' })
  annualReportDraft(
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: RequestContext,
  ): Promise<AnnualReportDraft | null> {
    return new AnnualReportService(ctx.em).draft(year);
  }

  @Authorized(Capability.REPORT_READ)
  @Query(() => String, {
    description:
      'The year’s report as an HTML fragment for reading on screen: the same text as the .docx and .pdf, every text escaped',
  })
  annualReportPreview(@Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext): Promise<string> {
    return new AnnualReportService(ctx.em).preview(year);
  }

  @Authorized(Capability.REPORT_EDIT)
  @Mutation(() => AnnualReportDraft)
  saveAnnualReportDraft(
    @Arg('input', () => SaveAnnualReportDraftInput) input: SaveAnnualReportDraftInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AnnualReportDraft> {
    return new AnnualReportService(ctx.em).save(signedInUser(ctx), input);
  }

  @Authorized(Capability.REPORT_EDIT)
  @Mutation(() => AnnualReportDraft, { description: 'Starts a year’s narrative as a copy of another year’s' })
  startAnnualReportDraftFromYear(
    @Arg('year', () => Int) year: number,
    @Arg('fromYear', () => Int) fromYear: number,
    @Ctx() ctx: RequestContext,
  ): Promise<AnnualReportDraft> {
    return new AnnualReportService(ctx.em).startFromYear(signedInUser(ctx), year, fromYear);
  }

  @Authorized(Capability.REPORT_EDIT)
  @Mutation(() => AnnualReportDraft, { description: 'Gives the report its number (the "215" of 215/BC-SNN) and date' })
  issueAnnualReport(
    @Arg('year', () => Int) year: number,
    @Arg('number', () => Int) number: number,
    @Arg('date', () => GraphQLLocalDate) date: string,
    @Ctx() ctx: RequestContext,
  ): Promise<AnnualReportDraft> {
    return new AnnualReportService(ctx.em).issue(signedInUser(ctx), year, number, date);
  }
}
