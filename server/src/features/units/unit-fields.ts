import { IsOptional, Matches, MaxLength } from 'class-validator';
import { Field } from 'type-graphql';
import { applyDecorators } from '../../common/decorators.js';

/*
 * The input fields a unit is written with, checked alike wherever a unit is made or changed: the
 * organisation's changes and the correction of a unit's details (unit-history.inputs.ts, units.inputs.ts).
 */

const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/;
const CODE_MESSAGE = 'Mã đơn vị chỉ gồm chữ không dấu, số và các ký tự . _ - (tối đa 32 ký tự).';
const NAME_MESSAGE = 'Vui lòng nhập tên đơn vị.';
const NAME_LENGTH_MESSAGE = 'Tên đơn vị không được dài quá 200 ký tự.';

/** Mã đơn vị; `optional` for a change that may leave it as it is. */
export const UnitCode = (optional = false) =>
  applyDecorators(
    Field(() => String, { nullable: optional }),
    ...(optional ? [IsOptional()] : []),
    Matches(CODE_PATTERN, { message: CODE_MESSAGE }),
  );

/** Tên đơn vị; `optional` for a change that may leave it as it is. */
export const UnitName = (optional = false, description?: string) =>
  applyDecorators(
    Field(() => String, { nullable: optional, description }),
    ...(optional ? [IsOptional()] : []),
    Matches(/\S/, { message: NAME_MESSAGE }),
    MaxLength(200, { message: NAME_LENGTH_MESSAGE }),
  );

/** The unit's optional address (địa chỉ), at most as long as its column. */
export const OptionalAddress = (description?: string) =>
  applyDecorators(
    Field(() => String, { nullable: true, description }),
    IsOptional(),
    MaxLength(300, { message: 'Địa chỉ không được dài quá 300 ký tự.' }),
  );

/** The unit's optional short name (tên viết tắt). */
export const OptionalShortName = (description?: string) =>
  applyDecorators(
    Field(() => String, { nullable: true, description }),
    IsOptional(),
    MaxLength(100, { message: 'Tên viết tắt không được dài quá 100 ký tự.' }),
  );
