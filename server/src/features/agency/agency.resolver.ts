import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/request-context.js';
import { Capability } from '../auth/permissions.js';
import { signedInUser } from '../users/signed-in.js';
import { AddIssuingAgencyIdentityInput } from './agency.inputs.js';
import { AgencyService } from './agency.service.js';
import { IssuingAgencyIdentity } from './issuing-agency-identity.entity.js';

@Resolver(() => IssuingAgencyIdentity)
export class AgencyResolver {
  @Authorized(Capability.AGENCY_READ)
  @Query(() => [IssuingAgencyIdentity], {
    description: 'Cơ quan ban hành văn bản theo từng thời kỳ, cũ nhất trước',
  })
  issuingAgencyIdentities(@Ctx() ctx: RequestContext): Promise<IssuingAgencyIdentity[]> {
    return new AgencyService(ctx.em).list();
  }

  @Authorized(Capability.AGENCY_MANAGE)
  @Mutation(() => IssuingAgencyIdentity, {
    description: 'Thêm cơ quan ban hành từ một ngày; thời kỳ đang có hiệu lực kết thúc vào ngày hôm trước',
  })
  addIssuingAgencyIdentity(
    @Arg('input', () => AddIssuingAgencyIdentityInput) input: AddIssuingAgencyIdentityInput,
    @Ctx() ctx: RequestContext,
  ): Promise<IssuingAgencyIdentity> {
    return new AgencyService(ctx.em).add(signedInUser(ctx), input);
  }
}
