import { ArrayMaxSize, IsOptional, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { FindingSeverity, FindingStatus } from './finding.entity.js';

@InputType()
export class FindingFilter {
  @Field(() => Int, { nullable: true, description: 'Year of the visit' })
  @IsOptional()
  year?: number | null;

  @Field(() => FindingStatus, { nullable: true })
  @IsOptional()
  status?: FindingStatus | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Findings raised against the unit, and those it follows since the unit they were raised against ended',
  })
  @IsOptional()
  unitId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only those past their deadline and not closed' })
  @IsOptional()
  overdue?: boolean | null;

  @Field(() => FindingSeverity, { nullable: true })
  @IsOptional()
  severity?: FindingSeverity | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Words of the finding's text, recommendation or group, or of its unit's name or code, with or without diacritics",
  })
  @IsOptional()
  @MaxLength(100, { message: 'Từ khóa tìm kiếm quá dài.' })
  search?: string | null;
}

@InputType()
export class EvidencePhotoInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Mã ảnh đính kèm phải là một UUID.' })
  attachmentId!: string;

  @Field(() => ID)
  fileId!: string;
}

@InputType()
export class ReportRemediationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Mã thao tác phải là một UUID.' })
  operationId!: string;

  @Field(() => ID)
  findingId!: string;

  @Field(() => String)
  @MaxLength(4000, { message: 'Nội dung khắc phục không được dài quá 4000 ký tự.' })
  text!: string;

  @Field(() => [EvidencePhotoInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'Tối đa 20 ảnh minh chứng.' })
  @ValidateNested()
  photos?: EvidencePhotoInput[] | null;
}

@InputType()
export class CloseFindingInput {
  @Field(() => ID)
  findingId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: 'Ghi chú không được dài quá 2000 ký tự.' })
  note?: string | null;
}

@InputType()
export class ReopenFindingInput {
  @Field(() => ID)
  findingId!: string;

  @Field(() => String)
  @Matches(/\S/, { message: 'Vui lòng ghi lý do mở lại.' })
  @MaxLength(2000, { message: 'Lý do không được dài quá 2000 ký tự.' })
  reason!: string;
}

/** A decision on one finding that the office must give a reason for. */
@InputType()
abstract class FindingDecisionInput {
  @Field(() => ID)
  findingId!: string;

  // A missing reason is checked by the service, so that it answers with its own code.
  @Field(() => String)
  @MaxLength(2000, { message: 'Lý do không được dài quá 2000 ký tự.' })
  reason!: string;
}

/** The office does not accept the unit's report: the finding goes back to the unit, with the reason. */
@InputType()
export class RejectRemediationInput extends FindingDecisionInput {}

/** The office closes a finding the unit has not reported on: only with a reason. */
@InputType()
export class CloseWithoutReportInput extends FindingDecisionInput {}

/** Gia hạn: a new deadline, with a reason. */
@InputType()
export class ExtendDeadlineInput extends FindingDecisionInput {
  @Field(() => GraphQLLocalDate)
  newDeadline!: string;
}
