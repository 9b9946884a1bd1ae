import { Arg, Authorized, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/request-context.js';
import { Capability, can } from '../auth/permissions.js';
import { signedInUser } from '../users/signed-in.js';
import { ReviewComment, Visit } from '../visits/visit.entity.js';
import { VisitReads } from '../visits/visit-reads.js';
import { type VisitRoot, visitEntity } from '../visits/visit-root.js';
import { ChangeSinceReturnKind, type ChangeSinceReturnRow } from './changes-since-return.js';
import { ReplyToReviewCommentInput } from './review-loop.inputs.js';
import { ReviewLoopService } from './review-loop.service.js';
import { ReviewReply } from './review-reply.entity.js';

@ObjectType({ description: 'Một thay đổi của đoàn kiểm tra sau khi cuộc kiểm tra bị trả lại' })
export class ChangeSinceReturn implements ChangeSinceReturnRow {
  @Field(() => ChangeSinceReturnKind)
  kind!: ChangeSinceReturnKind;

  @Field(() => String, { nullable: true, description: 'The checklist item, as people know it' })
  itemLabel!: string | null;

  @Field(() => Int)
  count!: number;

  @Field(() => String, { nullable: true, description: "An answer's result when returned (PASS, FAIL, NOT_APPLICABLE)" })
  fromResult!: string | null;

  @Field(() => String, { nullable: true, description: "An answer's result now" })
  toResult!: string | null;
}

@Resolver(() => ReviewReply)
export class ReviewLoopResolver {
  @Authorized(Capability.VISIT_CONDUCT)
  @Mutation(() => ReviewReply, {
    description:
      "A team member answers a reviewer's comment on a returned visit (a field write, also queued in syncBatch)",
  })
  async replyToReviewComment(
    @Arg('input', () => ReplyToReviewCommentInput) input: ReplyToReviewCommentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReviewReply> {
    const service = new ReviewLoopService(ctx.em);
    await service.reply(signedInUser(ctx), input);
    return service.replyById(input.replyId);
  }

  @FieldResolver(() => String)
  authorName(@Root() reply: ReviewReply, @Ctx() ctx: RequestContext): Promise<string> {
    return new VisitReads(ctx.em).userName(reply.author.id);
  }
}

@Resolver(() => ReviewComment)
export class ReviewCommentRepliesResolver {
  @FieldResolver(() => [ReviewReply], { description: "The team's replies, oldest first" })
  replies(@Root() comment: ReviewComment, @Ctx() ctx: RequestContext): Promise<ReviewReply[]> {
    return new ReviewLoopService(ctx.em).replies(comment.id);
  }
}

@Resolver(() => Visit)
export class VisitChangesSinceReturnResolver {
  @FieldResolver(() => [ChangeSinceReturn], {
    description:
      'What the team changed after the visit was last returned, for readers of the audit trail (others: none)',
  })
  async changesSinceReturn(@Root() root: VisitRoot, @Ctx() ctx: RequestContext): Promise<ChangeSinceReturn[]> {
    // Read from the audit trail: only for those who may read any visit's trail, an empty list for others
    // so that a screen shared with them still loads.
    if (!can(signedInUser(ctx), Capability.AUDIT_READ_ALL)) return [];
    return new ReviewLoopService(ctx.em).changesSinceReturn(await visitEntity(ctx.em, root));
  }
}
