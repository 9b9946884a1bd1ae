import { ArrayMaxSize, IsInt, IsOptional, IsUUID, Min, ValidateNested } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { type EnumValue, graphqlEnum } from '../../common/graphql-enum.js';

/** The field writes a phone may queue; each is one GraphQL mutation of the same name. */
export const FieldWriteKind = graphqlEnum('FieldWriteKind', [
  'START_VISIT',
  'ANSWER_ITEM',
  'SET_VISIT_ATTENDEES',
  'SET_VISIT_CONCLUSION',
  'SET_VISIT_UNIT_COMMENTS',
  'ATTACH_VISIT_FILE',
  'REMOVE_VISIT_ATTACHMENT',
  'SAVE_FINDING',
  'DELETE_FINDING',
  'SUBMIT_VISIT',
  'REPLY_TO_REVIEW_COMMENT',
]);
export type FieldWriteKind = EnumValue<typeof FieldWriteKind>;

@InputType()
export class QueuedOperationInput {
  @Field(() => ID, { description: 'The operation id, also inside the input' })
  @IsUUID('all', { message: 'Mã thao tác phải là một UUID.' })
  operationId!: string;

  @Field(() => Int, { description: 'Order of the operation on the device, increasing' })
  @IsInt({ message: 'Số thứ tự thao tác phải là số nguyên.' })
  @Min(1, { message: 'Số thứ tự thao tác phải từ 1.' })
  sequence!: number;

  @Field(() => FieldWriteKind)
  kind!: FieldWriteKind;

  @Field(() => GraphQLJSONObject, { description: 'The input of the mutation, as for the mutation itself' })
  input!: Record<string, unknown>;
}

@InputType()
export class PendingReportInput {
  @Field(() => Int)
  @Min(0)
  count!: number;

  @Field(() => [ID])
  @ArrayMaxSize(5000)
  operationIds!: string[];

  @Field(() => Date, { nullable: true })
  @IsOptional()
  oldestAt?: Date | null;
}

@InputType()
export class SyncBatchInput {
  @Field(() => ID, { description: 'The installation id made by the phone for this user' })
  @IsUUID('all', { message: 'Mã thiết bị phải là một UUID.' })
  deviceId!: string;

  @Field(() => [QueuedOperationInput])
  @ArrayMaxSize(1000, { message: 'Một lần đồng bộ có tối đa 1000 thao tác.' })
  @ValidateNested()
  operations!: QueuedOperationInput[];

  @Field(() => PendingReportInput, { nullable: true, description: 'What stays on the phone after this batch' })
  @IsOptional()
  @ValidateNested()
  pending?: PendingReportInput | null;
}

/** What a phone holds for one person: counts and the oldest time, never the data itself. */
@InputType()
export class PhoneHoldingInput {
  @Field(() => ID, { description: "The phone's installation id for this person (as in syncBatch)" })
  @IsUUID('all', { message: 'Mã thiết bị phải là một UUID.' })
  deviceId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Mã người dùng phải là một UUID.' })
  userId!: string;

  @Field(() => Int, { description: 'Writes of this person still on the phone' })
  @IsInt({ message: 'Số thay đổi phải là số nguyên.' })
  @Min(0, { message: 'Số thay đổi không được âm.' })
  count!: number;

  @Field(() => Date, { nullable: true, description: 'When the oldest of them was made' })
  @IsOptional()
  oldestAt?: Date | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'The operation ids of those writes: the server counts only those it has not applied, so a report that arrives after the writes themselves cannot bring back a count of work already arrived',
  })
  @IsOptional()
  @ArrayMaxSize(5000, { message: 'Một máy báo tối đa 5000 thay đổi cho một người.' })
  @IsUUID('all', { each: true, message: 'Mã thao tác phải là một UUID.' })
  operationIds?: string[] | null;
}

@InputType()
export class PhoneHoldingsInput {
  @Field(() => [PhoneHoldingInput])
  @ArrayMaxSize(50, { message: 'Một máy báo tối đa 50 người.' })
  @ValidateNested()
  holdings!: PhoneHoldingInput[];
}
