import { MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class ReplyToReviewCommentInput {
  @Field(() => ID)
  commentId!: string;

  @Field(() => String)
  @MaxLength(4000, { message: 'Nội dung trả lời không được dài quá 4000 ký tự.' })
  text!: string;
}
