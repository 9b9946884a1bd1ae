import { formatNumber, formatPercent } from '../../../common/vietnamese.js';
import type { MeasuredRecord } from '../performance-measure.js';

/**
 * What a measure counted in a year, before it is written as a sentence: the suggestion puts its points
 * between the ratio and the note ("23/23 đơn vị được kiểm tra theo kế hoạch = 100% -> 1/1 điểm").
 */
export interface MeasureOutcome {
  numerator: number;
  denominator: number;
  /** What the ratio counts, written after "n/d": "đơn vị được kiểm tra theo kế hoạch". */
  counts: string;
  /** Said instead of a ratio when nothing was due (denominator 0). */
  nothingDue: string;
  /** Said after the ratio and its points (details, what was left out); null when nothing more. */
  note: string | null;
  records: MeasuredRecord[];
}

/**
 * The computation as the self-assessment shows it: "20/25 tồn tại khắc phục đúng hạn = 80%", with
 * " -> 0,5/1 điểm" when scored and "; <note>" after; the nothing-due sentence, with no ratio, when
 * nothing was due. Counts and percentages in the Vietnamese format (1.234; 87,91%).
 */
export function computationText(outcome: MeasureOutcome, pointsText: string | null = null): string {
  const { numerator, denominator, counts, nothingDue, note } = outcome;
  const percent = formatPercent(numerator, denominator);
  const ratio =
    percent === null
      ? nothingDue
      : `${formatNumber(numerator)}/${formatNumber(denominator)} ${counts} = ${percent}${pointsText ? ` -> ${pointsText}` : ''}`;
  return note ? `${ratio}; ${note}` : ratio;
}
