import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../users/user.entity.js';
import { ReviewComment } from '../visits/visit.entity.js';

/** The team's answer to one of the reviewer's comments on a returned visit: part of the visit's record. */
@ObjectType({ description: 'Trả lời của đoàn kiểm tra cho một ý kiến của người duyệt' })
@Entity({ tableName: 'review_reply' })
export class ReviewReply {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @ManyToOne(() => ReviewComment, { deleteRule: 'cascade' })
  comment!: ReviewComment;

  @Field(() => String)
  @Property({ type: 'text' })
  text!: string;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  author!: User;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
