import { formatNumber } from '../../common/vietnamese.js';
import { hundredths, type ScoringGuide, scoreProblem } from './criteria-rules.js';

/*
 * What becomes of an assessment's scores when the province re-issues the year's criteria set (pure):
 * a score moves to the new criterion of the same code when the criterion is unchanged (same text, same
 * maximum) and its points still fit the new guidance; it moves but is flagged for review when the
 * criterion changed (its old points kept visible, not counted); it stays behind on the old revision,
 * in the history, when the new set has no scored criterion of that code.
 */

export interface ScoredLeaf {
  scoreId: string;
  code: string;
  text: string;
  maxPoints: number;
  points: number | null;
  notApplicable: boolean;
}

export interface NewLeaf extends ScoringGuide {
  text: string;
}

export type CarryOver =
  | { scoreId: string; outcome: 'KEPT'; code: string }
  | { scoreId: string; outcome: 'CHANGED'; code: string; note: string }
  | { scoreId: string; outcome: 'RETIRED'; code: string };

/** Text compared as a reader sees it: Unicode-normalised, whitespace folded. */
const sameText = (a: string, b: string) =>
  a.normalize('NFC').replace(/\s+/g, ' ').trim() === b.normalize('NFC').replace(/\s+/g, ' ').trim();

export function planCarryOver(scored: readonly ScoredLeaf[], newLeaves: readonly NewLeaf[]): CarryOver[] {
  const byCode = new Map(newLeaves.map((leaf) => [leaf.code, leaf]));
  return scored.map((old): CarryOver => {
    const leaf = byCode.get(old.code);
    if (!leaf) return { scoreId: old.scoreId, outcome: 'RETIRED', code: old.code };
    const changes: string[] = [];
    if (!sameText(old.text, leaf.text)) changes.push('nội dung tiêu chí đã thay đổi');
    if (hundredths(old.maxPoints) !== hundredths(leaf.maxPoints))
      changes.push(`điểm tối đa đổi từ ${formatNumber(old.maxPoints)} thành ${formatNumber(leaf.maxPoints)}`);
    if (changes.length === 0 && old.points !== null && scoreProblem(leaf, old.points))
      changes.push(`điểm ${formatNumber(old.points)} không còn đúng thang điểm, bước điểm mới`);
    if (changes.length === 0) return { scoreId: old.scoreId, outcome: 'KEPT', code: old.code };
    const sentence = changes.join('; ');
    return {
      scoreId: old.scoreId,
      outcome: 'CHANGED',
      code: old.code,
      note: `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}: cần chấm lại.`,
    };
  });
}
