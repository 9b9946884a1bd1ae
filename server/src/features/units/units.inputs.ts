import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { OptionalLatitude, OptionalLongitude } from '../../common/gps.js';
import { OptionalAddress } from './unit-fields.js';

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

/**
 * Sửa thông tin (không phải thay đổi tổ chức): a typo in the address of the unit's latest version, or
 * its place on the map, corrected in place. Name, code, kind and parent change only through an
 * organisation change (recordUnitChange), dated and with its basis. A field left out stays as it is.
 */
@InputType()
export class CorrectUnitDetailsInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version corrected; a newer one on the server is a conflict' })
  version!: number;

  @OptionalAddress('Địa chỉ đúng của giai đoạn hiện tại; chuỗi rỗng: xóa')
  address?: string | null;

  @OptionalLatitude()
  latitude?: number | null;

  @OptionalLongitude()
  longitude?: number | null;
}
