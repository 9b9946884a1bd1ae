import { IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { FieldWriteInput } from '../visits/visits.inputs.js';

/**
 * The team's reply to a reviewer's comment: a field write like the others (queued on the phone, sent in
 * syncBatch, applied once per operation id), with the reply's id made by the phone so that the phone can
 * show it at once and know it again when the server has it.
 */
@InputType()
export class ReplyToReviewCommentInput extends FieldWriteInput {
  @Field(() => ID, { description: 'Client-generated UUID of the reply' })
  @IsUUID('all', { message: 'Mã trả lời phải là một UUID.' })
  replyId!: string;

  @Field(() => ID)
  commentId!: string;

  @Field(() => String)
  @MaxLength(4000, { message: 'Nội dung trả lời không được dài quá 4000 ký tự.' })
  text!: string;
}
