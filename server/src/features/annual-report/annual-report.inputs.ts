import { REPORT_YEAR_MAX, REPORT_YEAR_MIN, REPORT_YEAR_RANGE } from '@kycuong/rules';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

const YEAR_MESSAGE = `Năm phải trong khoảng ${REPORT_YEAR_RANGE}.`;
const TEXT_MAX = 20_000;
const TEXT_MESSAGE = `Mỗi phần không được dài quá ${TEXT_MAX} ký tự.`;

/** Every narrative part of a year's report: a save replaces them all. */
@InputType()
export class SaveAnnualReportDraftInput {
  @Field(() => Int)
  @Min(REPORT_YEAR_MIN, { message: YEAR_MESSAGE })
  @Max(REPORT_YEAR_MAX, { message: YEAR_MESSAGE })
  year!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TEXT_MAX, { message: TEXT_MESSAGE })
  basis?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TEXT_MAX, { message: TEXT_MESSAGE })
  sipasTasks?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TEXT_MAX, { message: TEXT_MESSAGE })
  parTasks?: string | null;

  @Field(() => String)
  @MaxLength(TEXT_MAX, { message: TEXT_MESSAGE })
  strengths!: string;

  @Field(() => String)
  @MaxLength(TEXT_MAX, { message: TEXT_MESSAGE })
  weaknesses!: string;

  @Field(() => String)
  @MaxLength(TEXT_MAX, { message: TEXT_MESSAGE })
  directions!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'Tên người ký không được dài quá 200 ký tự.' })
  signerName?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The version edited (null for a new draft); a newer one on the server is a conflict',
  })
  @IsOptional()
  version?: number | null;
}
