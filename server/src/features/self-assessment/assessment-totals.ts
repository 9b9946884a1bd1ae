import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { hundredths } from './criteria-rules.js';

/*
 * The totals of a self-assessment, per area and overall, computed from the criteria and the scores
 * whenever they are read, never stored. A criterion "not applicable" takes its maximum out of the
 * maximum; the appraised points of a criterion are its second round's when there is one, else its
 * first round's.
 */

export interface TotalsCriterion {
  id: string;
  code: string;
  text: string;
  parentId: string | null;
  maxPoints: number;
  isLeaf: boolean;
}

export interface TotalsScore {
  points: number | null;
  notApplicable: boolean;
  appraisalPoints1: number | null;
  appraisalPoints2: number | null;
}

@ObjectType({ description: 'Tổng điểm của một lĩnh vực hoặc của cả bản tự đánh giá' })
export class ScoreTotal {
  @Field(() => Float, { description: 'Điểm tối đa theo bộ tiêu chí' })
  statedMaxPoints!: number;

  @Field(() => Float, { description: 'Điểm tối đa sau khi trừ các tiêu chí không áp dụng' })
  maxPoints!: number;

  @Field(() => Float, { description: 'Điểm tự chấm' })
  selfPoints!: number;

  @Field(() => Float, { nullable: true, description: 'Điểm thẩm định (vòng 2 nếu có, không thì vòng 1)' })
  appraisalPoints!: number | null;

  @Field(() => Int, { description: 'Số tiêu chí được chấm điểm trực tiếp' })
  leaves!: number;

  @Field(() => Int)
  scoredLeaves!: number;

  @Field(() => Int)
  notApplicableLeaves!: number;

  @Field(() => Int)
  appraisedLeaves!: number;
}

@ObjectType({ description: 'Tổng điểm của một lĩnh vực' })
export class AreaTotal extends ScoreTotal {
  @Field(() => ID)
  criterionId!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  text!: string;
}

@ObjectType({ description: 'Tổng điểm theo lĩnh vực và toàn bộ' })
export class AssessmentTotals {
  @Field(() => ScoreTotal)
  overall!: ScoreTotal;

  @Field(() => [AreaTotal])
  areas!: AreaTotal[];
}

interface Sums {
  stated: number;
  max: number;
  self: number;
  appraisal: number;
  leaves: number;
  scored: number;
  notApplicable: number;
  appraised: number;
}

const empty = (): Sums => ({
  stated: 0,
  max: 0,
  self: 0,
  appraisal: 0,
  leaves: 0,
  scored: 0,
  notApplicable: 0,
  appraised: 0,
});

function add(sums: Sums, max: number, score: TotalsScore | undefined): void {
  sums.leaves += 1;
  sums.stated += max;
  if (score?.notApplicable) {
    sums.notApplicable += 1;
    return;
  }
  sums.max += max;
  if (score?.points != null) {
    sums.scored += 1;
    sums.self += hundredths(score.points);
  }
  const appraised = score?.appraisalPoints2 ?? score?.appraisalPoints1 ?? null;
  if (appraised !== null) {
    sums.appraised += 1;
    sums.appraisal += hundredths(appraised);
  }
}

const total = (s: Sums): ScoreTotal => ({
  statedMaxPoints: s.stated / 100,
  maxPoints: s.max / 100,
  selfPoints: s.self / 100,
  appraisalPoints: s.appraised > 0 ? s.appraisal / 100 : null,
  leaves: s.leaves,
  scoredLeaves: s.scored,
  notApplicableLeaves: s.notApplicable,
  appraisedLeaves: s.appraised,
});

/** The totals of the criteria's leaves by area (in the criteria's order) and overall; scores by criterion id. */
export function assessmentTotals(
  criteria: readonly TotalsCriterion[],
  scores: ReadonlyMap<string, TotalsScore>,
): AssessmentTotals {
  const byId = new Map(criteria.map((c) => [c.id, c]));
  const areaOf = (c: TotalsCriterion): TotalsCriterion => {
    let node = c;
    for (let parent = node.parentId; parent !== null; parent = node.parentId) {
      const next = byId.get(parent);
      if (!next) break;
      node = next;
    }
    return node;
  };
  const areas = new Map<string, Sums>();
  for (const c of criteria) if (c.parentId === null) areas.set(c.id, empty());
  const overall = empty();
  for (const c of criteria) {
    if (!c.isLeaf) continue;
    const max = hundredths(c.maxPoints);
    const score = scores.get(c.id);
    add(overall, max, score);
    const area = areas.get(areaOf(c).id);
    if (area) add(area, max, score);
  }
  return {
    overall: total(overall),
    areas: criteria
      .filter((c) => c.parentId === null)
      .map((c) => ({ ...total(areas.get(c.id) ?? empty()), criterionId: c.id, code: c.code, text: c.text })),
  };
}
