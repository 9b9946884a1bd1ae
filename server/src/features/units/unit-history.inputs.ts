import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { UnitKind } from './unit.entity.js';
import { OptionalAddress, OptionalShortName, UnitCode, UnitName } from './unit-fields.js';
import { UnitChangeKind } from './unit-version.entity.js';

/** A unit a change creates: the new unit of a creation or a merge, each new unit of a split. */
@InputType()
export class NewUnitInput {
  @UnitCode()
  code!: string;

  @UnitName()
  name!: string;

  @OptionalShortName()
  shortName?: string | null;

  @Field(() => UnitKind)
  kind!: UnitKind;

  @Field(() => ID, { description: 'Đơn vị cấp trên' })
  parentId!: string;

  @OptionalAddress()
  address?: string | null;
}

/**
 * A change in the organisation, in force from `effectiveOn`, on the basis of a decision. Which fields
 * apply depends on the kind: CREATE (newUnits: one), RENAME (unitId and the new name, code, short name,
 * kind or address; a field left out stays as it is, a short name or address sent empty or null is
 * cleared), MOVE (unitId, parentId), MERGE (sourceIds into targetId, which may take a new name and short
 * name from the same day, or into newUnits: one), SPLIT (unitId into newUnits: two or more, the first
 * taking over its open records), DISSOLVE (unitId, and receiverId: the unit taking over its tasks and open
 * records; its parent when not given).
 */
@InputType()
export class RecordUnitChangeInput {
  @Field(() => UnitChangeKind)
  kind!: UnitChangeKind;

  @Field(() => GraphQLLocalDate, { description: 'Có hiệu lực từ ngày' })
  effectiveOn!: string;

  @Field(() => String, { description: 'Số, ký hiệu văn bản căn cứ, e.g. 123/QĐ-UBND' })
  @MaxLength(100, { message: 'Số văn bản căn cứ không được dài quá 100 ký tự.' })
  basisNumber!: string;

  @Field(() => GraphQLLocalDate, { description: 'Ngày ban hành văn bản căn cứ' })
  basisDate!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  unitId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  parentId?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'Tối đa 50 đơn vị nguồn.' })
  sourceIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  targetId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Giải thể: đơn vị tiếp nhận nhiệm vụ và hồ sơ đang mở; để trống là đơn vị cấp trên',
  })
  @IsOptional()
  receiverId?: string | null;

  @UnitName(true, 'Hợp nhất vào đơn vị đang có: tên mới của đơn vị đó từ ngày hiệu lực; để trống: giữ tên')
  targetName?: string | null;

  @OptionalShortName(
    'Hợp nhất vào đơn vị đang có: tên viết tắt mới của đơn vị đó; không gửi: giữ nguyên; chuỗi rỗng hoặc null: xóa',
  )
  targetShortName?: string | null;

  @Field(() => [NewUnitInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'Tối đa 20 đơn vị mới.' })
  @ValidateNested()
  newUnits?: NewUnitInput[] | null;

  @UnitName(true)
  name?: string | null;

  @UnitCode(true)
  code?: string | null;

  @OptionalShortName('Đổi tên: tên viết tắt mới; không gửi: giữ nguyên; chuỗi rỗng hoặc null: xóa')
  shortName?: string | null;

  @Field(() => UnitKind, { nullable: true, description: 'Loại đơn vị mới (đổi tên)' })
  @IsOptional()
  unitKind?: UnitKind | null;

  @OptionalAddress()
  address?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Xác nhận chuyển sang đơn vị kế thừa các cuộc kiểm tra ghi ngày từ ngày hiệu lực trở đi',
  })
  @IsOptional()
  confirmRehome?: boolean | null;
}
