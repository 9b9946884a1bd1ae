import { MaxLength } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';

/** The office issues (or corrects, until the unit acknowledges it) a visit's conclusion notice. */
@InputType()
export class IssueConclusionNoticeInput {
  @Field(() => ID)
  visitId!: string;

  @Field(() => String, { description: 'Số và ký hiệu, e.g. 25/TB-SNN' })
  @MaxLength(60, { message: 'Số thông báo không được dài quá 60 ký tự.' })
  number!: string;

  @Field(() => GraphQLLocalDate, { description: 'Ngày ban hành' })
  issuedOn!: string;

  @Field(() => String, { description: 'Ưu điểm của đơn vị' })
  @MaxLength(4000, { message: 'Ưu điểm không được dài quá 4000 ký tự.' })
  strengths!: string;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Đơn vị báo cáo kết quả khắc phục về Sở trước ngày này; bắt buộc khi có tồn tại',
  })
  reportDueOn?: string | null;

  @Field(() => String, { description: 'Họ tên người ký (Giám đốc hoặc Phó Giám đốc được ủy quyền)' })
  @MaxLength(200, { message: 'Họ tên người ký không được dài quá 200 ký tự.' })
  signerName!: string;
}
