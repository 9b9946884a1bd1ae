import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../users/user.entity.js';

/**
 * One installation of the app on a phone, for one user: the id is made by the phone. Each sync
 * reports what is still waiting on it, so office staff can see what has not arrived yet, and since when.
 */
@ObjectType({ description: 'Một máy (cài đặt ứng dụng) của một người dùng' })
@Entity({ tableName: 'device' })
export class Device {
  [OptionalProps]?:
    | 'createdAt'
    | 'lastSyncAt'
    | 'lastSequence'
    | 'pendingCount'
    | 'pendingOperationIds'
    | 'oldestPendingAt'
    | 'pendingReportedAt'
    | 'userAgent';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 300, nullable: true })
  userAgent: string | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  /** Null for a phone that only reported what it holds (another person was signed in on it). */
  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  lastSyncAt: Date | null = null;

  /** The highest operation sequence number of this device that the server has seen. */
  @Field(() => Int)
  @Property({ type: 'integer' })
  lastSequence = 0;

  @Field(() => Int, { description: 'Operations still on the phone after its last sync' })
  @Property({ type: 'integer' })
  pendingCount = 0;

  @Field(() => [ID])
  @Property({ type: 'json' })
  pendingOperationIds: string[] = [];

  @Field(() => Date, { nullable: true, description: 'When the oldest of them was made' })
  @Property({ type: 'datetime', nullable: true })
  oldestPendingAt: Date | null = null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the phone last said what it holds for this user, whoever was signed in on it',
  })
  @Property({ type: 'datetime', nullable: true })
  pendingReportedAt: Date | null = null;
}
