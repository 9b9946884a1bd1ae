import { ArrayMaxSize, IsOptional, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { AnswerType } from './checklist.entity.js';

const CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/;
const CODE_MESSAGE = 'Mã chỉ gồm chữ không dấu, số và các ký tự . _ - (tối đa 32 ký tự).';

@InputType()
export class CreateChecklistTemplateInput {
  @Field(() => String)
  @Matches(CODE, { message: CODE_MESSAGE })
  code!: string;

  @Field(() => String)
  @Matches(/\S/, { message: 'Vui lòng nhập tên bộ tiêu chí.' })
  @MaxLength(300, { message: 'Tên bộ tiêu chí không được dài quá 300 ký tự.' })
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: 'Mô tả không được dài quá 2000 ký tự.' })
  description?: string | null;
}

@InputType()
export class ChecklistItemInput {
  @Field(() => String)
  @Matches(CODE, { message: CODE_MESSAGE })
  code!: string;

  @Field(() => String)
  @Matches(/\S/, { message: 'Vui lòng nhập nội dung tiêu chí.' })
  @MaxLength(2000, { message: 'Nội dung tiêu chí không được dài quá 2000 ký tự.' })
  text!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000, { message: 'Hướng dẫn không được dài quá 4000 ký tự.' })
  guidance?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: 'Căn cứ không được dài quá 2000 ký tự.' })
  legalBasis?: string | null;

  @Field(() => AnswerType)
  answerType!: AnswerType;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  minValue?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  maxValue?: number | null;

  @Field(() => Float)
  @Min(0, { message: 'Điểm phải từ 0 đến 100.' })
  @Max(100, { message: 'Điểm phải từ 0 đến 100.' })
  points!: number;

  @Field(() => Boolean)
  photoRequiredOnFail!: boolean;

  @Field(() => Boolean)
  required!: boolean;
}

@InputType()
export class ChecklistGroupInput {
  @Field(() => String)
  @Matches(CODE, { message: CODE_MESSAGE })
  code!: string;

  @Field(() => String)
  @Matches(/\S/, { message: 'Vui lòng nhập tên nhóm tiêu chí.' })
  @MaxLength(300, { message: 'Tên nhóm không được dài quá 300 ký tự.' })
  title!: string;

  @Field(() => [ChecklistItemInput])
  @ArrayMaxSize(200, { message: 'Một nhóm có tối đa 200 tiêu chí.' })
  @ValidateNested()
  items!: ChecklistItemInput[];
}

@InputType()
export class SaveChecklistDraftInput {
  @Field(() => ID)
  templateId!: string;

  @Field(() => [ChecklistGroupInput])
  @ArrayMaxSize(50, { message: 'Một bộ tiêu chí có tối đa 50 nhóm.' })
  @ValidateNested()
  groups!: ChecklistGroupInput[];
}
