import { IsOptional, Matches, MaxLength } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { applyDecorators } from '../../common/decorators.js';
import { OptionalLatitude, OptionalLongitude } from '../../common/gps.js';
import { UnitKind } from './unit.entity.js';

const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/;
const CODE_MESSAGE = 'Mã đơn vị chỉ gồm chữ không dấu, số và các ký tự . _ - (tối đa 32 ký tự).';
const NAME_MESSAGE = 'Vui lòng nhập tên đơn vị.';
const NAME_LENGTH_MESSAGE = 'Tên đơn vị không được dài quá 200 ký tự.';

/** The unit's optional address (địa chỉ), at most as long as its column. */
const OptionalAddress = (description?: string) =>
  applyDecorators(
    Field(() => String, { nullable: true, description }),
    IsOptional(),
    MaxLength(300, { message: 'Địa chỉ không được dài quá 300 ký tự.' }),
  );

@InputType()
export class UnitFilter {
  @Field(() => String, { nullable: true, description: 'Words of the name, with or without diacritics' })
  @IsOptional()
  @MaxLength(100, { message: 'Từ khóa tìm kiếm quá dài.' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Also list units that have stopped' })
  @IsOptional()
  includeInactive?: boolean | null;
}

@InputType()
export class CreateUnitInput {
  @Field(() => String)
  @Matches(CODE_PATTERN, { message: CODE_MESSAGE })
  code!: string;

  @Field(() => String)
  @Matches(/\S/, { message: NAME_MESSAGE })
  @MaxLength(200, { message: NAME_LENGTH_MESSAGE })
  name!: string;

  @Field(() => UnitKind)
  kind!: UnitKind;

  @Field(() => ID)
  parentId!: string;

  @OptionalAddress()
  address?: string | null;

  @OptionalLatitude()
  latitude?: number | null;

  @OptionalLongitude()
  longitude?: number | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Defaults to today' })
  @IsOptional()
  activeFrom?: string | null;
}

@InputType()
export class UpdateUnitInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version edited; a newer one on the server is a conflict' })
  @IsOptional()
  version?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(CODE_PATTERN, { message: CODE_MESSAGE })
  code?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/\S/, { message: NAME_MESSAGE })
  @MaxLength(200, { message: NAME_LENGTH_MESSAGE })
  name?: string | null;

  @Field(() => UnitKind, { nullable: true })
  @IsOptional()
  kind?: UnitKind | null;

  @OptionalAddress('Empty string clears it')
  address?: string | null;

  @OptionalLatitude()
  latitude?: number | null;

  @OptionalLongitude()
  longitude?: number | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @IsOptional()
  activeFrom?: string | null;
}

@InputType()
export class MoveUnitInput {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The new parent unit' })
  parentId!: string;
}

@InputType()
export class DeactivateUnitInput {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last active day; defaults to today' })
  @IsOptional()
  activeTo?: string | null;
}
