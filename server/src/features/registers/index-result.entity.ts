import { Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { type EnumValue, graphqlEnum } from '../../common/graphql-enum.js';
import { VersionedRecord } from '../../common/versioned-record.js';

/** The two yearly indices the province publishes for each department. */
export const AssessmentIndex = graphqlEnum({ name: 'AssessmentIndex', description: 'SIPAS hoặc PAR INDEX' }, [
  /** Chỉ số hài lòng về sự phục vụ hành chính */
  'SIPAS',
  /** Chỉ số cải cách hành chính */
  'PAR_INDEX',
]);
export type AssessmentIndex = EnumValue<typeof AssessmentIndex>;

/** One scored part of an index (lĩnh vực / tiêu chí thành phần). */
@ObjectType({ description: 'Điểm thành phần của chỉ số' })
export class IndexComponent {
  @Field(() => String)
  name!: string;

  @Field(() => Float)
  score!: number;

  @Field(() => Float, { nullable: true })
  maxScore?: number | null;
}

/** The department's SIPAS or PAR INDEX result for a year, as published by the province. */
@ObjectType({ description: 'Kết quả chỉ số SIPAS / PAR INDEX của năm' })
@Entity({ tableName: 'index_result' })
@Unique({ properties: ['year', 'index'] })
export class IndexResult extends VersionedRecord<'components' | 'rank' | 'rankOf' | 'note'> {
  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => AssessmentIndex)
  @Enum({ items: () => AssessmentIndex, type: 'string', fieldName: 'assessment_index' })
  index!: AssessmentIndex;

  @Field(() => Float)
  @Property({ type: 'double' })
  totalScore!: number;

  @Field(() => [IndexComponent])
  @Property({ type: 'json' })
  components: IndexComponent[] = [];

  @Field(() => Int, { nullable: true, description: 'Xếp hạng among the province’s departments' })
  @Property({ type: 'integer', nullable: true })
  rank: number | null = null;

  @Field(() => Int, {
    nullable: true,
    description: 'How many departments the province ranked that year: the N of "xếp hạng 5/N"',
  })
  @Property({ type: 'integer', nullable: true })
  rankOf: number | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
