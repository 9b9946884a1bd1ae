import { ArrayMaxSize, IsInt, IsOptional, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { OptionalLatitude, OptionalLongitude } from '../../common/gps.js';
import { FindingSeverity } from '../findings/finding.entity.js';
import { AttachmentKind, AttendeeSide, PassFail, VisitStatus } from './visit.entity.js';

const OPERATION_ID_MESSAGE = 'Mã thao tác phải là một UUID.';

/** Every field write carries a client-generated operation id: a repeat with the same id changes nothing. */
@InputType()
export abstract class FieldWriteInput {
  @Field(() => ID, { description: 'Client-generated UUID of this write' })
  @IsUUID('all', { message: OPERATION_ID_MESSAGE })
  operationId!: string;

  @Field(() => ID)
  visitId!: string;
}

@InputType()
export class StartVisitInput extends FieldWriteInput {
  @OptionalLatitude()
  latitude?: number | null;

  @OptionalLongitude()
  longitude?: number | null;

  @Field(() => Date, { nullable: true, description: 'When the team started, as the phone saw it' })
  @IsOptional()
  startedAt?: Date | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The checklist version the phone downloaded (plannedTemplateVersion); default: the latest published',
  })
  @IsOptional()
  templateVersionId?: string | null;
}

// biome-ignore lint/suspicious/noExplicitAny: a mixin base must take any constructor arguments (TS2545)
type Constructor = abstract new (...args: any[]) => object;

/**
 * An item's answer as both the phone (AnswerItemInput) and a revision (RevisedAnswerInput) give it. What
 * was found and the recommendation belong to a Không đạt answer; omitted (a phone from before they were
 * asked for), the answer keeps the ones it has.
 */
function withAnswerValue<T extends Constructor>(Base: T) {
  @InputType()
  abstract class AnswerValueInput extends Base {
    @Field(() => ID)
    itemId!: string;

    @Field(() => PassFail, { nullable: true })
    @IsOptional()
    passFail?: PassFail | null;

    @Field(() => Float, { nullable: true })
    @IsOptional()
    numberValue?: number | null;

    @Field(() => String, { nullable: true })
    @IsOptional()
    @MaxLength(4000, { message: 'Nội dung không được dài quá 4000 ký tự.' })
    textValue?: string | null;

    @Field(() => String, { nullable: true })
    @IsOptional()
    @MaxLength(4000, { message: 'Ghi chú không được dài quá 4000 ký tự.' })
    note?: string | null;

    @Field(() => String, {
      nullable: true,
      description: 'Thực trạng phát hiện of a Không đạt answer; omitted: unchanged',
    })
    @IsOptional()
    @MaxLength(4000, { message: 'Thực trạng phát hiện không được dài quá 4000 ký tự.' })
    foundText?: string | null;

    @Field(() => String, { nullable: true, description: 'Kiến nghị of a Không đạt answer; omitted: unchanged' })
    @IsOptional()
    @MaxLength(4000, { message: 'Kiến nghị không được dài quá 4000 ký tự.' })
    recommendation?: string | null;
  }
  return AnswerValueInput;
}

@InputType()
export class AnswerItemInput extends withAnswerValue(FieldWriteInput) {
  @Field(() => Int, {
    nullable: true,
    description: 'The version of the answer the phone last saw; null: it saw none; omitted: no check (last write wins)',
  })
  @IsOptional()
  @IsInt({ message: 'Phiên bản phải là số nguyên.' })
  baseVersion?: number | null;

  @Field(() => ID, {
    nullable: true,
    description: "The phone's own previous write to this item (its operation id), if made since baseVersion",
  })
  @IsOptional()
  @IsUUID('all', { message: OPERATION_ID_MESSAGE })
  baseOperationId?: string | null;

  @Field(() => Date, { nullable: true, description: 'When the edit was made on the phone' })
  @IsOptional()
  editedAt?: Date | null;
}

@InputType()
export class AttendeeInput {
  @Field(() => String)
  @Matches(/\S/, { message: 'Vui lòng nhập họ tên người tham dự.' })
  @MaxLength(200, { message: 'Họ tên không được dài quá 200 ký tự.' })
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'Chức vụ không được dài quá 200 ký tự.' })
  position?: string | null;

  @Field(() => AttendeeSide)
  side!: AttendeeSide;
}

@InputType()
export class SetAttendeesInput extends FieldWriteInput {
  @Field(() => [AttendeeInput])
  @ArrayMaxSize(50, { message: 'Tối đa 50 người tham dự.' })
  @ValidateNested()
  attendees!: AttendeeInput[];
}

