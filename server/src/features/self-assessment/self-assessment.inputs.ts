import { IsOptional, MaxLength, Min } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { AgencyKind } from './criteria-set.entity.js';
import { EvidenceRecordKind } from './performance-measure.js';
import { AppraisalRound } from './self-assessment.entity.js';

const LONG = 5000;
const tooLong = (what: string) => `${what} không được dài quá ${LONG} ký tự.`;

@InputType()
export class StartSelfAssessmentInput {
  @Field(() => Int)
  year!: number;

  @Field(() => AgencyKind, { nullable: true, description: 'Default: DEPARTMENT' })
  @IsOptional()
  agencyKind?: AgencyKind | null;
}

/** A criterion's self-score as a whole: what is sent replaces what was there. */
@InputType()
export class ScoreCriterionInput {
  @Field(() => ID)
  assessmentId!: string;

  @Field(() => ID, { description: 'A scored criterion (no components) of the assessment’s criteria set' })
  criterionId!: string;

  @Field(() => Float, { nullable: true, description: 'Điểm tự chấm; trống: chưa chấm (or not applicable)' })
  @IsOptional()
  @Min(0, { message: 'Điểm không được âm.' })
  points?: number | null;

  @Field(() => String, { nullable: true, description: 'Giải trình' })
  @IsOptional()
  @MaxLength(LONG, { message: tooLong('Giải trình') })
  explanation?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Không áp dụng (default false)' })
  @IsOptional()
  notApplicable?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LONG, { message: tooLong('Lý do không áp dụng') })
  notApplicableReason?: string | null;

  @Field(() => String, { nullable: true, description: 'Required when the points differ from an accepted suggestion' })
  @IsOptional()
  @MaxLength(LONG, { message: tooLong('Giải trình') })
  overrideExplanation?: string | null;

  @Field(() => Int, { nullable: true, description: 'The score’s version edited; a newer one is a conflict' })
  @IsOptional()
  version?: number | null;
}

/**
 * Tài liệu kiểm chứng for a criterion: a record of the product (recordKind and recordId) or a file
 * uploaded through /api/files (fileId), never both.
 */
@InputType()
export class AddAssessmentEvidenceInput {
  @Field(() => ID)
  assessmentId!: string;

  @Field(() => ID)
  criterionId!: string;

  @Field(() => EvidenceRecordKind, { nullable: true })
  @IsOptional()
  recordKind?: EvidenceRecordKind | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  recordId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  fileId?: string | null;

  @Field(() => String, { nullable: true, description: 'Trang, mục cần xem, e.g. "trang 3, mục II.2"' })
  @IsOptional()
  @MaxLength(200, { message: 'Trang, mục không được dài quá 200 ký tự.' })
  pointer?: string | null;

  @Field(() => String, { nullable: true, description: 'Số, ký hiệu văn bản' })
  @IsOptional()
  @MaxLength(60, { message: 'Số, ký hiệu văn bản không được dài quá 60 ký tự.' })
  documentNumber?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @IsOptional()
  documentDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Cơ quan ban hành' })
  @IsOptional()
  @MaxLength(300, { message: 'Cơ quan ban hành không được dài quá 300 ký tự.' })
  issuer?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LONG, { message: tooLong('Ghi chú') })
  note?: string | null;
}

@InputType()
export class ReturnSelfAssessmentInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Ý kiến của lãnh đạo' })
  @MaxLength(LONG, { message: tooLong('Ý kiến') })
  comment!: string;
}

/** The Sở Nội vụ's score and comment for a criterion, in a round, as the office enters it. */
@InputType()
export class AppraisalScoreInput {
  @Field(() => ID)
  assessmentId!: string;

  @Field(() => ID)
  criterionId!: string;

  @Field(() => AppraisalRound)
  round!: AppraisalRound;

  @Field(() => Float, { nullable: true, description: 'Trống: xóa điểm thẩm định của vòng này' })
  @IsOptional()
  @Min(0, { message: 'Điểm không được âm.' })
  points?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LONG, { message: tooLong('Nhận xét') })
  comment?: string | null;
}
