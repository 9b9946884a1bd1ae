import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/request-context.js';
import { Capability } from '../auth/permissions.js';
import { signedInUser } from '../users/signed-in.js';
import { User } from '../users/user.entity.js';
import { Device } from './device.entity.js';
import { PhoneHoldingsInput, SyncBatchInput } from './sync.inputs.js';
import { SyncService } from './sync.service.js';
import { SyncResult } from './sync.types.js';

@Resolver(() => Device)
export class SyncResolver {
  @Authorized(Capability.VISIT_CONDUCT)
  @Mutation(() => SyncResult, { description: "Applies a phone's queued field writes, in order, once each" })
  async syncBatch(
    @Arg('input', () => SyncBatchInput) input: SyncBatchInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SyncResult> {
    return new SyncService(ctx, info.schema).applyBatch(signedInUser(ctx), input);
  }

  @Authorized()
  @Mutation(() => Int, {
    description:
      'A phone says how much unsent work it holds for every person whose work is on it, whoever is signed in; returns the number of persons recorded',
  })
  reportPhoneHoldings(
    @Arg('input', () => PhoneHoldingsInput) input: PhoneHoldingsInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<number> {
    return new SyncService(ctx, info.schema).reportHoldings(signedInUser(ctx), input);
  }

  @Authorized(Capability.DEVICE_READ)
  @Query(() => [Device], { description: 'Phones and what is still waiting on each, oldest first' })
  syncDevices(@Ctx() ctx: RequestContext): Promise<Device[]> {
    return ctx.em.find(Device, {}, { orderBy: { oldestPendingAt: 'asc nulls last', lastSyncAt: 'desc nulls last' } });
  }

  @FieldResolver(() => User)
  user(@Root() device: Device, @Ctx() ctx: RequestContext): Promise<User> {
    return ctx.em.findOneOrFail(User, { id: device.user.id });
  }
}
