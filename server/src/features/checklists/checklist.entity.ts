import { randomUUID } from 'node:crypto';
import {
  Collection,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { type EnumValue, graphqlEnum } from '../../common/graphql-enum.js';

export const AnswerType = graphqlEnum('AnswerType', [
  /** Đạt / Không đạt / Không áp dụng */
  'PASS_FAIL',
  'NUMBER',
  'TEXT',
]);
export type AnswerType = EnumValue<typeof AnswerType>;

export const ChecklistVersionStatus = graphqlEnum('ChecklistVersionStatus', [
  'DRAFT',
  /** Frozen: visits started on it keep it for ever. */
  'PUBLISHED',
]);
export type ChecklistVersionStatus = EnumValue<typeof ChecklistVersionStatus>;

/** Bộ tiêu chí: a checklist with its versions. */
@ObjectType({ description: 'Bộ tiêu chí kiểm tra' })
@Entity({ tableName: 'checklist_template' })
export class ChecklistTemplate {
  [OptionalProps]?: 'createdAt' | 'description';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'string', length: 32, unique: true })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @OneToMany(
    () => ChecklistVersion,
    (v) => v.template,
  )
  versions = new Collection<ChecklistVersion>(this);

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

/** One version of a checklist. A draft is edited as a whole; publishing freezes it. */
@ObjectType({ description: 'Một phiên bản của bộ tiêu chí' })
@Entity({ tableName: 'checklist_version' })
@Unique({ properties: ['template', 'number'] })
export class ChecklistVersion {
  [OptionalProps]?: 'createdAt' | 'publishedAt' | 'status';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ChecklistTemplate, { deleteRule: 'cascade' })
  template!: ChecklistTemplate;

  @Field(() => Int)
  @Property({ type: 'integer' })
  number!: number;

  @Field(() => ChecklistVersionStatus)
  @Enum({ items: () => ChecklistVersionStatus, type: 'string' })
  status: ChecklistVersionStatus = ChecklistVersionStatus.DRAFT;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  publishedAt: Date | null = null;

  @OneToMany(
    () => ChecklistGroup,
    (g) => g.version,
    { orderBy: { position: 'asc' } },
  )
  groups = new Collection<ChecklistGroup>(this);

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

@ObjectType({ description: 'Nhóm tiêu chí' })
@Entity({ tableName: 'checklist_group' })
export class ChecklistGroup {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => ChecklistVersion, { deleteRule: 'cascade' })
  version!: ChecklistVersion;

  @Field(() => Int)
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => String, { description: 'Short code, e.g. 1, 2, GIO_GIAC' })
  @Property({ type: 'string', length: 32 })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  title!: string;

  @OneToMany(
    () => ChecklistItem,
    (i) => i.group,
    { orderBy: { position: 'asc' } },
  )
  items = new Collection<ChecklistItem>(this);
}

@ObjectType({ description: 'Tiêu chí' })
@Entity({ tableName: 'checklist_item' })
export class ChecklistItem {
  [OptionalProps]?: 'guidance' | 'legalBasis' | 'minValue' | 'maxValue';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => ChecklistGroup, { deleteRule: 'cascade' })
  group!: ChecklistGroup;

  @Field(() => Int)
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => String, { description: 'Stable code across versions, e.g. 1.3' })
  @Property({ type: 'string', length: 32 })
  code!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  text!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  guidance: string | null = null;

  @Field(() => String, { nullable: true, description: 'Căn cứ pháp lý' })
  @Property({ type: 'text', nullable: true })
  legalBasis: string | null = null;

  @Field(() => AnswerType)
  @Enum({ items: () => AnswerType, type: 'string' })
  answerType!: AnswerType;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  minValue: number | null = null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  maxValue: number | null = null;

  @Field(() => Float, { description: 'Weight in points' })
  @Property({ type: 'double' })
  points!: number;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  photoRequiredOnFail!: boolean;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  required!: boolean;
}