@InputType()
export class SetConclusionInput extends FieldWriteInput {
  @Field(() => String)
  @MaxLength(10000, { message: 'Kết luận không được dài quá 10000 ký tự.' })
  conclusion!: string;
}

@InputType()
export class SetUnitCommentsInput extends FieldWriteInput {
  @Field(() => String, { description: 'Ý kiến của đơn vị được kiểm tra, as said at the visit; empty clears it' })
  @MaxLength(10000, { message: 'Ý kiến của đơn vị không được dài quá 10000 ký tự.' })
  unitComments!: string;
}

@InputType()
export class AttachFileInput extends FieldWriteInput {
  @Field(() => ID, { description: 'Client-generated UUID of the attachment' })
  @IsUUID('all', { message: 'Mã ảnh đính kèm phải là một UUID.' })
  attachmentId!: string;

  @Field(() => ID, { nullable: true, description: 'The item the photo is evidence for' })
  @IsOptional()
  itemId?: string | null;

  @Field(() => AttachmentKind)
  kind!: AttachmentKind;

  @Field(() => ID, { description: 'An uploaded file (PUT /api/files/:id)' })
  fileId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300, { message: 'Chú thích không được dài quá 300 ký tự.' })
  caption?: string | null;
}

@InputType()
export class RemoveAttachmentInput extends FieldWriteInput {
  @Field(() => ID)
  attachmentId!: string;
}

@InputType()
export class SaveFindingInput extends FieldWriteInput {
  @Field(() => ID, { description: 'Client-generated UUID; for a failed item its finding is updated instead' })
  @IsUUID('all', { message: 'Mã tồn tại phải là một UUID.' })
  findingId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  itemId?: string | null;

  @Field(() => FindingSeverity)
  severity!: FindingSeverity;

  @Field(() => String, { description: 'Thực trạng phát hiện: what was found, as the inspector wrote it' })
  @Matches(/\S/, { message: 'Vui lòng mô tả tồn tại, hạn chế.' })
  @MaxLength(4000, { message: 'Mô tả không được dài quá 4000 ký tự.' })
  description!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000, { message: 'Kiến nghị không được dài quá 4000 ký tự.' })
  recommendation?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @IsOptional()
  deadline?: string | null;

  @Field(() => ID, { nullable: true, description: 'Defaults to the inspected unit' })
  @IsOptional()
  responsibleUnitId?: string | null;
}

@InputType()
export class DeleteFindingInput extends FieldWriteInput {
  @Field(() => ID)
  findingId!: string;
}

@InputType()
export class SubmitVisitInput extends FieldWriteInput {}

@InputType()
export class ItemCommentInput {
  @Field(() => ID)
  itemId!: string;

  @Field(() => String)
  @Matches(/\S/, { message: 'Ý kiến không được để trống.' })
  @MaxLength(2000, { message: 'Ý kiến không được dài quá 2000 ký tự.' })
  comment!: string;
}

@InputType()
export class ReturnVisitInput {
  @Field(() => ID)
  visitId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000, { message: 'Ý kiến không được dài quá 4000 ký tự.' })
  comment?: string | null;

  @Field(() => [ItemCommentInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(300, { message: 'Quá nhiều ý kiến.' })
  @ValidateNested()
  itemComments?: ItemCommentInput[] | null;
}

@InputType()
export class RevisedAnswerInput extends withAnswerValue(Object) {}

@InputType()
export class ReviseVisitInput {
  @Field(() => ID)
  visitId!: string;

  @Field(() => String)
  @MaxLength(2000, { message: 'Lý do không được dài quá 2000 ký tự.' })
  reason!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10000, { message: 'Kết luận không được dài quá 10000 ký tự.' })
  conclusion?: string | null;

  @Field(() => [RevisedAnswerInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(300, { message: 'Quá nhiều tiêu chí.' })
  @ValidateNested()
  answers?: RevisedAnswerInput[] | null;
}

/** The filters of the office's visit list (`visitPage`); each narrows the list, none is required. */
@InputType()
export class VisitListFilter {
  @Field(() => Int, { nullable: true, description: 'Year of the visit (its date, else its plan)' })
  @IsOptional()
  year?: number | null;

  @Field(() => VisitStatus, { nullable: true })
  @IsOptional()
  status?: VisitStatus | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  unitId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  teamId?: string | null;

  @Field(() => String, { nullable: true, description: "Words of the unit's name or code, with or without diacritics" })
  @IsOptional()
  @MaxLength(100, { message: 'Từ khóa tìm kiếm quá dài.' })
  search?: string | null;
}
