import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { todayLocalDate } from '../../common/local-date.js';
import type { RequestContext } from '../../common/request-context.js';
import { Capability } from '../auth/permissions.js';
import { signedInUser } from '../users/signed-in.js';
import { Unit } from './unit.entity.js';
import { CreateUnitInput, DeactivateUnitInput, MoveUnitInput, UnitFilter, UpdateUnitInput } from './units.inputs.js';
import { UnitsService } from './units.service.js';

@Resolver(() => Unit)
export class UnitsResolver {
  @Authorized()
  @Query(() => [Unit], { description: 'Units of the department, flat; build the tree from parentId' })
  units(
    @Arg('filter', () => UnitFilter, { nullable: true }) filter: UnitFilter | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Unit[]> {
    return new UnitsService(ctx.em).list(filter);
  }

  @Authorized()
  @Query(() => Unit, { nullable: true })
  unit(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Unit | null> {
    return new UnitsService(ctx.em).get(id);
  }

  @Authorized(Capability.UNIT_MANAGE)
  @Mutation(() => Unit)
  createUnit(@Arg('input', () => CreateUnitInput) input: CreateUnitInput, @Ctx() ctx: RequestContext): Promise<Unit> {
    return new UnitsService(ctx.em).create(signedInUser(ctx), input);
  }

  @Authorized(Capability.UNIT_MANAGE)
  @Mutation(() => Unit, { description: 'Renames or edits a unit' })
  updateUnit(@Arg('input', () => UpdateUnitInput) input: UpdateUnitInput, @Ctx() ctx: RequestContext): Promise<Unit> {
    return new UnitsService(ctx.em).update(signedInUser(ctx), input);
  }

  @Authorized(Capability.UNIT_MANAGE)
  @Mutation(() => Unit, { description: 'Moves a unit under another parent; cycles are refused' })
  moveUnit(@Arg('input', () => MoveUnitInput) input: MoveUnitInput, @Ctx() ctx: RequestContext): Promise<Unit> {
    return new UnitsService(ctx.em).move(signedInUser(ctx), input);
  }

  @Authorized(Capability.UNIT_MANAGE)
  @Mutation(() => Unit, { description: 'Ends the active period of a unit' })
  deactivateUnit(
    @Arg('input', () => DeactivateUnitInput) input: DeactivateUnitInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Unit> {
    return new UnitsService(ctx.em).deactivate(signedInUser(ctx), input);
  }

  @FieldResolver(() => ID, { nullable: true })
  parentId(@Root() unit: Unit): string | null {
    return unit.parent?.id ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'Active today' })
  active(@Root() unit: Unit): boolean {
    const today = todayLocalDate();
    return unit.activeFrom <= today && (unit.activeTo === null || unit.activeTo >= today);
  }
}
