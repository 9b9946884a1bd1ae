import { Entity, Property, Unique } from '@mikro-orm/core';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../common/versioned-record.js';

/**
 * The parts of a year's annual SIPAS / PAR INDEX report that office staff write; the figures come from
 * the registers and the inspections when the report is produced. Each text is paragraphs separated by
 * line breaks. Number and date stay empty until the report is issued.
 */
@ObjectType({ description: 'Phần lời của báo cáo SIPAS / PAR INDEX năm' })
@Entity({ tableName: 'annual_report_draft' })
@Unique({ properties: ['year'] })
export class AnnualReportDraft extends VersionedRecord<
  'basis' | 'sipasTasks' | 'parTasks' | 'signerName' | 'issuedNumber' | 'issuedOn'
> {
  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => String, { nullable: true, description: 'Căn cứ: the province plan the report answers' })
  @Property({ type: 'text', nullable: true })
  basis: string | null = null;

  @Field(() => String, { nullable: true, description: 'Further SIPAS tasks, after those drawn from data' })
  @Property({ type: 'text', nullable: true })
  sipasTasks: string | null = null;

  @Field(() => String, { nullable: true, description: 'Further PAR INDEX tasks, after those drawn from data' })
  @Property({ type: 'text', nullable: true })
  parTasks: string | null = null;

  @Field(() => String, { description: 'Ưu điểm' })
  @Property({ type: 'text' })
  strengths!: string;

  @Field(() => String, { description: 'Tồn tại, hạn chế' })
  @Property({ type: 'text' })
  weaknesses!: string;

  @Field(() => String, { description: 'Phương hướng' })
  @Property({ type: 'text' })
  directions!: string;

  @Field(() => String, { nullable: true, description: 'Who signs (printed under the signature)' })
  @Property({ type: 'string', length: 200, nullable: true })
  signerName: string | null = null;

  @Field(() => Int, { nullable: true, description: 'Số of the issued report; null while a draft' })
  @Property({ type: 'integer', nullable: true })
  issuedNumber: number | null = null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Date of the issued report; null while a draft' })
  @Property({ type: 'date', nullable: true })
  issuedOn: string | null = null;
}
