import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { Criterion } from './criteria-set.entity.js';
import { computeMeasure, suggestionFor } from './measures/compute-measure.js';
import { EvidenceRecordKind, type MeasuredRecord } from './performance-measure.js';

@ObjectType({ description: 'Một hồ sơ được đếm khi tính điểm gợi ý' })
export class MeasuredRecordView {
  @Field(() => EvidenceRecordKind)
  kind!: EvidenceRecordKind;

  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Số, ngày, đơn vị của hồ sơ' })
  label!: string;

  @Field(() => Boolean, { description: 'Counted in the numerator, not only the denominator' })
  counted!: boolean;
}

/**
 * A score suggested from the year's records for a criterion that names a measure: the points its bands
 * give, how they were reached ("23/23 đơn vị được kiểm tra theo kế hoạch = 100% -> 1/1 điểm") and the
 * records counted. Never entered silently: a person accepts it (`acceptSuggestion`, which computes it
 * again on the server) or scores otherwise, with an override explanation.
 */
@ObjectType({ description: 'Điểm gợi ý tính từ dữ liệu của năm cho một tiêu chí' })
export class CriterionSuggestion {
  @Field(() => ID)
  criterionId!: string;

  @Field(() => Float, { nullable: true, description: 'Null when nothing was due: the computation says why' })
  points!: number | null;

  @Field(() => String, { description: 'e.g. 20/25 tồn tại khắc phục đúng hạn = 80% -> 0,5/1 điểm' })
  computation!: string;

  @Field(() => Int)
  numerator!: number;

  @Field(() => Int)
  denominator!: number;

  @Field(() => [MeasuredRecordView])
  records!: MeasuredRecord[];
}

/** The suggestion of a criterion for a year; null when the criterion names no measure. */
export async function criterionSuggestion(
  em: EntityManager,
  year: number,
  criterion: Criterion,
): Promise<CriterionSuggestion | null> {
  if (!criterion.measure || !criterion.isLeaf) return null;
  if (!criterion.bands?.length) {
    // A measure without bands: the computation is shown, the points are for a person to give.
    const result = await computeMeasure(em, year, criterion.measure, criterion.measureParams);
    const { numerator, denominator, computation, records } = result;
    return { criterionId: criterion.id, points: null, numerator, denominator, computation, records };
  }
  const suggestion = await suggestionFor(em, year, {
    measure: criterion.measure,
    measureParams: criterion.measureParams,
    bands: [...criterion.bands].sort((a, b) => b.minPercent - a.minPercent),
    maxPoints: criterion.maxPoints,
  });
  return suggestion && { criterionId: criterion.id, ...suggestion };
}
