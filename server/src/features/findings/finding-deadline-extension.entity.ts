import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../users/user.entity.js';
import { Finding } from './finding.entity.js';

/** One move of a finding's deadline (gia hạn): the old and new day, why, who and when. Never changed. */
@ObjectType({ description: 'Một lần gia hạn khắc phục' })
@Entity({ tableName: 'finding_deadline_extension' })
export class FindingDeadlineExtension {
  [OptionalProps]?: 'extendedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Finding, { deleteRule: 'cascade' })
  finding!: Finding;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Hạn cũ' })
  @Property({ type: 'date', nullable: true })
  previousDeadline!: string | null;

  @Field(() => GraphQLLocalDate, { description: 'Hạn mới' })
  @Property({ type: 'date' })
  newDeadline!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  reason!: string;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  extendedBy!: User;

  /** Kept as it was on the day, like the audit trail's actor name. */
  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  extendedByName!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  extendedAt: Date = new Date();
}
