import { MINUTES_SIGNATURE_KINDS as MINUTES_SIGNATURES } from '@kycuong/rules';
import {
  Collection,
  Entity,
  Enum,
  Formula,
  Index,
  ManyToOne,
  OneToMany,
  OneToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/core';
import { GraphQLJSONObject, GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { type EnumValue, graphqlEnum } from '../../common/graphql-enum.js';
import { VersionedRecord } from '../../common/versioned-record.js';
import { ChecklistItem, ChecklistVersion } from '../checklists/checklist.entity.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { InspectionTeam, PlanLine } from '../plans/plan.entity.js';
import { Unit } from '../units/unit.entity.js';
import { User } from '../users/user.entity.js';

export const VisitStatus = graphqlEnum('VisitStatus', ['PLANNED', 'IN_PROGRESS', 'SUBMITTED', 'RETURNED', 'APPROVED']);
export type VisitStatus = EnumValue<typeof VisitStatus>;

/** Đạt / Không đạt / Không áp dụng */
export const PassFail = graphqlEnum('PassFail', ['PASS', 'FAIL', 'NOT_APPLICABLE']);
export type PassFail = EnumValue<typeof PassFail>;

export const AttendeeSide = graphqlEnum('AttendeeSide', ['TEAM', 'UNIT']);
export type AttendeeSide = EnumValue<typeof AttendeeSide>;

export const AttachmentKind = graphqlEnum('AttachmentKind', [
  'PHOTO',
  'SIGNATURE_TEAM_LEAD',
  'SIGNATURE_UNIT_REPRESENTATIVE',
  'SIGNATURE_SECRETARY',
  'REMEDIATION',
]);
export type AttachmentKind = EnumValue<typeof AttachmentKind>;

/** The signatures drawn on the minutes (the shared list): one of each kind per visit, a new one replacing the last. */
export const MINUTES_SIGNATURE_KINDS: AttachmentKind[] = MINUTES_SIGNATURES.map((kind) => AttachmentKind[kind]);

@ObjectType({ description: 'Người tham dự buổi kiểm tra' })
export class Attendee {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  position!: string | null;

  @Field(() => AttendeeSide)
  side!: AttendeeSide;
}

/** Cuộc kiểm tra: one visit of a team to a unit, on one frozen checklist version. */
// simpleResolvers: the plain fields are read straight off the object, without type-graphql's per-field
// wrapper (no field of this type has its own @Authorized or middleware; resolvers check access). The
// visit lists resolve thousands of these fields per request.
@ObjectType({ description: 'Cuộc kiểm tra', simpleResolvers: true })
@Entity({ tableName: 'visit' })
// Roll-up coverage counts each unit's approved visits of a year from this index alone.
@Index({ properties: ['unit', 'status', 'visitDate'] })
// The paged list's order (visit-page.ts VISIT_PAGE_ORDER), whole and within a status: a page reads its rows only.
@Index({
  name: 'visit_list_order_index',
  expression: 'create index "visit_list_order_index" on "visit" ("visit_date" desc nulls last, "id")',
})
@Index({
  name: 'visit_status_list_order_index',
  expression: 'create index "visit_status_list_order_index" on "visit" ("status", "visit_date" desc nulls last, "id")',
})
export class Visit extends VersionedRecord<
  | 'status'
  | 'templateVersion'
  | 'startedAt'
  | 'startLatitude'
  | 'startLongitude'
  | 'visitDate'
  | 'attendees'
  | 'conclusion'
  | 'unitComments'
  | 'submittedAt'
  | 'approvedAt'
  | 'approvedBy'
  | 'returnComment'
  | 'planLine'
> {
  @OneToOne(() => PlanLine, { nullable: true, deleteRule: 'set null', owner: true })
  planLine: PlanLine | null = null;

  // `unit`, `team` and `plannedMonth` are read straight off the visit, as off a list row (VisitListRow):
  // every Visit entity handed to GraphQL is read with its unit and team (VisitReads).
  @Field(() => Unit)
  @Index()
  @ManyToOne(() => Unit, { deleteRule: 'restrict' })
  unit!: Unit;

  @Field(() => InspectionTeam)
  @Index()
  @ManyToOne(() => InspectionTeam, { deleteRule: 'restrict' })
  team!: InspectionTeam;

  /** The month its plan line planned it for, read with the visit; null without a plan line. */
  @Field(() => Int, { nullable: true })
  @Formula((table) => `(select l.planned_month from plan_line l where l.id = ${table.alias}.plan_line_id)`, {
    type: 'integer',
    nullable: true,
  })
  plannedMonth?: number | null;

  /** The day its plan line planned it for (ngày dự kiến), read with the visit; null when only a month is planned. */
  @Field(() => GraphQLLocalDate, { nullable: true })
  @Formula((table) => `(select l.planned_date::text from plan_line l where l.id = ${table.alias}.plan_line_id)`, {
    type: 'string',
    nullable: true,
  })
  plannedDate?: string | null;

  @Field(() => VisitStatus)
  @Enum({ items: () => VisitStatus, type: 'string' })
  status: VisitStatus = VisitStatus.PLANNED;

  /** Fixed when the visit starts; never changes after. */
  @ManyToOne(() => ChecklistVersion, { nullable: true, deleteRule: 'restrict' })
  templateVersion: ChecklistVersion | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  startedAt: Date | null = null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  startLatitude: number | null = null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  startLongitude: number | null = null;

  /** The day of the visit, used for the year it counts in. */
  @Field(() => GraphQLLocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  visitDate: string | null = null;

  @Field(() => [Attendee])
  @Property({ type: 'json' })
  attendees: Attendee[] = [];

  @Field(() => String, { nullable: true, description: 'Kết luận' })
  @Property({ type: 'text', nullable: true })
  conclusion: string | null = null;

  @Field(() => String, { nullable: true, description: 'Ý kiến của đơn vị được kiểm tra, as the inspector recorded it' })
  @Property({ type: 'text', nullable: true })
  unitComments: string | null = null;

  @Field(() => String, { nullable: true, description: 'General comment of the last return' })
  @Property({ type: 'text', nullable: true })
  returnComment: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  submittedAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  approvedAt: Date | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'restrict' })
  approvedBy: User | null = null;

  @OneToMany(
    () => VisitAnswer,
    (a) => a.visit,
  )
  answers = new Collection<VisitAnswer>(this);

  /** Exposed as Float since the first schema; the column is the shared integer version. */
  @Field(() => Number)
  override version!: number;
}

/** The answer to one checklist item in one visit; written item by item. */
@ObjectType({ description: 'Kết quả một tiêu chí' })
@Entity({ tableName: 'visit_answer' })
@Unique({ properties: ['visit', 'item'] })
// Covers the roll-up's count of a year's answers by visit, item and result without reading the table.
@Index({ properties: ['visit', 'passFail', 'item'] })
export class VisitAnswer {
  [OptionalProps]?:
    | 'passFail'
    | 'numberValue'
    | 'textValue'
    | 'note'
    | 'foundText'
    | 'recommendation'
    | 'updatedAt'
    | 'version'
    | 'editedAt'
    | 'operationId'
    | 'alsoFor';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => Visit, { deleteRule: 'cascade' })
  visit!: Visit;

  @ManyToOne(() => ChecklistItem, { deleteRule: 'restrict' })
  item!: ChecklistItem;

  @Field(() => PassFail, { nullable: true })
  @Enum({ items: () => PassFail, type: 'string', nullable: true })
  passFail: PassFail | null = null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  numberValue: number | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  textValue: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  /** Of a Không đạt answer: what was found, and the recommendation; its finding follows them. */
  @Field(() => String, { nullable: true, description: 'Thực trạng phát hiện (Không đạt only)' })
  @Property({ type: 'text', nullable: true })
  foundText: string | null = null;

  @Field(() => String, { nullable: true, description: 'Kiến nghị (Không đạt only)' })
  @Property({ type: 'text', nullable: true })
  recommendation: string | null = null;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  updatedBy!: User;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();

  /** When the inspector made this edit on the phone (never later than it reached the server). */
  @Field(() => Date)
  @Property({ type: 'datetime' })
  editedAt: Date = new Date();

  /** The operation that last wrote it: breaks a tie between two edits made at the same moment. */
  @Property({ type: 'uuid', nullable: true })
  operationId: string | null = null;

  /** Others who entered the same value concurrently (see reconcileAnswer): ISO times in JSON. */
  @Property({ type: 'json' })
  alsoFor: { operationId: string; userId: string; editedAt: string }[] = [];

  @Field(() => Number)
  @Property({ type: 'integer', version: true })
  version!: number;
}

