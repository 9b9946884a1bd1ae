import { IsEmail, IsOptional, MaxLength } from 'class-validator';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { Notification } from './notification.entity.js';
import { NotificationChannel, NotificationKind } from './notification-kind.js';

@ObjectType({ description: 'Một trang của hộp thư, mới nhất trước' })
export class NotificationPage {
  @Field(() => [Notification])
  items!: Notification[];

  @Field(() => Int, { description: 'Tổng số thông báo' })
  total!: number;
}

@ObjectType({ description: 'Lựa chọn nhận thông báo của người dùng' })
export class NotificationSettings {
  @Field(() => [NotificationKind], { description: 'Các loại thông báo muốn nhận' })
  kinds!: NotificationKind[];

  @Field(() => [NotificationChannel], { description: 'Các kênh ngoài hộp thư trong ứng dụng (luôn có)' })
  channels!: NotificationChannel[];

  @Field(() => String, { nullable: true })
  emailAddress!: string | null;

  @Field(() => Boolean, { description: 'Máy chủ đã cấu hình gửi thư (SMTP)' })
  emailAvailable!: boolean;
}

@InputType()
export class SaveNotificationSettingsInput {
  @Field(() => [NotificationKind])
  kinds!: NotificationKind[];

  @Field(() => [NotificationChannel])
  channels!: NotificationChannel[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'Địa chỉ thư điện tử không hợp lệ.' })
  @MaxLength(254, { message: 'Địa chỉ thư điện tử quá dài.' })
  emailAddress?: string | null;
}

@InputType({ description: 'PushSubscription của trình duyệt (endpoint và khóa)' })
export class SavePushSubscriptionInput {
  @Field(() => String)
  @MaxLength(2000, { message: 'Địa chỉ đăng ký thông báo đẩy quá dài.' })
  endpoint!: string;

  @Field(() => String)
  @MaxLength(200, { message: 'Khóa đăng ký thông báo đẩy không hợp lệ.' })
  p256dh!: string;

  @Field(() => String)
  @MaxLength(100, { message: 'Khóa đăng ký thông báo đẩy không hợp lệ.' })
  auth!: string;
}
