import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/request-context.js';
import { Capability } from '../auth/permissions.js';
import { signedInUser, signedInViewer } from '../users/signed-in.js';
import { Visit } from '../visits/visit.entity.js';
import type { VisitListRow } from '../visits/visit-list.js';
import { VisitReads } from '../visits/visit-reads.js';
import { listSelection } from '../visits/visits.resolver.js';
import { ConclusionNotice } from './conclusion-notice.entity.js';
import { NoticeAcknowledgement } from './notice-acknowledgement.entity.js';
import { IssueConclusionNoticeInput } from './notices.inputs.js';
import { NoticesService } from './notices.service.js';

/** A visit's conclusion notice: issued by the office, acknowledged by the unit; and the visit's fields showing both. */
@Resolver(() => Visit)
export class NoticesResolver {
  @Authorized(Capability.VISIT_READ_UNIT)
  @Query(() => [Visit], {
    description: 'Các cuộc kiểm tra đã phê duyệt của đơn vị mình: biên bản, thông báo kết luận và xác nhận đã nhận',
  })
  myUnitVisits(@Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<VisitListRow[]> {
    // The record scope (UNIT) limits the list to the approved visits of the head's own unit.
    return new VisitReads(ctx.em).list(signedInViewer(ctx), {}, listSelection(info));
  }

  @Authorized(Capability.NOTICE_ISSUE)
  @Mutation(() => ConclusionNotice, {
    description:
      'Văn phòng ban hành thông báo kết luận của cuộc kiểm tra đã duyệt (số, ngày, ưu điểm, hạn báo cáo, người ký); sửa được đến khi đơn vị xác nhận đã nhận',
  })
  issueConclusionNotice(
    @Arg('input', () => IssueConclusionNoticeInput) input: IssueConclusionNoticeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ConclusionNotice> {
    return new NoticesService(ctx.em).issue(signedInUser(ctx), input);
  }

  @Authorized(Capability.NOTICE_ACKNOWLEDGE)
  @Mutation(() => NoticeAcknowledgement, {
    description: 'Thủ trưởng đơn vị xác nhận đã nhận thông báo kết luận đã ban hành; lần sau giữ nguyên lần đầu',
  })
  acknowledgeConclusionNotice(
    @Arg('visitId', () => ID) visitId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<NoticeAcknowledgement> {
    return new NoticesService(ctx.em).acknowledge(signedInUser(ctx), visitId);
  }

  @FieldResolver(() => ConclusionNotice, {
    nullable: true,
    description: 'Thông báo kết luận đã ban hành (chưa ban hành: null)',
  })
  conclusionNotice(@Root() visit: Visit, @Ctx() ctx: RequestContext): Promise<ConclusionNotice | null> {
    return new NoticesService(ctx.em).noticeOf(visit.id);
  }

  @FieldResolver(() => NoticeAcknowledgement, {
    nullable: true,
    description: 'Đơn vị đã nhận thông báo kết luận (ai, khi nào)',
  })
  noticeAcknowledgement(@Root() visit: Visit, @Ctx() ctx: RequestContext): Promise<NoticeAcknowledgement | null> {
    return new NoticesService(ctx.em).acknowledgementOf(visit.id);
  }
}
