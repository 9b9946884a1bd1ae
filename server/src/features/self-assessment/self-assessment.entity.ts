import { randomUUID } from 'node:crypto';
import {
  DecimalType,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/core';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { type EnumValue, graphqlEnum } from '../../common/graphql-enum.js';
import { VersionedRecord } from '../../common/versioned-record.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { User } from '../users/user.entity.js';
import { AgencyKind, CriteriaSet, Criterion } from './criteria-set.entity.js';
import { EvidenceRecordKind } from './performance-measure.js';

export const SelfAssessmentStatus = graphqlEnum(
  { name: 'SelfAssessmentStatus', description: 'Bước của bản tự đánh giá, chấm điểm' },
  [
    /** Dự thảo: Văn phòng chấm điểm */
    'DRAFT',
    /** Đã trình: khóa, chờ lãnh đạo duyệt */
    'SUBMITTED',
    /** Lãnh đạo đã duyệt: gửi Sở Nội vụ thẩm định */
    'APPROVED',
    /** Đang nhập kết quả thẩm định */
    'APPRAISAL',
    /** Đã có kết quả cuối cùng */
    'FINAL',
  ],
);
export type SelfAssessmentStatus = EnumValue<typeof SelfAssessmentStatus>;

export const AppraisalRound = graphqlEnum({ name: 'AppraisalRound', description: 'Vòng thẩm định' }, [
  'FIRST',
  /** Vòng 2, khi tỉnh có */
  'SECOND',
]);
export type AppraisalRound = EnumValue<typeof AppraisalRound>;

const points = () => ({ type: new DecimalType('number'), precision: 6, scale: 2, nullable: true }) as const;

/** Bản tự đánh giá, chấm điểm Chỉ số CCHC of a year, on the year's latest criteria set. */
@ObjectType({ description: 'Bản tự đánh giá, chấm điểm Chỉ số CCHC của năm' })
@Entity({ tableName: 'self_assessment' })
@Unique({ properties: ['year', 'agencyKind'] })
export class SelfAssessment extends VersionedRecord<
  | 'status'
  | 'submittedAt'
  | 'submittedBy'
  | 'approvedAt'
  | 'approvedBy'
  | 'returnComment'
  | 'returnedAt'
  | 'finalisedAt'
> {
  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => AgencyKind)
  @Enum({ items: () => AgencyKind, type: 'string' })
  agencyKind!: AgencyKind;

  @ManyToOne(() => CriteriaSet, { deleteRule: 'restrict' })
  criteriaSet!: CriteriaSet;

  @Field(() => SelfAssessmentStatus)
  @Enum({ items: () => SelfAssessmentStatus, type: 'string' })
  status: SelfAssessmentStatus = SelfAssessmentStatus.DRAFT;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  submittedAt: Date | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'restrict' })
  submittedBy: User | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  approvedAt: Date | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'restrict' })
  approvedBy: User | null = null;

  @Field(() => String, { nullable: true, description: 'Ý kiến của lãnh đạo khi trả lại (lần gần nhất)' })
  @Property({ type: 'text', nullable: true })
  returnComment: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  returnedAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  finalisedAt: Date | null = null;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  createdBy!: User;
}

/**
 * The score of one scored criterion (a leaf) of an assessment, with its explanation, evidence and
 * appraisal. It points at the criterion of the set revision it belongs to: when a re-issued set drops a
 * criterion, its score stays on the old revision's criterion, kept in the history, never deleted.
 */
@ObjectType({ description: 'Điểm tự chấm của một tiêu chí' })
@Entity({ tableName: 'criterion_score' })
@Unique({ properties: ['assessment', 'criterion'] })
export class CriterionScore extends VersionedRecord<
  | 'points'
  | 'explanation'
  | 'notApplicable'
  | 'notApplicableReason'
  | 'needsReview'
  | 'priorPoints'
  | 'priorMaxPoints'
  | 'priorText'
  | 'reviewNote'
  | 'retiredInRevision'
  | 'suggestedPoints'
  | 'suggestionComputation'
  | 'suggestionAcceptedBy'
  | 'suggestionAcceptedAt'
  | 'overrideExplanation'
  | 'appraisalPoints1'
  | 'appraisalComment1'
  | 'appraisalPoints2'
  | 'appraisalComment2'
  | 'updatedBy'
