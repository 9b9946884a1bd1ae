import { formatNumber, formatPercent } from '../../../common/vietnamese.js';

/*
 * The scoring guidance of a PAR INDEX criterion as data (issue 17): "100%: 1 điểm; 80% đến dưới 100%:
 * 0,5 điểm; dưới 80%: 0" is [{ minPercent: 100, points: 1 }, { minPercent: 80, points: 0.5 }, { minPercent:
 * 0, points: 0 }] with a maximum of 1. A ratio is compared with the bands as an exact fraction, never as a
 * float: 20/25 is in the 80% band, and 19999/25000 (79,996%) is not, although both print as 80%.
 */

/** One band: from `minPercent` (included) up to the band above, `points` are given. */
export interface ScoreBand {
  minPercent: number;
  points: number;
}

/** The points a ratio earns and how, as the self-assessment shows it: "80% -> 0,5/1 điểm". */
export interface BandScore {
  points: number;
  /** The ratio as a Vietnamese percentage, e.g. "87,91%". */
  percentText: string;
  /** e.g. "0,5/1 điểm". */
  pointsText: string;
  /** e.g. "80% -> 0,5/1 điểm". */
  text: string;
}

/** A value in hundredths, when it has at most two decimals (the guidance's precision); null otherwise. */
function hundredths(value: number): number | null {
  if (!Number.isFinite(value)) return null;
  const scaled = Math.round(value * 100);
  return Math.abs(scaled - value * 100) < 1e-6 ? scaled : null;
}

/** "1/1 điểm", "0,5/1 điểm". */
export const pointsText = (points: number, maxPoints: number): string =>
  `${formatNumber(points)}/${formatNumber(maxPoints)} điểm`;

/**
 * The points `numerator / denominator` earns under `bands`: those of the highest band whose edge the ratio
 * reaches, compared exactly (numerator × 10 000 ≥ edge in hundredths × denominator); 0 below the lowest band
 * (bands need not start at 0). Null when nothing was due (denominator 0): there is nothing to score. The
 * bands are expected valid (bandsProblems); they are read highest edge first whatever their order.
 */
export function scoreByBands(
  numerator: number,
  denominator: number,
  bands: readonly ScoreBand[],
  maxPoints: number,
): BandScore | null {
  const percentText = formatPercent(numerator, denominator);
  if (percentText === null) return null;
  const sorted = [...bands].sort((a, b) => b.minPercent - a.minPercent);
  const reached = sorted.find((band) => numerator * 10_000 >= (hundredths(band.minPercent) ?? Infinity) * denominator);
  const points = reached?.points ?? 0;
  const text = pointsText(points, maxPoints);
  return { points, percentText, pointsText: text, text: `${percentText} -> ${text}` };
}

/**
 * What is wrong with a criterion's bands, one Vietnamese sentence each, in the order of the list (empty
 * when they are good): for the criteria import's preview, which names every bad row, and for scoring.
 * The bands go from the highest edge down, each edge from 0 to 100% with at most two decimals and used
 * once, each band's points from 0 to the criterion's maximum (two decimals at most) and never more than
 * the band above gives.
 */
export function bandsProblems(bands: readonly ScoreBand[], maxPoints: number): string[] {
  const problems: string[] = [];
  const max = hundredths(maxPoints);
  if (max === null || max <= 0) problems.push('Điểm tối đa của tiêu chí phải lớn hơn 0, tối đa 2 chữ số thập phân.');
  if (bands.length === 0) problems.push('Chưa có mức điểm nào.');
  bands.forEach((band, i) => {
    const name = `Mức ${i + 1}`;
    const edge = hundredths(band.minPercent);
    const points = hundredths(band.points);
    if (edge === null || edge < 0 || edge > 10_000) {
      problems.push(`${name}: tỷ lệ phải từ 0% đến 100%, tối đa 2 chữ số thập phân.`);
    }
    if (points === null || points < 0 || (max !== null && max > 0 && points > max)) {
      problems.push(
        `${name}: điểm phải từ 0 đến ${max !== null && max > 0 ? formatNumber(maxPoints) : 'điểm tối đa'}, tối đa 2 chữ số thập phân.`,
      );
    }
    if (edge === null) return;
    const same = bands.findIndex((other) => other.minPercent === band.minPercent);
    const above = bands[i - 1];
    if (same < i) {
      problems.push(`${name}: trùng tỷ lệ ${formatNumber(band.minPercent)}% với mức ${same + 1}.`);
    } else if (above && band.minPercent > above.minPercent) {
      problems.push(
        `${name}: các mức phải xếp từ tỷ lệ cao xuống thấp (mức trên là ${formatNumber(above.minPercent)}%).`,
      );
    } else if (above && band.points > above.points) {
      problems.push(`${name}: điểm không được cao hơn mức trên có tỷ lệ cao hơn.`);
    }
  });
  return problems;
}
