import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { Role } from '../users/role.js';
import { RollupService } from './rollup.service.js';
import { Rollup, RollupFigure, RollupRecord } from './rollup.types.js';

/** Leadership watches the year; the office writes the annual report from it. */
export const ROLLUP_READERS = [Role.ADMIN, Role.OFFICE, Role.LEADERSHIP];

@Resolver(() => Rollup)
export class RollupResolver {
  @Authorized(ROLLUP_READERS)
  @Query(() => Rollup, { description: 'The annual roll-up of a year over a sub-tree of units (default: everything)' })
  rollup(
    @Arg('year', () => Int) year: number,
    @Arg('rootUnitId', () => ID, { nullable: true }) rootUnitId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Rollup> {
    return new RollupService(ctx.em).rollup(year, rootUnitId ?? null);
  }

  @Authorized(ROLLUP_READERS)
  @Query(() => [RollupRecord], { description: 'The records behind one figure of the roll-up' })
  rollupRecords(
    @Arg('year', () => Int) year: number,
    @Arg('rootUnitId', () => ID, { nullable: true }) rootUnitId: string | null,
    @Arg('figure', () => RollupFigure) figure: RollupFigure,
    @Arg('key', () => String, { nullable: true }) key: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<RollupRecord[]> {
    return new RollupService(ctx.em).records(year, rootUnitId ?? null, figure, key ?? null);
  }
}