export const ConflictKind = graphqlEnum('ConflictKind', [
  /** Two people answered the same item concurrently; the later edit was kept. */
  'CONCURRENT_EDIT',
  /** A phone's write reached the server after the visit was submitted or approved; not applied. */
  'VISIT_CLOSED',
]);
export type ConflictKind = EnumValue<typeof ConflictKind>;

/**
 * A value that did not make it into the visit, kept for the reviewer: the losing side of a concurrent
 * edit, or a phone's write that arrived after the visit was closed. One per operation.
 */
@ObjectType({ description: 'Xung đột dữ liệu giữa các máy, giữ lại để người duyệt xem' })
@Entity({ tableName: 'visit_conflict' })
@Unique({ properties: ['operationId', 'losingUser'] })
export class VisitConflict {
  [OptionalProps]?: 'createdAt' | 'item' | 'keptValue' | 'losingEditedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @ManyToOne(() => Visit, { deleteRule: 'cascade' })
  visit!: Visit;

  @ManyToOne(() => ChecklistItem, { nullable: true, deleteRule: 'restrict' })
  item: ChecklistItem | null = null;

  @Field(() => ConflictKind)
  @Enum({ items: () => ConflictKind, type: 'string' })
  kind!: ConflictKind;

  /** The operation that met the conflict; a retried operation records nothing more. */
  @Field(() => ID)
  @Property({ type: 'uuid' })
  operationId!: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The value the visit kept' })
  @Property({ type: 'json', nullable: true })
  keptValue: Record<string, unknown> | null = null;

