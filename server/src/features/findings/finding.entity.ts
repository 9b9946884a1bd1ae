import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { type EnumValue, graphqlEnum } from '../../common/graphql-enum.js';
import { ChecklistItem } from '../checklists/checklist.entity.js';
import { Unit } from '../units/unit.entity.js';
import { User } from '../users/user.entity.js';
import { Visit } from '../visits/visit.entity.js';

export const FindingSeverity = graphqlEnum('FindingSeverity', ['LOW', 'MEDIUM', 'HIGH']);
export type FindingSeverity = EnumValue<typeof FindingSeverity>;

export const FindingStatus = graphqlEnum('FindingStatus', ['OPEN', 'REMEDIATION_REPORTED', 'CLOSED']);
export type FindingStatus = EnumValue<typeof FindingStatus>;

/** Tồn tại, hạn chế / vi phạm found at a visit, with its recommendation and remediation. */
@ObjectType({ description: 'Tồn tại, hạn chế phát hiện khi kiểm tra' })
@Entity({ tableName: 'finding' })
// The list's order (finding-page.ts): a page of findings reads its rows in this index's order.
@Index({
  name: 'finding_list_order_index',
  expression: 'create index "finding_list_order_index" on "finding" ("deadline", "created_at", "id")',
})
export class Finding {
  [OptionalProps]?:
    | 'item'
    | 'status'
    | 'remediationText'
    | 'remediationReportedAt'
    | 'remediationReportedBy'
    | 'closedAt'
    | 'closedBy'
    | 'reopenCount'
    | 'rejectionReason'
    | 'rejectedAt'
    | 'rejectedBy'
    | 'closeReason'
    | 'createdAt'
    | 'version'
    | 'fromFailedItem'
    | 'recommendation'
    | 'foundText'
    | 'deadline'
    | 'followedByUnit';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Visit, { deleteRule: 'cascade' })
  visit!: Visit;

  @ManyToOne(() => ChecklistItem, { nullable: true, deleteRule: 'restrict' })
  item: ChecklistItem | null = null;

  /** Made from a Không đạt answer (one per item), rather than added freely. */
  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  fromFailedItem = false;

  /** The unit the finding was raised against: the historical record, never rewritten (issue 16). */
  @Index()
  @ManyToOne(() => Unit, { deleteRule: 'restrict' })
  responsibleUnit!: Unit;

  /**
   * The unit that follows the finding now, when it is not the responsible unit: set on an open finding
   * when its unit ends through a merge or split (finding-follow.ts). Its head sees the finding and reports
   * its remediation; the roll-up, repeats and documents keep the responsible unit.
   */
  @Index()
  @ManyToOne(() => Unit, { nullable: true, deleteRule: 'restrict' })
  followedByUnit: Unit | null = null;

  @Field(() => String, { description: 'The checklist group title the finding belongs to' })
  @Property({ type: 'string', length: 300 })
  groupTitle!: string;

  @Field(() => FindingSeverity)
  @Enum({ items: () => FindingSeverity, type: 'string' })
  severity!: FindingSeverity;

  /**
   * What was found (thực trạng / tồn tại), in the inspector's words; null while nobody has written it
   * (a finding from before it was asked for, whose text was the requirement itself): the office then
   * sees it marked "Chưa ghi thực trạng". The item it is measured against is the requirement, never this.
   */
  @Field(() => String, { nullable: true, description: 'Thực trạng phát hiện (what was found); null: not written yet' })
  @Property({ type: 'text', nullable: true })
  foundText: string | null = null;

  @Field(() => String, { nullable: true, description: 'Kiến nghị' })
  @Property({ type: 'text', nullable: true })
  recommendation: string | null = null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Hạn khắc phục' })
  @Property({ type: 'date', nullable: true })
  deadline: string | null = null;

  @Field(() => FindingStatus)
  @Enum({ items: () => FindingStatus, type: 'string' })
  status: FindingStatus = FindingStatus.OPEN;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  remediationText: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  remediationReportedAt: Date | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'restrict' })
  remediationReportedBy: User | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'restrict' })
  closedBy: User | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Lý do không chấp nhận báo cáo khắc phục gần nhất (kept after the unit reports again)',
  })
  @Property({ type: 'text', nullable: true })
  rejectionReason: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  rejectedAt: Date | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'restrict' })
  rejectedBy: User | null = null;

  @Field(() => String, { nullable: true, description: 'Lý do đóng khi đơn vị chưa báo cáo khắc phục' })
  @Property({ type: 'text', nullable: true })
  closeReason: string | null = null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  reopenCount = 0;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Number)
  @Property({ type: 'integer', version: true })
  version!: number;
}
