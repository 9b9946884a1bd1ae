import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import {
  type AssessmentTotals,
  assessmentTotals,
  type TotalsCriterion,
  type TotalsScore,
} from './assessment-totals.js';
import { hundredths } from './criteria-rules.js';

/*
 * What leadership reads of a year's self-assessment beside its totals: each area against last year's
 * assessment (matched by the area's code; last year's final appraisal when it is final, else its
 * self-score), the gap between the self-score and the appraisal per criterion, and the weakest scored
 * criteria with what their evidence lacks. Computed on read, never stored.
 */

/** How many of the weakest criteria are shown. */
export const WEAKEST_COUNT = 8;

export interface ComparedScore extends TotalsScore {
  explanation: string | null;
  evidenceCount: number;
}

export interface ComparedYear {
  year: number;
  /** Final: its appraisal is the result; otherwise its self-score counts. */
  final: boolean;
  criteria: readonly TotalsCriterion[];
  scores: ReadonlyMap<string, ComparedScore>;
}

@ObjectType({ description: 'Một lĩnh vực (hoặc toàn bộ) so với năm trước' })
export class AreaComparison {
  @Field(() => ID, { nullable: true, description: 'Lĩnh vực trong bộ tiêu chí năm nay; trống: toàn bộ' })
  criterionId!: string | null;

  @Field(() => String, { nullable: true })
  code!: string | null;

  @Field(() => String, { nullable: true })
  text!: string | null;

  @Field(() => Float)
  maxPoints!: number;

  @Field(() => Float, { description: 'Điểm tự chấm năm nay' })
  selfPoints!: number;

  @Field(() => Boolean, { description: 'Có lĩnh vực cùng mã trong bản tự đánh giá năm trước' })
  comparable!: boolean;

  @Field(() => Float, { nullable: true })
  previousMaxPoints!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Điểm năm trước: thẩm định nếu đã có kết quả cuối, không thì tự chấm',
  })
  previousPoints!: number | null;

  @Field(() => Float, { nullable: true, description: 'Điểm năm nay trừ điểm năm trước' })
  difference!: number | null;
}

@ObjectType({ description: 'Chênh lệch giữa điểm tự chấm và điểm thẩm định của một tiêu chí' })
export class CriterionGap {
  @Field(() => ID)
  criterionId!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  text!: string;

  @Field(() => Float)
  maxPoints!: number;

  @Field(() => Float)
  selfPoints!: number;

  @Field(() => Float)
  appraisalPoints!: number;

  @Field(() => Float, { description: 'Điểm thẩm định trừ điểm tự chấm' })
  gap!: number;
}

@ObjectType({ description: 'Tiêu chí có tỷ lệ điểm tự chấm thấp, với thiếu sót về kiểm chứng' })
export class WeakCriterion {
  @Field(() => ID)
  criterionId!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  text!: string;

  @Field(() => Float)
  maxPoints!: number;

  @Field(() => Float)
  selfPoints!: number;

  @Field(() => Float, { description: 'Điểm tự chấm / điểm tối đa, từ 0 đến 1' })
  ratio!: number;

  @Field(() => Int)
  evidenceCount!: number;

  @Field(() => Boolean)
  hasExplanation!: boolean;

  @Field(() => Boolean, { description: 'Chưa đạt tối đa mà không có tài liệu kiểm chứng hoặc không có giải trình' })
  evidenceGap!: boolean;
}

@ObjectType({ description: 'So sánh với năm trước và điểm yếu của bản tự đánh giá' })
export class AssessmentComparison {
  @Field(() => Int, { nullable: true, description: 'Năm của bản tự đánh giá được so sánh; trống: chưa có' })
  previousYear!: number | null;

  @Field(() => Boolean, { description: 'Điểm năm trước là điểm thẩm định (kết quả cuối)' })
  previousIsAppraisal!: boolean;

  @Field(() => AreaComparison)
  overall!: AreaComparison;

  @Field(() => [AreaComparison], { description: 'Các lĩnh vực năm nay, theo thứ tự của bộ tiêu chí' })
  areas!: AreaComparison[];