> {
  @Index()
  @ManyToOne(() => SelfAssessment, { deleteRule: 'cascade' })
  assessment!: SelfAssessment;

  @Index()
  @ManyToOne(() => Criterion, { deleteRule: 'restrict' })
  criterion!: Criterion;

  @Field(() => Float, { nullable: true, description: 'Điểm tự chấm; trống: chưa chấm' })
  @Property(points())
  points: number | null = null;

  @Field(() => String, { nullable: true, description: 'Giải trình' })
  @Property({ type: 'text', nullable: true })
  explanation: string | null = null;

  @Field(() => Boolean, { description: 'Không áp dụng: điểm tối đa của tổng giảm theo tiêu chí này' })
  @Property({ type: 'boolean' })
  notApplicable = false;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  notApplicableReason: string | null = null;

  @Field(() => Boolean, { description: 'Tiêu chí đã thay đổi khi bộ tiêu chí ban hành lại: cần chấm lại' })
  @Property({ type: 'boolean' })
  needsReview = false;

  @Field(() => Float, { nullable: true, description: 'Điểm đã chấm theo lần ban hành trước' })
  @Property(points())
  priorPoints: number | null = null;

  @Field(() => Float, { nullable: true, description: 'Điểm tối đa theo lần ban hành trước' })
  @Property(points())
  priorMaxPoints: number | null = null;

  @Field(() => String, { nullable: true, description: 'Nội dung tiêu chí theo lần ban hành trước' })
  @Property({ type: 'text', nullable: true })
  priorText: string | null = null;

  @Field(() => String, { nullable: true, description: 'Vì sao cần chấm lại, hoặc vì sao điểm được giữ lại' })
  @Property({ type: 'text', nullable: true })
  reviewNote: string | null = null;

  @Field(() => Int, { nullable: true, description: 'Lần ban hành đã bỏ tiêu chí này (điểm chỉ còn trong lịch sử)' })
  @Property({ type: 'integer', nullable: true })
  retiredInRevision: number | null = null;

  @Field(() => Float, { nullable: true, description: 'Điểm gợi ý từ dữ liệu đã được chấp nhận' })
  @Property(points())
  suggestedPoints: number | null = null;

  @Field(() => String, { nullable: true, description: 'Cách tính của điểm gợi ý đã chấp nhận' })
  @Property({ type: 'text', nullable: true })
  suggestionComputation: string | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'restrict' })
  suggestionAcceptedBy: User | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  suggestionAcceptedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Giải trình khi điểm khác điểm gợi ý' })
  @Property({ type: 'text', nullable: true })
  overrideExplanation: string | null = null;

  @Field(() => Float, { nullable: true, description: 'Điểm thẩm định vòng 1' })
  @Property(points())
  appraisalPoints1: number | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  appraisalComment1: string | null = null;

  @Field(() => Float, { nullable: true, description: 'Điểm thẩm định vòng 2' })
  @Property(points())
  appraisalPoints2: number | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  appraisalComment2: string | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'restrict' })
  updatedBy: User | null = null;
}

/**
 * Tài liệu kiểm chứng of a score: a record of this product (its kind and id, of the assessment's year)
 * or an uploaded file (PDF, .docx, image), with where to look in it and what document it is.
 */
@ObjectType({ description: 'Tài liệu kiểm chứng' })
@Entity({ tableName: 'assessment_evidence' })
export class AssessmentEvidence {
  [OptionalProps]?:
    | 'recordKind'
    | 'recordId'
    | 'file'
    | 'pointer'
    | 'documentNumber'
    | 'documentDate'
    | 'issuer'
    | 'note'
    | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => CriterionScore, { deleteRule: 'cascade' })
  score!: CriterionScore;

  @Field(() => EvidenceRecordKind, { nullable: true })
  @Enum({ items: () => EvidenceRecordKind, type: 'string', nullable: true })
  recordKind: EvidenceRecordKind | null = null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  recordId: string | null = null;

  @Index()
  @ManyToOne(() => StoredFile, { nullable: true, deleteRule: 'restrict' })
  file: StoredFile | null = null;

  @Field(() => String, { nullable: true, description: 'Trang, mục cần xem' })
  @Property({ type: 'string', length: 200, nullable: true })
  pointer: string | null = null;

  @Field(() => String, { nullable: true, description: 'Số, ký hiệu văn bản' })
  @Property({ type: 'string', length: 60, nullable: true })
  documentNumber: string | null = null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Ngày văn bản' })
  @Property({ type: 'date', nullable: true })
  documentDate: string | null = null;

  @Field(() => String, { nullable: true, description: 'Cơ quan ban hành' })
  @Property({ type: 'string', length: 300, nullable: true })
  issuer: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  addedBy!: User;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
