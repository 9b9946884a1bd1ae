import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/request-context.js';
import { Capability } from '../auth/permissions.js';
import { RollupService } from './rollup.service.js';
import { Rollup, RollupAttentionUnit, RollupFigure, RollupRecord, RollupYear } from './rollup.types.js';
import { unitsNeedingAttention } from './rollup-attention.js';
import { complianceTrend } from './rollup-trend.js';

@Resolver(() => Rollup)
export class RollupResolver {
  @Authorized(Capability.ROLLUP_READ)
  @Query(() => Rollup, { description: 'The annual roll-up of a year over a sub-tree of units (default: everything)' })
  rollup(
    @Arg('year', () => Int) year: number,
    @Arg('rootUnitId', () => ID, { nullable: true }) rootUnitId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Rollup> {
    return new RollupService(ctx.em).rollup(year, rootUnitId ?? null);
  }

  // Computed only when asked for: the annual report and the exports do not need them.
  @FieldResolver(() => [RollupYear], {
    description: 'The year and up to four earlier years with approved visits in the sub-tree, oldest first',
  })
  trend(@Root() rollup: Rollup, @Ctx() ctx: RequestContext): Promise<RollupYear[]> {
    return complianceTrend(ctx.em, rollup.year, rollup.rootUnitId);
  }

  @FieldResolver(() => [RollupAttentionUnit], {
    description:
      'Units of the scope needing attention: not inspected, then most overdue findings, then lowest compliance',
  })
  attention(@Root() rollup: Rollup, @Ctx() ctx: RequestContext): Promise<RollupAttentionUnit[]> {
    return unitsNeedingAttention(ctx.em, rollup.year, rollup.rootUnitId, rollup.asOf);
  }

  @Authorized(Capability.ROLLUP_READ)
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
