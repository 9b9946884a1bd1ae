import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';

const LINE_LENGTH = { each: true, message: 'Mỗi dòng không được dài quá 200 ký tự.' };
const LINE_COUNT = { message: 'Danh sách không được quá 20 dòng.' };

/**
 * A new identity of the department from a day; the one in force closes the day before. Empty name,
 * abbreviation, place and basis are refused by the service with their own codes. Lists left out are
 * copied from the identity in force (or the wording documents always printed).
 */
@InputType()
export class AddIssuingAgencyIdentityInput {
  @Field(() => GraphQLLocalDate, { description: 'Ngày bắt đầu có hiệu lực' })
  validFrom!: string;

  @Field(() => String, { description: 'Tên cơ quan, e.g. Sở Nông nghiệp và Môi trường' })
  @MaxLength(200, { message: 'Tên cơ quan không được dài quá 200 ký tự.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Cơ quan chủ quản as printed, e.g. UBND TỈNH LẠNG SƠN' })
  @IsOptional()
  @MaxLength(200, { message: 'Tên cơ quan chủ quản không được dài quá 200 ký tự.' })
  parentName?: string | null;

  @Field(() => String, { description: 'Ký hiệu in document numbers, e.g. SNNMT' })
  @MaxLength(32, { message: 'Ký hiệu cơ quan không được dài quá 32 ký tự.' })
  abbreviation!: string;

  @Field(() => String, { description: 'Địa danh of the place-date line, e.g. Lạng Sơn' })
  @MaxLength(100, { message: 'Địa danh không được dài quá 100 ký tự.' })
  place!: string;

  @Field(() => String, { description: 'Căn cứ pháp lý, e.g. Nghị quyết 176/2025/QH15' })
  @MaxLength(300, { message: 'Căn cứ pháp lý không được dài quá 300 ký tự.' })
  legalBasis!: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @IsOptional()
  legalBasisDate?: string | null;

  @Field(() => [String], { nullable: true, description: 'Defaults to the lines of the identity in force' })
  @IsOptional()
  @ArrayMaxSize(20, LINE_COUNT)
  @MaxLength(200, LINE_LENGTH)
  noticeRecipients?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Defaults to the lines of the identity in force' })
  @IsOptional()
  @ArrayMaxSize(20, LINE_COUNT)
  @MaxLength(200, LINE_LENGTH)
  reportRecipients?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Defaults to the lines of the identity in force' })
  @IsOptional()
  @ArrayMaxSize(5, { message: 'Chức danh người ký không được quá 5 dòng.' })
  @MaxLength(200, LINE_LENGTH)
  signerTitleLines?: string[] | null;
}
