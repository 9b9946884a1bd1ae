import { REPORT_YEAR_MAX, REPORT_YEAR_MIN, REPORT_YEAR_RANGE } from '@kycuong/rules';
import { ArrayMaxSize, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { OnlineService, ProcedureLevel, ProcedureMechanism } from './administrative-procedure.entity.js';
import { DirectiveDocumentType } from './directive-document.entity.js';
import { AssessmentIndex } from './index-result.entity.js';

const YEAR_MESSAGE = `Năm phải trong khoảng ${REPORT_YEAR_RANGE}.`;

/** A new directive document; the year is taken from its date. */
@InputType()
export class DirectiveDocumentInput {
  @Field(() => DirectiveDocumentType)
  type!: DirectiveDocumentType;

  @Field(() => String, { description: 'Số và ký hiệu, e.g. 80/KH-SNN' })
  @MaxLength(60, { message: 'Số, ký hiệu văn bản không được dài quá 60 ký tự.' })
  number!: string;

  @Field(() => GraphQLLocalDate)
  issuedOn!: string;

  @Field(() => ID)
  issuingUnitId!: string;

  @Field(() => String, { description: 'Trích yếu' })
  @MaxLength(2000, { message: 'Trích yếu không được dài quá 2000 ký tự.' })
  summary!: string;
}

/** Every field of the document again: an edit replaces the record. */
@InputType()
export class UpdateDirectiveDocumentInput extends DirectiveDocumentInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version edited; a newer one on the server is a conflict' })
  @IsOptional()
  version?: number | null;
}

@InputType()
export class AdministrativeProcedureInput {
  @Field(() => Int)
  @Min(REPORT_YEAR_MIN, { message: YEAR_MESSAGE })
  @Max(REPORT_YEAR_MAX, { message: YEAR_MESSAGE })
  year!: number;

  @Field(() => String, { description: 'Mã TTHC, unique within the year' })
  @MaxLength(40, { message: 'Mã TTHC không được dài quá 40 ký tự.' })
  code!: string;

  @Field(() => String)
  @MaxLength(1000, { message: 'Tên TTHC không được dài quá 1000 ký tự.' })
  name!: string;

  @Field(() => ProcedureLevel)
  level!: ProcedureLevel;

  @Field(() => ProcedureMechanism)
  mechanism!: ProcedureMechanism;

  @Field(() => OnlineService)
  onlineService!: OnlineService;

  @Field(() => Boolean)
  publicPostal!: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0, { message: 'Thời hạn giải quyết không được âm.' })
  legalDays?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0, { message: 'Số ngày cắt giảm không được âm.' })
  daysCut?: number | null;
}

@InputType()
export class UpdateAdministrativeProcedureInput extends AdministrativeProcedureInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  version?: number | null;
}

@InputType()
export class IndexComponentInput {
  @Field(() => String)
  @MaxLength(300, { message: 'Tên điểm thành phần không được dài quá 300 ký tự.' })
  name!: string;

  @Field(() => Float)
  @Min(0, { message: 'Điểm thành phần không được âm.' })
  score!: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0, { message: 'Điểm tối đa không được âm.' })
  maxScore?: number | null;
}

@InputType()
export class IndexResultInput {
  @Field(() => Int)
  @Min(REPORT_YEAR_MIN, { message: YEAR_MESSAGE })
  @Max(REPORT_YEAR_MAX, { message: YEAR_MESSAGE })
  year!: number;

  @Field(() => AssessmentIndex)
  index!: AssessmentIndex;

  @Field(() => Float)
  @Min(0, { message: 'Tổng điểm không được âm.' })
  totalScore!: number;

  @Field(() => [IndexComponentInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'Tối đa 50 điểm thành phần.' })
  @ValidateNested()
  components?: IndexComponentInput[] | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1, { message: 'Xếp hạng phải từ 1 trở lên.' })
  rank?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1, { message: 'Số sở, ngành được xếp hạng phải từ 1 trở lên.' })
  rankOf?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: 'Ghi chú không được dài quá 2000 ký tự.' })
  note?: string | null;
}

@InputType()
export class UpdateIndexResultInput extends IndexResultInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  version?: number | null;
}
