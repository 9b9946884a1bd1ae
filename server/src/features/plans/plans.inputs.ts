import { REPORT_YEAR_MAX, REPORT_YEAR_MIN } from '@kycuong/rules';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { applyDecorators } from '../../common/decorators.js';
import { TeamRole } from './plan.entity.js';

/** A month of the year, 1 to 12. */
const MonthOfYear = () =>
  applyDecorators(Min(1, { message: 'Tháng phải từ 1 đến 12.' }), Max(12, { message: 'Tháng phải từ 1 đến 12.' }));

/** Số văn bản: number / type - issuer, e.g. 80/KH-SNN, 120/QĐ-SNN. */
export const DOCUMENT_NUMBER = /^\d{1,5}\/[A-ZĐ]{1,10}(-[A-ZĐ0-9]{1,12}){1,3}$/u;
const DOCUMENT_NUMBER_MESSAGE = 'Số văn bản phải có dạng số/loại-cơ quan, ví dụ 80/KH-SNN.';

@InputType()
export class TeamMemberInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => TeamRole)
  role!: TeamRole;
}

@InputType()
export class SaveTeamInput {
  @Field(() => ID, { nullable: true, description: 'Omit to create a team' })
  @IsOptional()
  id?: string | null;

  @Field(() => Int)
  @Min(REPORT_YEAR_MIN, { message: 'Năm không hợp lệ.' })
  @Max(REPORT_YEAR_MAX, { message: 'Năm không hợp lệ.' })
  year!: number;

  @Field(() => String)
  @Matches(/\S/, { message: 'Vui lòng nhập tên đoàn.' })
  @MaxLength(200, { message: 'Tên đoàn không được dài quá 200 ký tự.' })
  name!: string;

  @Field(() => String)
  @Matches(DOCUMENT_NUMBER, { message: DOCUMENT_NUMBER_MESSAGE })
  decisionNumber!: string;

  @Field(() => GraphQLLocalDate)
  decisionDate!: string;

  @Field(() => [TeamMemberInput])
  @ArrayMinSize(1, { message: 'Đoàn phải có ít nhất một thành viên.' })
  @ArrayMaxSize(30, { message: 'Đoàn có tối đa 30 thành viên.' })
  @ValidateNested()
  members!: TeamMemberInput[];
}

@InputType()
export class CreatePlanInput {
  @Field(() => Int)
  @Min(REPORT_YEAR_MIN, { message: 'Năm không hợp lệ.' })
  @Max(REPORT_YEAR_MAX, { message: 'Năm không hợp lệ.' })
  year!: number;

  @Field(() => String)
  @Matches(/\S/, { message: 'Vui lòng nhập tên kế hoạch.' })
  @MaxLength(300, { message: 'Tên kế hoạch không được dài quá 300 ký tự.' })
  title!: string;

  @Field(() => String)
  @Matches(DOCUMENT_NUMBER, { message: DOCUMENT_NUMBER_MESSAGE })
  documentNumber!: string;

  @Field(() => GraphQLLocalDate)
  documentDate!: string;

  @Field(() => ID)
  templateId!: string;
}

@InputType()
export class PlanLineInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => Int)
  @MonthOfYear()
  plannedMonth!: number;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Ngày dự kiến, in the plan year and the month' })
  @IsOptional()
  plannedDate?: string | null;

  @Field(() => ID)
  teamId!: string;
}

@InputType()
export class UpdatePlanLineInput {
  @Field(() => ID)
  lineId!: string;

  @Field(() => Int)
  @MonthOfYear()
  plannedMonth!: number;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Ngày dự kiến; null clears it; omitted, the day is kept while the month stays',
  })
  @IsOptional()
  plannedDate?: string | null;

  @Field(() => ID)
  teamId!: string;
}
