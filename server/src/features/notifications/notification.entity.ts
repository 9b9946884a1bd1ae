import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../users/user.entity.js';
import { NotificationKind } from './notification-kind.js';

/**
 * One item of a person's inbox: what happened, in Vietnamese as it was said on the day, and the address
 * of the record. A reminder carries `reminderKey` (recipient, kind, record, day): unique, so a reminder
 * job run twice, or by two instances at once, stores it once.
 */
@ObjectType({ description: 'Một thông báo trong hộp thư của người dùng' })
@Entity({ tableName: 'notification' })
@Index({ properties: ['recipient', 'createdAt'] })
// What the senders look for: the few not yet delivered.
@Index({
  name: 'notification_undelivered_index',
  expression:
    'create index "notification_undelivered_index" on "notification" ("created_at") where "delivered_at" is null',
})
export class Notification {
  [OptionalProps]?: 'createdAt' | 'readAt' | 'reminderKey' | 'deliveredAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  recipient!: User;

  @Field(() => NotificationKind)
  @Enum({ items: () => NotificationKind, type: 'string' })
  kind!: NotificationKind;

  @Field(() => String, { description: 'Tiêu đề, tiếng Việt' })
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Field(() => String, { description: 'Nội dung, tiếng Việt' })
  @Property({ type: 'text' })
  body!: string;

  @Field(() => String, { description: 'Địa chỉ của hồ sơ trong ứng dụng, ví dụ /cuoc-kiem-tra/<id>' })
  @Property({ type: 'string', length: 300 })
  link!: string;

  /** The record it is about (a visit or a finding). */
  @Property({ type: 'uuid' })
  recordId!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  readAt: Date | null = null;

  /** Set on reminders only: `recipient:kind:record:day`, unique (a partial unique index). */
  @Property({ type: 'string', length: 200, nullable: true, unique: true })
  reminderKey: string | null = null;

  /** When push and e-mail were sent (or found not wanted); null while waiting for the sender. */
  @Property({ type: 'datetime', nullable: true })
  deliveredAt: Date | null = null;
}

/** A person's choices: the kinds they want, and the channels besides the inbox. No row: everything, push on. */
@Entity({ tableName: 'notification_preference' })
export class NotificationPreference {
  [OptionalProps]?: 'mutedKinds' | 'push' | 'email' | 'emailAddress' | 'updatedAt';

  @ManyToOne(() => User, { primary: true, deleteRule: 'cascade' })
  user!: User;

  /** The kinds the person chose not to receive at all. */
  @Property({ type: 'json' })
  mutedKinds: NotificationKind[] = [];

  @Property({ type: 'boolean' })
  push = true;

  @Property({ type: 'boolean' })
  email = false;

  @Property({ type: 'string', length: 254, nullable: true })
  emailAddress: string | null = null;

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}

/** A browser's Web Push subscription (one per device and browser), held for the person signed in on it. */
@Entity({ tableName: 'push_subscription' })
export class PushSubscriptionRecord {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  /** The push service's address for this browser: unique, so a shared phone's subscription follows its user. */
  @Property({ type: 'text', unique: true })
  endpoint!: string;

  @Property({ type: 'string', length: 200 })
  p256dh!: string;

  @Property({ type: 'string', length: 100 })
  auth!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
