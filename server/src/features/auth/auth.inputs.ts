import { MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType()
export class SignInInput {
  @Field(() => String)
  @MinLength(1, { message: 'Vui lòng nhập tên đăng nhập.' })
  @MaxLength(64, { message: 'Tên đăng nhập quá dài.' })
  username!: string;

  @Field(() => String)
  @MinLength(1, { message: 'Vui lòng nhập mật khẩu.' })
  @MaxLength(128, { message: 'Mật khẩu quá dài.' })
  password!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field(() => String)
  @MaxLength(128, { message: 'Mật khẩu quá dài.' })
  currentPassword!: string;

  @Field(() => String)
  @MaxLength(128, { message: 'Mật khẩu mới quá dài.' })
  newPassword!: string;
}
