import { pointsChange } from './figures';

/**
 * The one-minute summary (docs/leadership-summary.md): each headline figure of a year against the same
 * figure of the comparison year, read from the two years' roll-ups by the one function below.
 */

/** What a roll-up holds for the summary (the `DashboardSummaryRollup` query). */
export interface SummaryRollup {
  coverage: { inspected: number; ratio: number };
  compliance: { total: { ratio?: number | null } };
  findings: { total: { total: number; fixedOnTime: number; overdue: number } };
  tthc: { onlineShare?: number | null; publicPostalShare?: number | null };
  indexScores: readonly { index: string; totalScore: number; rank?: number | null; rankOf?: number | null }[];
}

export type SummaryKey =
  | 'COVERAGE'
  | 'COMPLIANCE'
  | 'FIXED_ON_TIME'
  | 'OVERDUE'
  | 'TTHC_ONLINE'
  | 'TTHC_POSTAL'
  | 'SIPAS'
  | 'PAR_INDEX'
  | 'SELF_ASSESSMENT';

/** A share (0–1) compares in percentage points, a count by difference, a score by points to 2 decimals. */
export type SummaryKind = 'SHARE' | 'COUNT' | 'SCORE';
export type Direction = 'UP' | 'DOWN' | 'SAME';

export interface SummaryFigure {
  key: SummaryKey;
  kind: SummaryKind;
  /** Which way is better: more coverage is good, more overdue findings is not. */
  better: 'UP' | 'DOWN';
  /** null: no data that year (no approved visit, an empty catalogue, no index published). */
  value: number | null;
  /** Xếp hạng of an index, when published, and of how many departments. */
  rank?: number | null;
  rankOf?: number | null;
}

export interface SummaryRow extends SummaryFigure {
  previous: number | null;
  previousRank?: number | null;
  previousRankOf?: number | null;
  /** In the unit shown (points for a share); null when either year has no data. */
  change: number | null;
  direction: Direction | null;
  /** Whether the change is an improvement; null when there is no change or nothing to compare. */
  good: boolean | null;
}

const share = (numerator: number, denominator: number) => (denominator > 0 ? numerator / denominator : null);

/** The summary's figures of one year's roll-up; `selfAssessmentTotal` when the year has a self-assessment. */
export function summaryFigures(rollup: SummaryRollup, selfAssessmentTotal: number | null = null): SummaryFigure[] {
  // A year without an approved visit has no inspection figures (not 0 %).
  const inspected = rollup.coverage.inspected > 0;
  const index = (key: 'SIPAS' | 'PAR_INDEX'): SummaryFigure => {
    const score = rollup.indexScores.find((s) => s.index === key);
    return {
      key,
      kind: 'SCORE',
      better: 'UP',
      value: score?.totalScore ?? null,
      rank: score?.rank ?? null,
      rankOf: score?.rankOf ?? null,
    };
  };
  const { total } = rollup.findings;
  return [
    { key: 'COVERAGE', kind: 'SHARE', better: 'UP', value: inspected ? rollup.coverage.ratio : null },
    { key: 'COMPLIANCE', kind: 'SHARE', better: 'UP', value: rollup.compliance.total.ratio ?? null },
    { key: 'FIXED_ON_TIME', kind: 'SHARE', better: 'UP', value: share(total.fixedOnTime, total.total) },
    { key: 'OVERDUE', kind: 'COUNT', better: 'DOWN', value: inspected ? total.overdue : null },
    { key: 'TTHC_ONLINE', kind: 'SHARE', better: 'UP', value: rollup.tthc.onlineShare ?? null },
    { key: 'TTHC_POSTAL', kind: 'SHARE', better: 'UP', value: rollup.tthc.publicPostalShare ?? null },
    index('SIPAS'),
    index('PAR_INDEX'),
    { key: 'SELF_ASSESSMENT', kind: 'SCORE', better: 'UP', value: selfAssessmentTotal },
  ];
}

/** The change as shown: points of a share to 1 decimal, a count exactly, a score to 2 decimals. */
export function figureChange(kind: SummaryKind, value: number | null, previous: number | null): number | null {
  if (value === null || previous === null) return null;
  if (kind === 'SHARE') return pointsChange(value, previous);
  if (kind === 'COUNT') return value - previous;
  return Math.round((value - previous) * 100) / 100;
}

export function direction(change: number | null): Direction | null {
  if (change === null) return null;
  return change > 0 ? 'UP' : change < 0 ? 'DOWN' : 'SAME';
}

/** One figure against the comparison year's: the change as shown, its direction and whether it is good. */
export function compareFigure(current: SummaryFigure, previous: SummaryFigure | undefined): SummaryRow {
  const before = previous?.value ?? null;
  const change = figureChange(current.kind, current.value, before);
  const moved = direction(change);
  return {
    ...current,
    previous: before,
    previousRank: previous?.rank ?? null,
    previousRankOf: previous?.rankOf ?? null,
    change,
    direction: moved,
    good: moved === null || moved === 'SAME' ? null : moved === current.better,
  };
}

/**
 * The summary's rows: every figure of the year against the comparison year; the self-assessment only when
 * the year has one.
 */
export function summaryRows(current: SummaryFigure[], previous: SummaryFigure[]): SummaryRow[] {
  return current
    .filter((figure) => figure.key !== 'SELF_ASSESSMENT' || figure.value !== null)
    .map((figure) =>
      compareFigure(
        figure,
        previous.find((p) => p.key === figure.key),
      ),
    );
}
