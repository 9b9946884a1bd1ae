import { isReportYear } from '@kycuong/rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import { todayLocalDate } from '../../../common/local-date.js';
import { RollupService } from '../../rollup/rollup.service.js';
import { type MeasuredRecord, type MeasureResult, PerformanceMeasure } from '../performance-measure.js';
import { findingsFixedOnTime, findingsFollowedUp, planInspected } from './inspection-measures.js';
import { computationText, type MeasureOutcome } from './measure-outcome.js';
import { directiveOnTimeParams, measureParamsProblem } from './measure-params.js';
import { MeasureErrors } from './measures.errors.js';
import { directiveIssuedOnTime, tthcMeasure } from './register-measures.js';
import { bandsProblems, type ScoreBand, scoreByBands } from './score-bands.js';

/** When a measure is judged: `today` (YYYY-MM-DD, the department's day) is the clock, for tests. */
export interface MeasureOptions {
  today?: string;
}

/** What of a criterion a suggestion needs (a criterion of a criteria set, issue 17). */
export interface MeasuredCriterion {
  /** Null when the product cannot measure the criterion: no suggestion. */
  measure: PerformanceMeasure | null;
  measureParams: unknown;
  bands: readonly ScoreBand[];
  maxPoints: number;
}

/** A suggested score, never entered silently: a person accepts or overrides it. */
export interface Suggestion {
  /** The band's points; null when nothing was due: the computation says so and there is nothing to score. */
  points: number | null;
  /** e.g. "23/23 đơn vị được kiểm tra theo kế hoạch = 100% -> 1/1 điểm". */
  computation: string;
  numerator: number;
  denominator: number;
  records: MeasuredRecord[];
}

async function outcomeOf(
  em: EntityManager,
  year: number,
  measure: PerformanceMeasure,
  params: unknown,
  today: string,
): Promise<MeasureOutcome> {
  if (!isReportYear(year)) throw MeasureErrors.yearOutOfRange();
  const problem = measureParamsProblem(measure, params);
  if (problem) throw MeasureErrors.paramsInvalid(problem);
  switch (measure) {
    case PerformanceMeasure.PLAN_INSPECTED:
      return planInspected(em, year, today);
    case PerformanceMeasure.FINDINGS_FIXED_ON_TIME:
      return findingsFixedOnTime(em, year, today);
    case PerformanceMeasure.FINDINGS_FOLLOWED_UP:
      return findingsFollowedUp(em, year, new RollupService(em, today).asOf(year));
    case PerformanceMeasure.DIRECTIVE_ISSUED_ON_TIME:
      return directiveIssuedOnTime(em, year, directiveOnTimeParams(params));
    default:
      return tthcMeasure(em, year, measure);
  }
}

/**
 * A measure of a year from the product's records (docs/self-assessment-measures.md): the ratio, the
 * records it counted (evidence, `counted` for the numerator) and the computation in Vietnamese. Bad
 * input: MEASURE_YEAR_INVALID, MEASURE_PARAMS_INVALID.
 */
export async function computeMeasure(
  em: EntityManager,
  year: number,
  measure: PerformanceMeasure,
  params: unknown = null,
  options: MeasureOptions = {},
): Promise<MeasureResult> {
  const outcome = await outcomeOf(em, year, measure, params, options.today ?? todayLocalDate());
  const { numerator, denominator, records } = outcome;
  return { measure, numerator, denominator, computation: computationText(outcome), records };
}

/**
 * The suggestion for a criterion in a year: its measure scored by its bands, with the computation and
 * the records; null when the criterion names no measure. Bad input: MEASURE_BANDS_INVALID besides
 * computeMeasure's codes.
 */
export async function suggestionFor(
  em: EntityManager,
  year: number,
  criterion: MeasuredCriterion,
  options: MeasureOptions = {},
): Promise<Suggestion | null> {
  if (criterion.measure === null) return null;
  const problems = bandsProblems(criterion.bands, criterion.maxPoints);
  if (problems.length) throw MeasureErrors.bandsInvalid(problems);
  const outcome = await outcomeOf(
    em,
    year,
    criterion.measure,
    criterion.measureParams,
    options.today ?? todayLocalDate(),
  );
  const score = scoreByBands(outcome.numerator, outcome.denominator, criterion.bands, criterion.maxPoints);
  return {
    points: score?.points ?? null,
    computation: computationText(outcome, score?.pointsText ?? null),
    numerator: outcome.numerator,
    denominator: outcome.denominator,
    records: outcome.records,
  };
}
