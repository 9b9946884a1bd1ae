import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OneToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../users/user.entity.js';
import { Visit } from '../visits/visit.entity.js';

/**
 * The inspected unit's receipt of a visit's conclusion notice (thông báo kết luận kiểm tra): who
 * acknowledged it and when. One per visit, never changed: a second acknowledgement keeps the first.
 */
@ObjectType({ description: 'Xác nhận đơn vị đã nhận thông báo kết luận' })
@Entity({ tableName: 'notice_acknowledgement' })
export class NoticeAcknowledgement {
  [OptionalProps]?: 'acknowledgedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @OneToOne(() => Visit, { owner: true, unique: true, deleteRule: 'cascade' })
  visit!: Visit;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  acknowledgedBy!: User;

  /** Kept as it was on the day, like the audit trail's actor name. */
  @Field(() => String, { description: 'Họ tên người xác nhận' })
  @Property({ type: 'string', length: 200 })
  acknowledgedByName!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  acknowledgedAt: Date = new Date();
}
