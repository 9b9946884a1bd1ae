import type { AppError } from '../../common/app-error.js';
import type { CriterionLevel } from './criteria-set.entity.js';
import { measureParamsProblem } from './measures/measure-params.js';
import { bandsProblems } from './measures/score-bands.js';
import type { PerformanceMeasure } from './performance-measure.js';
import { CriteriaErrors, SelfAssessmentErrors } from './self-assessment.errors.js';

/*
 * The rules of a criteria set and of a score, pure: the import, the demo data and the scoring all
 * check through here. Points are compared in hundredths (the guidance never goes finer), so that
 * 0,1 + 0,2 adds up to 0,3 as the province's sheet says.
 */

/** Points in hundredths, as whole numbers. */
export const hundredths = (points: number): number => Math.round(points * 100);

/** Whether a number has at most two decimals (a point value the guidance can give). */
export const isPointValue = (value: number): boolean =>
  Number.isFinite(value) && Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;

export interface ScoreBandValue {
  minPercent: number;
  points: number;
}

/** A criterion as the rules see it: from an imported row, the demo data or the database. */
export interface CriterionDraft {
  code: string;
  parentCode: string | null;
  text: string;
  maxPoints: number;
  bands: ScoreBandValue[] | null;
  scoreStep: number | null;
  measure: PerformanceMeasure | null;
  measureParams: Record<string, unknown> | null;
}

export interface TreeProblem {
  /** The criterion the problem is about; null for the set as a whole (its total). */
  code: string | null;
  error: AppError;
}

const CODE = /^\d+(?:\.\d+)*$/;
export const LEVELS: readonly CriterionLevel[] = ['AREA', 'CRITERION', 'COMPONENT'];

/** The parent's code that a code implies ("1.1.2" is under "1.1"); null for an area. */
export function impliedParentCode(code: string): string | null {
  const at = code.lastIndexOf('.');
  return at < 0 ? null : code.slice(0, at);
}

export const isCriterionCode = (code: string): boolean => CODE.test(code);

/**
 * Everything wrong with a set's tree, each with the code it is about: duplicate codes, a parent that
 * is not in the set or whose code the child's does not start with, more than three levels, a parent
 * whose maximum is not the sum of its children's, areas that do not add up to the set's total, and a
 * leaf's bands, step or measure that do not fit it. Empty when the set can be stored.
 */
export function criteriaTreeProblems(nodes: readonly CriterionDraft[], totalPoints: number): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const byCode = new Map<string, CriterionDraft>();
  for (const node of nodes) {
    if (byCode.has(node.code)) problems.push({ code: node.code, error: CriteriaErrors.duplicateCode(node.code) });
    else byCode.set(node.code, node);
  }
  const children = new Map<string, CriterionDraft[]>();
  for (const node of byCode.values()) {
    if (node.parentCode === null) continue;
    if (!byCode.has(node.parentCode)) {
      problems.push({ code: node.code, error: CriteriaErrors.parentMissing(node.code, node.parentCode) });
      continue;
    }
    if (!node.code.startsWith(`${node.parentCode}.`))
      problems.push({ code: node.code, error: CriteriaErrors.codeNotUnderParent(node.code, node.parentCode) });
    children.set(node.parentCode, [...(children.get(node.parentCode) ?? []), node]);
  }
  const depth = (node: CriterionDraft): number => {
    let d = 1;
    for (let p = node.parentCode; p !== null && d <= LEVELS.length; d++) p = byCode.get(p)?.parentCode ?? null;
    return d;
  };
  for (const node of byCode.values()) {
    if (depth(node) > LEVELS.length) problems.push({ code: node.code, error: CriteriaErrors.tooDeep(node.code) });
    const kids = children.get(node.code);
    if (kids) {
      const sum = kids.reduce((s, k) => s + hundredths(k.maxPoints), 0);
      if (sum !== hundredths(node.maxPoints))
        problems.push({ code: node.code, error: CriteriaErrors.pointsMismatch(node.code, node.maxPoints, sum / 100) });
      if (node.measure || node.bands || node.scoreStep !== null)
        problems.push({ code: node.code, error: CriteriaErrors.measureOnParent(node.code) });
    } else {
      for (const error of leafProblems(node)) problems.push({ code: node.code, error });
    }
  }
  const areas = [...byCode.values()].filter((n) => n.parentCode === null);
  const sum = areas.reduce((s, a) => s + hundredths(a.maxPoints), 0);
  if (areas.length > 0 && sum !== hundredths(totalPoints))
    problems.push({ code: null, error: CriteriaErrors.totalMismatch(totalPoints, sum / 100) });
  return problems;
}

