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
import { GraphQLJSONObject, GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { type EnumValue, graphqlEnum } from '../../common/graphql-enum.js';
import { VersionedRecord } from '../../common/versioned-record.js';
import { User } from '../users/user.entity.js';
import { PerformanceMeasure } from './performance-measure.js';

/** The kind of agency a province issues a criteria set for; the product serves one department (Sở). */
export const AgencyKind = graphqlEnum({ name: 'AgencyKind', description: 'Loại cơ quan được đánh giá Chỉ số CCHC' }, [
  /** Sở, ban, ngành thuộc UBND tỉnh */
  'DEPARTMENT',
]);
export type AgencyKind = EnumValue<typeof AgencyKind>;

/** Where a criterion sits in the set's tree: lĩnh vực > tiêu chí > tiêu chí thành phần. */
export const CriterionLevel = graphqlEnum({ name: 'CriterionLevel', description: 'Cấp của tiêu chí' }, [
  /** Lĩnh vực, e.g. "1" */
  'AREA',
  /** Tiêu chí, e.g. "1.1" */
  'CRITERION',
  /** Tiêu chí thành phần, e.g. "1.1.2" */
  'COMPONENT',
]);
export type CriterionLevel = EnumValue<typeof CriterionLevel>;

/** Points as stored: numeric(6,2), read as a number (the guidance never goes below hundredths); one type per property. */
const points = () => ({ type: new DecimalType('number'), precision: 6, scale: 2 }) as const;

/** One band of a criterion's guidance: from this share of the target up, these points. */
@ObjectType({ description: 'Một mức của thang điểm, e.g. từ 80% trở lên: 0,5 điểm' })
export class ScoreBand {
  @Field(() => Float, { description: 'Từ tỷ lệ này (%) trở lên' })
  minPercent!: number;

  @Field(() => Float)
  points!: number;
}

/**
 * Bộ tiêu chí chấm điểm Chỉ số CCHC that a province issues for a year and a kind of agency. A set
 * re-issued within the year is a new revision (1, 2, ...), and the year's self-assessment moves to it;
 * earlier revisions stay, with the scores that no longer have a criterion in the new one.
 */
@ObjectType({ description: 'Bộ tiêu chí chấm điểm Chỉ số CCHC của một năm (một lần ban hành)' })
@Entity({ tableName: 'criteria_set' })
@Unique({ properties: ['year', 'agencyKind', 'revision'] })
export class CriteriaSet extends VersionedRecord {
  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => AgencyKind)
  @Enum({ items: () => AgencyKind, type: 'string' })
  agencyKind!: AgencyKind;

  @Field(() => Int, { description: 'Lần ban hành trong năm: 1, 2, ...' })
  @Property({ type: 'integer' })
  revision!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 500 })
  title!: string;

  @Field(() => String, { description: 'Số, ký hiệu văn bản ban hành bộ tiêu chí' })
  @Property({ type: 'string', length: 60 })
  documentNumber!: string;

  @Field(() => GraphQLLocalDate, { description: 'Ngày ban hành văn bản' })
  @Property({ type: 'date' })
  issuedOn!: string;

  @Field(() => GraphQLLocalDate, { description: 'Ngày áp dụng' })
  @Property({ type: 'date' })
  effectiveOn!: string;

  @Field(() => Float, { description: 'Tổng điểm tối đa của bộ tiêu chí (thường 100)' })
  @Property(points())
  totalPoints!: number;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  createdBy!: User;
}

/** Lĩnh vực, tiêu chí or tiêu chí thành phần of a set; only leaves (no children) are scored. */
@ObjectType({ description: 'Lĩnh vực, tiêu chí hoặc tiêu chí thành phần' })
@Entity({ tableName: 'criterion' })
@Unique({ properties: ['set', 'code'] })
export class Criterion {
  [OptionalProps]?: 'guidance' | 'bands' | 'scoreStep' | 'expectedEvidence' | 'measure' | 'measureParams';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => CriteriaSet, { deleteRule: 'cascade' })
  set!: CriteriaSet;

  @ManyToOne(() => Criterion, { nullable: true, deleteRule: 'cascade' })
  parent: Criterion | null = null;

  @Field(() => Int, { description: 'Thứ tự trong bộ tiêu chí' })
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => CriterionLevel)
  @Enum({ items: () => CriterionLevel, type: 'string' })
  level!: CriterionLevel;

  @Field(() => String, { description: 'Mã, e.g. 1, 1.1, 1.1.2' })
  @Property({ type: 'string', length: 32 })
  code!: string;

  @Field(() => String, { description: 'Nội dung' })
  @Property({ type: 'text' })
  text!: string;

  @Field(() => Float, { description: 'Điểm tối đa' })
  @Property(points())
  maxPoints!: number;

  @Field(() => Boolean, { description: 'Chấm điểm trực tiếp (không có tiêu chí con)' })
  @Property({ type: 'boolean' })
  isLeaf!: boolean;

  @Field(() => String, { nullable: true, description: 'Hướng dẫn chấm điểm' })
  @Property({ type: 'text', nullable: true })
  guidance: string | null = null;

  @Field(() => [ScoreBand], { nullable: true, description: 'Thang điểm; khi có, chỉ chấm đúng các mức này hoặc 0' })
  @Property({ type: 'json', nullable: true })
  bands: ScoreBand[] | null = null;

  @Field(() => Float, { nullable: true, description: 'Bước điểm cho phép, e.g. 0,25; không có: đến 0,01' })
  @Property({ ...points(), nullable: true })
  scoreStep: number | null = null;

  @Field(() => String, { nullable: true, description: 'Tài liệu kiểm chứng cần có' })
  @Property({ type: 'text', nullable: true })
  expectedEvidence: string | null = null;

  @Field(() => PerformanceMeasure, { nullable: true, description: 'Chỉ số phần mềm tính được cho tiêu chí này' })
  @Enum({ items: () => PerformanceMeasure, type: 'string', nullable: true })
  measure: PerformanceMeasure | null = null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Tham số của chỉ số, e.g. loại văn bản và hạn' })
  @Property({ type: 'json', nullable: true })
  measureParams: Record<string, unknown> | null = null;
}
