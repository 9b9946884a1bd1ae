import { IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { type EnumValue, graphqlEnum } from '../../common/graphql-enum.js';
import { Role } from './role.js';

/** What a person's account says about them, the same whether it is created or changed. */
@InputType()
abstract class UserDetailsInput {
  @Field(() => String)
  @Matches(/\S/, { message: 'Vui lòng nhập họ và tên.' })
  @MaxLength(200, { message: 'Họ và tên không được dài quá 200 ký tự.' })
  fullName!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'Required for a unit head; a home unit, optional, for others' })
  @IsOptional()
  unitId?: string | null;
}

@InputType()
export class CreateUserInput extends UserDetailsInput {
  @Field(() => String, { description: '3-64 characters: letters without diacritics, digits, . _ -' })
  @Matches(/^[A-Za-z0-9._-]{3,64}$/, {
    message: 'Tên đăng nhập gồm 3-64 ký tự: chữ không dấu, số và các ký tự . _ -',
  })
  username!: string;

  @Field(() => String, { description: 'The first password, to hand over to the person' })
  @MaxLength(128, { message: 'Mật khẩu quá dài.' })
  password!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => String)
  @MaxLength(128, { message: 'Mật khẩu quá dài.' })
  newPassword!: string;
}

@InputType()
export class SetUserActiveInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => Boolean)
  active!: boolean;
}

@InputType()
export class UpdateUserInput extends UserDetailsInput {
  @Field(() => ID)
  userId!: string;
}

/** Whether a user may sign in. */
export const UserStatus = graphqlEnum({ name: 'UserStatus', description: 'Active or locked' }, ['ACTIVE', 'LOCKED']);
export type UserStatus = EnumValue<typeof UserStatus>;

@InputType()
export class UserFilterInput {
  @Field(() => String, { nullable: true, description: 'Words of the full name or username, accents ignored' })
  @IsOptional()
  @MaxLength(100, { message: 'Từ khóa tìm kiếm quá dài.' })
  q?: string | null;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  role?: Role | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  unitId?: string | null;

  @Field(() => UserStatus, { nullable: true })
  @IsOptional()
  status?: UserStatus | null;
}
