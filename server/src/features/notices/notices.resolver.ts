import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/request-context.js';
import { Capability } from '../auth/permissions.js';
import { signedInUser } from '../users/signed-in.js';
import { Visit } from '../visits/visit.entity.js';
import { NoticeAcknowledgement } from './notice-acknowledgement.entity.js';
import { NoticesService } from './notices.service.js';

/** The unit's acknowledgement of a visit's conclusion notice, and the visit's field showing it. */
@Resolver(() => Visit)
export class NoticesResolver {
  @Authorized(Capability.NOTICE_ACKNOWLEDGE)
  @Mutation(() => NoticeAcknowledgement, {
    description: 'Thủ trưởng đơn vị xác nhận đã nhận thông báo kết luận; lần sau giữ nguyên lần đầu',
  })
  acknowledgeConclusionNotice(
    @Arg('visitId', () => ID) visitId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<NoticeAcknowledgement> {
    return new NoticesService(ctx.em).acknowledge(signedInUser(ctx), visitId);
  }

  @FieldResolver(() => NoticeAcknowledgement, {
    nullable: true,
    description: 'Đơn vị đã nhận thông báo kết luận (ai, khi nào)',
  })
  noticeAcknowledgement(@Root() visit: Visit, @Ctx() ctx: RequestContext): Promise<NoticeAcknowledgement | null> {
    return new NoticesService(ctx.em).acknowledgementOf(visit.id);
  }
}