/** A scored criterion's guidance: its step fits its maximum, its bands its maximum and step, its measure's params. */
function leafProblems(node: CriterionDraft): AppError[] {
  const errors: AppError[] = [];
  const max = hundredths(node.maxPoints);
  const step = node.scoreStep === null ? null : hundredths(node.scoreStep);
  if (step !== null && (step <= 0 || step > max || max % step !== 0))
    errors.push(CriteriaErrors.stepInvalid(node.code));
  if (node.bands) {
    const reason = bandsProblem(node.bands, node.maxPoints, step !== null && step > 0 ? step : null);
    if (reason) errors.push(CriteriaErrors.bandsInvalid(node.code, reason));
  }
  if (node.measure) {
    const reason = measureParamsProblem(node.measure, node.measureParams);
    if (reason) errors.push(CriteriaErrors.measureParamsInvalid(node.code, reason));
  }
  return errors;
}

/**
 * The bands' own rules are the measures' (score-bands.ts: the ones a suggestion is scored by), whatever
 * order the sheet lists them in; a criterion with a step also wants every band's points on the step.
 */
function bandsProblem(bands: readonly ScoreBandValue[], maxPoints: number, step: number | null): string | null {
  const ordered = [...bands].sort((a, b) => b.minPercent - a.minPercent);
  const problems = bandsProblems(ordered, maxPoints);
  if (problems.length) return problems.join(' ');
  if (step !== null && bands.some((band) => hundredths(band.points) % step !== 0))
    return 'điểm của mỗi mức phải là bội số của bước điểm.';
  return null;
}

/** What a scored criterion allows: its maximum, and its bands or its step. */
export interface ScoringGuide {
  code: string;
  maxPoints: number;
  bands: readonly ScoreBandValue[] | null;
  scoreStep: number | null;
}

/** The values a criterion with bands may take: its bands' points and 0, highest first. */
export function bandValues(guide: ScoringGuide): number[] {
  const values = new Set([0, ...(guide.bands ?? []).map((b) => hundredths(b.points))]);
  return [...values].sort((a, b) => b - a).map((h) => h / 100);
}

/** Why these points cannot be the criterion's score (self-scored or appraised), or null when they can. */
export function scoreProblem(guide: ScoringGuide, points: number): AppError | null {
  if (points < 0) return SelfAssessmentErrors.scoreNegative(guide.code);
  if (hundredths(points) > hundredths(guide.maxPoints) || !Number.isFinite(points))
    return SelfAssessmentErrors.scoreAboveMax(guide.code, guide.maxPoints);
  if (guide.bands?.length) {
    const allowed = bandValues(guide);
    return isPointValue(points) && allowed.some((a) => hundredths(a) === hundredths(points))
      ? null
      : SelfAssessmentErrors.scoreNotABand(guide.code, allowed);
  }
  const step = guide.scoreStep ?? 0.01;
  if (!isPointValue(points) || hundredths(points) % hundredths(step) !== 0)
    return SelfAssessmentErrors.scoreBetweenSteps(guide.code, step);
  return null;
}

/** The score needs an override explanation: it differs from the suggestion the office accepted. */
export function needsOverrideExplanation(points: number | null, suggestedPoints: number | null): boolean {
  return suggestedPoints !== null && points !== null && hundredths(points) !== hundredths(suggestedPoints);
}
