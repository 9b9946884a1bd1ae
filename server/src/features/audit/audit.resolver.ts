import { Arg, Args, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { type Page, PageArgs } from '../../common/paging.js';
import type { RequestContext } from '../../common/request-context.js';
import { Capability } from '../auth/permissions.js';
import { signedInUser } from '../users/signed-in.js';
import { AuditEntry } from './audit-entry.entity.js';
import { AuditEntryPage, AuditTrailFilter, readAuditPage } from './audit-page.js';
import { AuditTrailService } from './audit-trail.service.js';

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized(Capability.AUDIT_READ)
  @Query(() => [AuditEntry], {
    description:
      'History of a visit (with its answers, photos, findings) or any record; unit heads: their findings only',
  })
  auditTrail(@Arg('entityId', () => ID) entityId: string, @Ctx() ctx: RequestContext): Promise<AuditEntry[]> {
    return new AuditTrailService(ctx.em).forUser(signedInUser(ctx), entityId);
  }

  @Authorized(Capability.AUDIT_READ_ALL)
  @Query(() => AuditEntryPage, {
    description: 'Nhật ký của cả hệ thống, mới nhất trước: một trang và tổng số mục khớp bộ lọc',
  })
  auditTrailPage(
    @Arg('filter', () => AuditTrailFilter, { nullable: true }) filter: AuditTrailFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Page<AuditEntry>> {
    return readAuditPage(ctx.em, filter, page);
  }
}
