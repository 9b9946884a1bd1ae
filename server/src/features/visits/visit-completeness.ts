import type { SubmitProblem, VisitProblemCode } from '@kycuong/rules';
import { Field, ID, ObjectType } from 'type-graphql';

// The rule itself lives in @kycuong/rules, shared with the phone; the server adds only its GraphQL type.
export {
  type AnswerTypeName,
  type AnswerValue,
  answerProblem,
  type ItemRule,
  isAnswered,
  type PassFailValue,
  type VisitForSubmit,
  visitProblems,
} from '@kycuong/rules';

@ObjectType({ description: 'Một mục còn thiếu trước khi gửi' })
export class VisitProblem implements SubmitProblem {
  @Field(() => String)
  code!: VisitProblemCode;

  @Field(() => ID, { nullable: true })
  itemId!: string | null;

  @Field(() => String, { nullable: true })
  itemCode!: string | null;

  @Field(() => String)
  message!: string;
}
