import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { todayLocalDate } from '../../common/local-date.js';
import type { RequestContext } from '../../common/request-context.js';
import { Capability } from '../auth/permissions.js';
import { signedInUser } from '../users/signed-in.js';
import { Unit } from './unit.entity.js';
import { CorrectUnitDetailsInput, UnitFilter } from './units.inputs.js';
import { UnitsService } from './units.service.js';

/** The unit tree as it stands; every change of the organisation is recorded by unit-history.resolver.ts. */
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
  @Mutation(() => Unit, {
    description:
      'Sửa thông tin (không phải thay đổi tổ chức): sửa địa chỉ ghi sai của giai đoạn hiện tại, tọa độ trên bản đồ; ghi nhật ký. Đổi tên, mã, loại, đơn vị cấp trên: recordUnitChange',
  })
  correctUnitDetails(
    @Arg('input', () => CorrectUnitDetailsInput) input: CorrectUnitDetailsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Unit> {
    return new UnitsService(ctx.em).correct(signedInUser(ctx), input);
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
