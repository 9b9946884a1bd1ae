import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/request-context.js';
import { ChecklistVersion } from '../checklists/checklist.entity.js';
import { Finding } from '../findings/finding.entity.js';
import { UnitAsOf } from '../units/unit-as-of.js';
import { UnitAsOfLoader } from '../units/unit-as-of-loader.js';
import { signedInViewer } from '../users/signed-in.js';
import { Attachment, ReviewComment, Visit, VisitAnswer, VisitConflict, VisitStatus } from './visit.entity.js';
import { VisitProblem } from './visit-completeness.js';
import { VisitTeamMember, VisitUnitHead } from './visit-people.js';
import { VisitProgress } from './visit-progress.js';
import { VisitReads } from './visit-reads.js';
import { listedProgress, listedUnitAsOfSource, teamIdOf, unitIdOf, type VisitRoot, visitEntity } from './visit-root.js';

/**
 * The fields of a visit that are read, not carried: for the entity and a list row alike (visit-root.ts
 * tells them apart). `unit`, `team` and `plannedMonth` are carried by both and have no resolver.
 */
@Resolver(() => Visit)
export class VisitFieldsResolver {
  @FieldResolver(() => ChecklistVersion, { nullable: true, description: 'The frozen checklist version, once started' })
  templateVersion(@Root() visit: VisitRoot, @Ctx() ctx: RequestContext): Promise<ChecklistVersion | null> {
    return visit.templateVersion
      ? new VisitReads(ctx.em).checklistVersion(visit.templateVersion.id)
      : Promise.resolve(null);
  }

  @FieldResolver(() => UnitAsOf, {
    description:
      "The visited unit as it was on the visit's day (a visit not made yet: its planned month, not before today, within its plan year), as its minutes name it",
  })
  unitAsOf(@Root() root: VisitRoot, @Ctx() ctx: RequestContext): Promise<UnitAsOf> {
    return UnitAsOfLoader.of(ctx.em).load({ unitId: unitIdOf(root), visitId: root.id }, listedUnitAsOfSource(root));
  }

  @FieldResolver(() => ChecklistVersion, {
    nullable: true,
    description: 'For a planned visit, the checklist version it would start on now (to take it offline)',
  })
  async plannedTemplateVersion(@Root() root: VisitRoot, @Ctx() ctx: RequestContext): Promise<ChecklistVersion | null> {
    if (root.status !== VisitStatus.PLANNED) return null;
    return new VisitReads(ctx.em).plannedTemplateVersion(await visitEntity(ctx.em, root));
  }

  @FieldResolver(() => [VisitConflict], { description: 'Values that did not make it into the visit, for the reviewer' })
  async conflicts(@Root() root: VisitRoot, @Ctx() ctx: RequestContext): Promise<VisitConflict[]> {
    return new VisitReads(ctx.em).conflicts(await visitEntity(ctx.em, root));
  }

  @FieldResolver(() => [VisitAnswer])
  async answers(@Root() root: VisitRoot, @Ctx() ctx: RequestContext): Promise<VisitAnswer[]> {
    return new VisitReads(ctx.em).answers(await visitEntity(ctx.em, root));
  }

  @FieldResolver(() => [Attachment])
  async attachments(@Root() root: VisitRoot, @Ctx() ctx: RequestContext): Promise<Attachment[]> {
    return new VisitReads(ctx.em).attachments(await visitEntity(ctx.em, root));
  }

  @FieldResolver(() => [Finding])
  async findings(@Root() root: VisitRoot, @Ctx() ctx: RequestContext): Promise<Finding[]> {
    return new VisitReads(ctx.em).findings(await visitEntity(ctx.em, root));
  }

  @FieldResolver(() => [ReviewComment])
  async reviewComments(@Root() root: VisitRoot, @Ctx() ctx: RequestContext): Promise<ReviewComment[]> {
    return new VisitReads(ctx.em).reviewComments(await visitEntity(ctx.em, root));
  }

  @FieldResolver(() => [Finding], { description: "The unit's findings from earlier approved visits, to verify first" })
  async previousFindings(@Root() root: VisitRoot, @Ctx() ctx: RequestContext): Promise<Finding[]> {
    return new VisitReads(ctx.em).previousFindings(await visitEntity(ctx.em, root));
  }

  @FieldResolver(() => [VisitProblem], { description: 'What still stops submission' })
  async problems(@Root() root: VisitRoot, @Ctx() ctx: RequestContext): Promise<VisitProblem[]> {
    return new VisitReads(ctx.em).shownProblems(await visitEntity(ctx.em, root));
  }

  @FieldResolver(() => [VisitTeamMember], {
    description: "The team's members and roles (lead first), to prefill the minutes' attendees offline",
  })
  teamMembers(@Root() root: VisitRoot, @Ctx() ctx: RequestContext): Promise<VisitTeamMember[]> {
    return new VisitReads(ctx.em).teamMembers(teamIdOf(root));
  }

  @FieldResolver(() => [VisitUnitHead], {
    description: "The visited unit's active heads, to prefill the minutes' attendees offline",
  })
  unitHeads(@Root() root: VisitRoot, @Ctx() ctx: RequestContext): Promise<VisitUnitHead[]> {
    return new VisitReads(ctx.em).unitHeads(unitIdOf(root));
  }

  @FieldResolver(() => Boolean, { description: 'Whether the signed-in user may do field work on it now' })
  canEdit(@Root() visit: VisitRoot, @Ctx() ctx: RequestContext): Promise<boolean> {
    return new VisitReads(ctx.em).canEdit(signedInViewer(ctx), teamIdOf(visit), visit.status);
  }

  @FieldResolver(() => VisitProgress, { nullable: true })
  progress(@Root() visit: VisitRoot, @Ctx() ctx: RequestContext): Promise<VisitProgress | null> {
    if (!visit.templateVersion) return Promise.resolve(null);
    const listed = listedProgress(visit);
    return listed ? Promise.resolve(listed) : new VisitReads(ctx.em).progress(visit.id);
  }
}

@Resolver(() => VisitAnswer)
export class VisitAnswerResolver {
  @FieldResolver(() => ID)
  itemId(@Root() answer: VisitAnswer): string {
    return answer.item.id;
  }

  @FieldResolver(() => String)
  updatedByName(@Root() answer: VisitAnswer, @Ctx() ctx: RequestContext): Promise<string> {
    return new VisitReads(ctx.em).userName(answer.updatedBy.id);
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
  sha256(@Root() attachment: Attachment, @Ctx() ctx: RequestContext): Promise<string> {
    return new VisitReads(ctx.em).attachmentSha256(attachment.id);
  }
}

@Resolver(() => ReviewComment)
export class ReviewCommentResolver {
  @FieldResolver(() => ID, { nullable: true })
  itemId(@Root() comment: ReviewComment): string | null {
    return comment.item?.id ?? null;
  }

  @FieldResolver(() => String)
  authorName(@Root() comment: ReviewComment, @Ctx() ctx: RequestContext): Promise<string> {
    return new VisitReads(ctx.em).userName(comment.author.id);
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
    return conflict.item ? new VisitReads(ctx.em).itemCode(conflict.item.id) : null;
  }

  @FieldResolver(() => String, { description: 'Who entered the value that was not applied' })
  losingUserName(@Root() conflict: VisitConflict, @Ctx() ctx: RequestContext): Promise<string> {
    return new VisitReads(ctx.em).userName(conflict.losingUser.id);
  }
}