  @Field(() => GraphQLJSONObject, { description: 'The value that was not applied' })
  @Property({ type: 'json' })
  losingValue!: Record<string, unknown>;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  losingUser!: User;

  @Field(() => Date, { nullable: true, description: 'When the losing value was entered on its phone' })
  @Property({ type: 'datetime', nullable: true })
  losingEditedAt: Date | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

/** A photo or signature attached to a visit (optionally to an item) or to a finding. */
@ObjectType({ description: 'Ảnh minh chứng hoặc chữ ký' })
@Entity({ tableName: 'attachment' })
export class Attachment {
  [OptionalProps]?: 'createdAt' | 'caption' | 'item' | 'findingId' | 'visit';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @ManyToOne(() => Visit, { nullable: true, deleteRule: 'cascade' })
  visit: Visit | null = null;

  @ManyToOne(() => ChecklistItem, { nullable: true, deleteRule: 'restrict' })
  item: ChecklistItem | null = null;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  findingId: string | null = null;

  @Field(() => AttachmentKind)
  @Enum({ items: () => AttachmentKind, type: 'string' })
  kind!: AttachmentKind;

  @Index()
  @ManyToOne(() => StoredFile, { deleteRule: 'restrict' })
  file!: StoredFile;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 300, nullable: true })
  caption: string | null = null;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  createdBy!: User;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

/** A reviewer's comment when returning a visit, on an item or on the whole visit. */
@ObjectType({ description: 'Ý kiến của người duyệt' })
@Entity({ tableName: 'review_comment' })
export class ReviewComment {
  [OptionalProps]?: 'createdAt' | 'item';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @ManyToOne(() => Visit, { deleteRule: 'cascade' })
  visit!: Visit;

  @ManyToOne(() => ChecklistItem, { nullable: true, deleteRule: 'restrict' })
  item: ChecklistItem | null = null;

  @Field(() => String)
  @Property({ type: 'text' })
  comment!: string;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  author!: User;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
