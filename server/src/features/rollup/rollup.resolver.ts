import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/request-context.js';
import { Capability } from '../auth/permissions.js';
import { RollupService } from './rollup.service.js';
import {
  ComplianceFigure,
  Rollup,
  RollupAttentionUnit,
  RollupFigure,
  RollupRecord,
  RollupStructure,
  RollupUnit,
  RollupYear,
} from './rollup.types.js';
import { unitsNeedingAttention } from './rollup-attention.js';
import { todayView } from './rollup-today.js';
import { complianceTrend } from './rollup-trend.js';

const STRUCTURE_ARG = {
  nullable: true,
  defaultValue: RollupStructure.AS_IT_WAS,
  description: 'AS_IT_WAS (default): the year’s own structure; TODAY: per-unit rows under today’s units',
} as const;

@Resolver(() => Rollup)
export class RollupResolver {
  @Authorized(Capability.ROLLUP_READ)
  @Query(() => Rollup, { description: 'The annual roll-up of a year over a sub-tree of units (default: everything)' })
  rollup(
    @Arg('year', () => Int) year: number,
    @Arg('rootUnitId', () => ID, { nullable: true }) rootUnitId: string | null,
    @Arg('structure', () => RollupStructure, STRUCTURE_ARG) structure: RollupStructure,
    @Ctx() ctx: RequestContext,
  ): Promise<Rollup> {
    return new RollupService(ctx.em).rollup(year, rootUnitId ?? null, structure ?? RollupStructure.AS_IT_WAS);
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
  async attention(@Root() rollup: Rollup, @Ctx() ctx: RequestContext): Promise<RollupAttentionUnit[]> {
    const today = rollup.structure === RollupStructure.TODAY ? await todayView(ctx.em, rollup.rootUnitId) : null;
    return unitsNeedingAttention(ctx.em, rollup.year, rollup.rootUnitId, rollup.asOf, today);
  }

  @Authorized(Capability.ROLLUP_READ)
  @Query(() => [RollupRecord], { description: 'The records behind one figure of the roll-up' })
  rollupRecords(
    @Arg('year', () => Int) year: number,
    @Arg('rootUnitId', () => ID, { nullable: true }) rootUnitId: string | null,
    @Arg('figure', () => RollupFigure) figure: RollupFigure,
    @Arg('key', () => String, { nullable: true }) key: string | null,
    @Arg('structure', () => RollupStructure, STRUCTURE_ARG) structure: RollupStructure,
    @Ctx() ctx: RequestContext,
  ): Promise<RollupRecord[]> {
    return new RollupService(ctx.em).records(
      year,
      rootUnitId ?? null,
      figure,
      key ?? null,
      structure ?? RollupStructure.AS_IT_WAS,
    );
  }
}

/** A unit row outside today's structure holds its own figures only. */
@Resolver(() => RollupUnit)
export class RollupUnitResolver {
  @FieldResolver(() => Boolean)
  sharedPast(@Root() unit: RollupUnit): boolean {
    return unit.sharedPast ?? false;
  }

  @FieldResolver(() => [String])
  formerUnits(@Root() unit: RollupUnit): string[] {
    return unit.formerUnits ?? [];
  }
}

@Resolver(() => ComplianceFigure)
export class ComplianceFigureResolver {
  @FieldResolver(() => Boolean)
  sharedPast(@Root() figure: ComplianceFigure): boolean {
    return figure.sharedPast ?? false;
  }

  @FieldResolver(() => [String])
  formerUnits(@Root() figure: ComplianceFigure): string[] {
    return figure.formerUnits ?? [];
  }
}