  @Field(() => [String], { description: 'Mã các lĩnh vực năm trước không còn trong bộ tiêu chí năm nay' })
  droppedAreaCodes!: string[];

  @Field(() => [CriterionGap], {
    description: 'Các tiêu chí đã thẩm định (kể cả không chênh lệch), chênh lệch lớn trước',
  })
  appraisalGaps!: CriterionGap[];

  @Field(() => [WeakCriterion], { description: 'Các tiêu chí đã chấm có tỷ lệ điểm thấp nhất' })
  weakest!: WeakCriterion[];
}

const minus = (a: number, b: number) => (hundredths(a) - hundredths(b)) / 100;

type Total = AssessmentTotals['overall'];

/** Last year's points of a total: its appraisal when final (and appraised), else its self-score. */
const pointsOf = (total: Total, final: boolean) =>
  final ? (total.appraisalPoints ?? total.selfPoints) : total.selfPoints;

function compared(
  ids: { criterionId: string | null; code: string | null; text: string | null },
  now: Total,
  before: Total | undefined,
  final: boolean,
): AreaComparison {
  const previousPoints = before ? pointsOf(before, final) : null;
  return {
    ...ids,
    maxPoints: now.maxPoints,
    selfPoints: now.selfPoints,
    comparable: before !== undefined,
    previousMaxPoints: before?.maxPoints ?? null,
    previousPoints,
    difference: previousPoints === null ? null : minus(now.selfPoints, previousPoints),
  };
}

/** The year's assessment against last year's (or none), its appraisal gaps and its weakest criteria. */
export function assessmentComparison(
  current: ComparedYear,
  previous: ComparedYear | null,
  weakestCount = WEAKEST_COUNT,
): AssessmentComparison {
  const now = assessmentTotals(current.criteria, current.scores);
  const before = previous ? assessmentTotals(previous.criteria, previous.scores) : null;
  const final = previous?.final ?? false;
  const previousAreas = new Map((before?.areas ?? []).map((a) => [a.code, a]));
  const currentCodes = new Set(now.areas.map((a) => a.code));
  const leaves = current.criteria.filter((c) => c.isLeaf);
  const appraisalGaps: CriterionGap[] = [];
  const weak: WeakCriterion[] = [];
  for (const c of leaves) {
    const score = current.scores.get(c.id);
    if (!score || score.notApplicable || score.points === null) continue;
    const base = { criterionId: c.id, code: c.code, text: c.text, maxPoints: c.maxPoints, selfPoints: score.points };
    const appraised = score.appraisalPoints2 ?? score.appraisalPoints1;
    if (appraised !== null)
      appraisalGaps.push({ ...base, appraisalPoints: appraised, gap: minus(appraised, score.points) });
    if (hundredths(c.maxPoints) <= 0) continue;
    const below = hundredths(score.points) < hundredths(c.maxPoints);
    const hasExplanation = Boolean(score.explanation?.trim());
    weak.push({
      ...base,
      ratio: hundredths(score.points) / hundredths(c.maxPoints),
      evidenceCount: score.evidenceCount,
      hasExplanation,
      evidenceGap: below && (score.evidenceCount === 0 || !hasExplanation),
    });
  }
  const lost = (w: WeakCriterion) => hundredths(w.maxPoints) - hundredths(w.selfPoints);
  return {
    previousYear: previous?.year ?? null,
    previousIsAppraisal: final && before?.overall.appraisalPoints != null,
    overall: compared({ criterionId: null, code: null, text: null }, now.overall, before?.overall, final),
    areas: now.areas.map((a) =>
      compared({ criterionId: a.criterionId, code: a.code, text: a.text }, a, previousAreas.get(a.code), final),
    ),
    droppedAreaCodes: (before?.areas ?? []).map((a) => a.code).filter((code) => !currentCodes.has(code)),
    // Stable sort: equal gaps keep the set's order.
    appraisalGaps: appraisalGaps.sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap)),
    // Stable sort: equal ratios keep the set's order, the one losing more points first.
    weakest: weak
      .filter((w) => w.ratio < 1)
      .sort((a, b) => a.ratio - b.ratio || lost(b) - lost(a))
      .slice(0, weakestCount),
  };
}
