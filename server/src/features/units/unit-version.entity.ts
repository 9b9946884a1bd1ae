import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { type EnumValue, graphqlEnum } from '../../common/graphql-enum.js';
import { User } from '../users/user.entity.js';
import { Unit, UnitKind } from './unit.entity.js';
import { UNIT_CHANGE_ROLES } from './unit-change-role.js';

/**
 * What a unit was over a period: its name, code, kind, parent and address from `validFrom` to `validTo`
 * (the last day; null while it still holds). A unit's versions follow each other with no gap or overlap
 * (the rules: unit-history.ts). Records keep the unit and their own date, so what is shown for a day is
 * the version in force that day.
 */
@ObjectType({ description: 'Một giai đoạn của đơn vị: tên, mã, loại, đơn vị cấp trên trong thời gian có hiệu lực' })
@Entity({ tableName: 'unit_version' })
@Unique({ properties: ['unit', 'validFrom'] })
export class UnitVersion {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Unit, { deleteRule: 'restrict' })
  unit!: Unit;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  validFrom!: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Ngày cuối cùng có hiệu lực; null khi còn hiệu lực' })
  @Property({ type: 'date', nullable: true })
  validTo: string | null = null;

  @Field(() => String)
  @Property({ type: 'string', length: 32 })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  shortName: string | null = null;

  @Field(() => UnitKind)
  @Enum({ items: () => UnitKind, type: 'string' })
  kind!: UnitKind;

  @ManyToOne(() => Unit, { nullable: true, deleteRule: 'restrict' })
  parent: Unit | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 300, nullable: true })
  address: string | null = null;
}

/** The kinds of change in the organisation. */
export const UnitChangeKind = graphqlEnum(
  { name: 'UnitChangeKind', description: 'Thành lập, đổi tên, chuyển cấp trên, hợp nhất, chia tách, giải thể' },
  ['CREATE', 'RENAME', 'MOVE', 'MERGE', 'SPLIT', 'DISSOLVE'],
);
export type UnitChangeKind = EnumValue<typeof UnitChangeKind>;

/**
 * A change in the organisation with the day it takes effect and its legal basis (the decision's number
 * and date), as recorded: the units it touched and the records it moved to a successor.
 */
@ObjectType({ description: 'Thay đổi tổ chức (có hiệu lực từ ngày, căn cứ văn bản)' })
@Entity({ tableName: 'unit_change' })
export class UnitChange {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => UnitChangeKind)
  @Enum({ items: () => UnitChangeKind, type: 'string' })
  kind!: UnitChangeKind;

  @Field(() => GraphQLLocalDate)
  @Index()
  @Property({ type: 'date' })
  effectiveOn!: string;

  @Field(() => String, { description: 'Số, ký hiệu văn bản căn cứ, e.g. 123/QĐ-UBND' })
  @Property({ type: 'string', length: 100 })
  basisNumber!: string;

  @Field(() => GraphQLLocalDate, { description: 'Ngày ban hành văn bản căn cứ' })
  @Property({ type: 'date' })
  basisDate!: string;

  /** The units it touched, as ids: sources and targets. */
  @Property({ type: 'json' })
  unitIds!: string[];

  /** The event as the history rules applied it (unit-history.ts UnitEvent). */
  @Property({ type: 'json' })
  event!: Record<string, unknown>;

  /**
   * What moved to a successor: plan lines with their planned visits, later visits (confirmed), users, and
   * the open findings it now follows (absent on changes recorded before findings followed).
   */
  @Property({ type: 'json' })
  moved!: { planLines: string[]; visits: string[]; users: string[]; findings?: string[] };

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  createdBy!: User;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

/** What a change would do, shown before it is recorded (UnitHistoryService.preview). */
@ObjectType({
  description: 'Xem trước thay đổi tổ chức: đơn vị kết thúc, đơn vị sau thay đổi, những gì chuyển sang đơn vị kế thừa',
})
export class UnitChangePreview {
  @Field(() => [String], { description: 'Đơn vị kết thúc hoạt động (hợp nhất, chia tách, giải thể)' })
  endedUnits!: string[];

  @Field(() => [String], { description: 'Đơn vị sau thay đổi, kèm mã: đổi tên, chuyển, thành lập mới' })
  unitsNow!: string[];

  @Field(() => Int, { description: 'Dòng kế hoạch chưa kiểm tra chuyển sang đơn vị kế thừa' })
  planLines!: number;

  @Field(() => Int, {
    description: 'Cuộc kiểm tra ghi ngày từ ngày hiệu lực trở đi, chuyển sang đơn vị kế thừa (cần xác nhận)',
  })
  laterVisits!: number;

  @Field(() => [String], { description: 'Người dùng của đơn vị kết thúc, chuyển sang đơn vị kế thừa' })
  users!: string[];

  @Field(() => Int, {
    description:
      'Tồn tại chưa đóng của đơn vị kết thúc, từ nay do đơn vị kế thừa theo dõi (đơn vị chịu trách nhiệm ban đầu được giữ nguyên)',
  })
  findings!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'Đơn vị tiếp nhận những gì chuyển đi (tên và mã): đơn vị hợp nhất vào, đơn vị mới thứ nhất khi chia tách, đơn vị tiếp nhận nhiệm vụ khi giải thể',
  })
  successor!: string | null;
}

/** A unit's part in a change (unit-change-role.ts). */
export const UnitChangeRole = graphqlEnum(
  {
    name: 'UnitChangeRole',
    description:
      'Vai trò của đơn vị trong thay đổi: thành lập, đổi tên, điều chuyển, sáp nhập vào/hợp nhất thành, tiếp nhận sáp nhập, thành lập do hợp nhất/chia tách, chia tách thành, giải thể, tiếp nhận nhiệm vụ của đơn vị giải thể',
  },
  UNIT_CHANGE_ROLES,
);
export type UnitChangeRole = EnumValue<typeof UnitChangeRole>;

/**
 * A change as one unit's timeline shows it: the change, the unit's part in it and the other units it
 * names, as they were on the change's day. No id of its own: the same change reads differently on
 * each unit it concerns.
 */
@ObjectType({ description: 'Thay đổi tổ chức trên dòng thời gian của một đơn vị, nhìn từ đơn vị đó' })
export class UnitTimelineChange {
  @Field(() => ID, { description: 'Mã định danh của thay đổi tổ chức' })
  changeId!: string;

  @Field(() => UnitChangeKind)
  kind!: UnitChangeKind;

  @Field(() => UnitChangeRole)
  role!: UnitChangeRole;

  @Field(() => [String], {
    description:
      'Tên các đơn vị khác mà thay đổi nêu, theo vai trò: đơn vị bị sáp nhập, đơn vị tiếp nhận, đơn vị mới, đơn vị cấp trên mới',
  })
  otherUnits!: string[];

  @Field(() => GraphQLLocalDate)
  effectiveOn!: string;

  @Field(() => String, { description: 'Số, ký hiệu văn bản căn cứ' })
  basisNumber!: string;

  @Field(() => GraphQLLocalDate, { description: 'Ngày ban hành văn bản căn cứ' })
  basisDate!: string;
}
