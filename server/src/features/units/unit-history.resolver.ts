import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/request-context.js';
import { Capability } from '../auth/permissions.js';
import { signedInUser } from '../users/signed-in.js';
import { Unit } from './unit.entity.js';
import { RecordUnitChangeInput } from './unit-history.inputs.js';
import { UnitHistoryService } from './unit-history.service.js';
import { UnitTimelineService } from './unit-timeline.service.js';
import { UnitChange, UnitChangePreview, UnitTimelineChange, UnitVersion } from './unit-version.entity.js';

/** The organisation's history: a unit's dated versions and the changes that made them. */
@Resolver(() => Unit)
export class UnitHistoryResolver {
  @Authorized(Capability.UNIT_MANAGE)
  @Mutation(() => UnitChange, {
    description:
      'Ghi nhận thay đổi tổ chức có hiệu lực từ một ngày, theo văn bản căn cứ: thành lập, đổi tên, chuyển cấp trên, hợp nhất, chia tách, giải thể',
  })
  recordUnitChange(
    @Arg('input', () => RecordUnitChangeInput) input: RecordUnitChangeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<UnitChange> {
    return new UnitHistoryService(ctx.em).record(signedInUser(ctx), input);
  }

  @Authorized(Capability.UNIT_MANAGE)
  @Query(() => UnitChangePreview, {
    description:
      'Xem trước một thay đổi tổ chức (không ghi gì): đơn vị kết thúc, đơn vị sau thay đổi, những gì chuyển đi',
  })
  previewUnitChange(
    @Arg('input', () => RecordUnitChangeInput) input: RecordUnitChangeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<UnitChangePreview> {
    return new UnitHistoryService(ctx.em).preview(signedInUser(ctx), input);
  }

  @FieldResolver(() => [UnitVersion], { description: 'Các giai đoạn của đơn vị, cũ trước' })
  versions(@Root() unit: Unit, @Ctx() ctx: RequestContext): Promise<UnitVersion[]> {
    return new UnitTimelineService(ctx.em).versionsOf(unit.id);
  }

  @FieldResolver(() => [UnitTimelineChange], {
    description:
      'Các thay đổi tổ chức liên quan đến đơn vị, nhìn từ đơn vị (kể cả sáp nhập vào đơn vị và tiếp nhận nhiệm vụ của đơn vị giải thể), cũ trước',
  })
  changes(@Root() unit: Unit, @Ctx() ctx: RequestContext): Promise<UnitTimelineChange[]> {
    return new UnitTimelineService(ctx.em).changesOf(unit.id);
  }
}

@Resolver(() => UnitVersion)
export class UnitVersionResolver {
  @FieldResolver(() => ID, { nullable: true, description: 'Đơn vị cấp trên trong giai đoạn này' })
  parentId(@Root() version: UnitVersion): string | null {
    return version.parent?.id ?? null;
  }
}
