import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/request-context.js';
import { signedInViewer } from '../users/signed-in.js';
import { HomeCounts, homeCounts } from './home-counts.js';

@Resolver()
export class HomeResolver {
  @Authorized()
  @Query(() => HomeCounts, { description: "The home screen's figures, within what the signed-in user may see" })
  homeCounts(@Ctx() ctx: RequestContext): Promise<HomeCounts> {
    return homeCounts(ctx.em, signedInViewer(ctx));
  }
}
