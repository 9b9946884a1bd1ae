/*
 * The scores a criterion's guidance allows, for the score control to offer (the server checks the same,
 * criteria-rules.ts): with bands, the bands' points or 0; otherwise multiples of the step (0,01 without
 * one) from 0 to the maximum. Points are compared in hundredths, so 0,1 + 0,2 is 0,3.
 */

export interface ScoreGuide {
  maxPoints: number;
  bands?: readonly { minPercent: number; points: number }[] | null;
  scoreStep?: number | null;
}

const hundredths = (points: number) => Math.round(points * 100);

/** Beyond this many values a list is longer to read than the number is to type. */
export const MAX_LISTED_SCORES = 21;

/** The scores allowed, lowest first; null when they are too many to list (the number is typed). */
export function allowedScores(guide: ScoreGuide): number[] | null {
  const max = hundredths(guide.maxPoints);
  if (guide.bands && guide.bands.length > 0) {
    const points = new Set([0, ...guide.bands.map((b) => hundredths(b.points))]);
    return [...points].sort((a, b) => a - b).map((p) => p / 100);
  }
  const step = hundredths(guide.scoreStep ?? 0.01);
  if (step <= 0 || max / step + 1 > MAX_LISTED_SCORES) return null;
  const values: number[] = [];
  for (let p = 0; p <= max; p += step) values.push(p / 100);
  if (values[values.length - 1] !== max / 100) values.push(max / 100);
  return values;
}

/** How the control offers the scores: a row of buttons for a few, a list for more, a field otherwise. */
export function scoreControl(values: readonly number[] | null): 'buttons' | 'select' | 'input' {
  if (values === null) return 'input';
  return values.length <= 5 ? 'buttons' : 'select';
}

/** Whether a typed score is on the guidance: within 0..max and on the step (the bands' are listed). */
export function isAllowedScore(guide: ScoreGuide, points: number): boolean {
  const p = hundredths(points);
  if (Math.abs(points * 100 - p) > 1e-6 || p < 0 || p > hundredths(guide.maxPoints)) return false;
  const listed = allowedScores(guide);
  if (listed) return listed.some((value) => hundredths(value) === p);
  return p % hundredths(guide.scoreStep ?? 0.01) === 0;
}

/** Two scores are the same in hundredths (null only equals null). */
export function samePoints(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a == null || b == null) return a == null && b == null;
  return hundredths(a) === hundredths(b);
}
