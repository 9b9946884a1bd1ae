import { IsOptional, MaxLength } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { OptionalLatitude, OptionalLongitude } from '../../common/gps.js';
import { UnitKind } from './unit.entity.js';
import { OptionalAddress, UnitCode, UnitName } from './unit-fields.js';

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
  @UnitCode()
  code!: string;

  @UnitName()
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

  @UnitCode(true)
  code?: string | null;

  @UnitName(true)
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
