import { formatDate, formatNumber } from '../../../common/vietnamese.js';
import { assessmentTotals, type ScoreTotal, type TotalsCriterion, type TotalsScore } from '../assessment-totals.js';
import type { CriterionLevel } from '../criteria-set.entity.js';

/*
 * Biểu tự đánh giá, chấm điểm Chỉ số CCHC as rows, the same for the .xlsx and the .docx: every area,
 * criterion and component of the set in order, the points of each node summed by assessment-totals.ts
 * (the one rule for "not applicable" and for the appraisal's rounds), the evidence cited, the
 * explanation, the appraisal where there is one. Pure, so the table is table-tested.
 */

export interface TableCriterion extends TotalsCriterion {
  level: CriterionLevel;
}

export interface TableScore extends TotalsScore {
  explanation: string | null;
  notApplicableReason: string | null;
  overrideExplanation: string | null;
  appraisalComment1: string | null;
  appraisalComment2: string | null;
}

/** One tài liệu kiểm chứng as the table cites it. */
export interface EvidenceCitation {
  /** The record's own label (number, date, unit), for a record of the product; null for a file. */
  recordLabel: string | null;
  documentNumber: string | null;
  /** YYYY-MM-DD */
  documentDate: string | null;
  issuer: string | null;
  pointer: string | null;
  note: string | null;
}

export interface ScoringTableInput {
  criteria: readonly TableCriterion[];
  /** By criterion id. */
  scores: ReadonlyMap<string, TableScore>;
  /** By criterion id, in the order they were added. */
  evidence: ReadonlyMap<string, readonly EvidenceCitation[]>;
}

export type ScoringRowKind = CriterionLevel | 'TOTAL';

export interface ScoringRow {
  kind: ScoringRowKind;
  code: string;
  text: string;
  /** A leaf's maximum as the set states it; an area's or the total's after "not applicable". */
  maxPoints: number;
  /** Null for a leaf not scored yet or not applicable. */
  selfPoints: number | null;
  notApplicable: boolean;
  evidence: string[];
  explanation: string;
  /** First round (a node: the sum of its leaves' first round). */
  appraisal1: number | null;
  /** Second round of a leaf; of a node, its final appraised points (round 2 where given, else round 1). */
  appraisal2: number | null;
  comment: string;
}

export interface ScoringTable {
  rows: ScoringRow[];
  overall: ScoreTotal;
  /** Whether the appraisal columns are shown: some criterion has an appraised score or comment. */
  hasAppraisal: boolean;
  hasSecondRound: boolean;
}

export const NOT_APPLICABLE_TEXT = 'Không áp dụng';
export const NOT_SCORED_TEXT = 'Chưa chấm';
export const TOTAL_TEXT = 'TỔNG CỘNG';

/** "Số 25/BC-SNNMT ngày 10/12/2025 của Sở ... (trang 3, mục II.2)" or the record's label with its pointer. */
export function citationText(e: EvidenceCitation): string {
  let head = e.recordLabel;
  if (!head) {
    const number = e.documentNumber ? `Số ${e.documentNumber}` : '';
    const date = e.documentDate ? `ngày ${formatDate(e.documentDate)}` : '';
    const dated = [number, date].filter(Boolean).join(' ');
    const issued = e.issuer ? (dated ? `${dated} của ${e.issuer}` : e.issuer) : dated;
    head = issued || e.note || 'Tệp đính kèm';
  }
  return e.pointer ? `${head} (${e.pointer})` : head;
}

/** A points cell as printed in the .docx: "1,25", "Không áp dụng", "Chưa chấm" or nothing. */
export function pointsText(row: Pick<ScoringRow, 'kind' | 'selfPoints' | 'notApplicable'>): string {
  if (row.notApplicable) return NOT_APPLICABLE_TEXT;
  if (row.selfPoints === null) return row.kind === 'TOTAL' ? '' : NOT_SCORED_TEXT;
  return formatNumber(row.selfPoints);
}

const lines = (...texts: (string | null | undefined)[]) => texts.filter((t): t is string => Boolean(t?.trim()));

function leafExplanation(score: TableScore | undefined): string {
  if (!score) return '';
  return lines(
    score.notApplicable ? score.notApplicableReason : null,
    score.explanation,
    score.overrideExplanation ? `Khác điểm gợi ý: ${score.overrideExplanation}` : null,
  ).join('\n');
}

function leafComment(score: TableScore | undefined, twoRounds: boolean): string {
  if (!score) return '';
  if (!twoRounds) return lines(score.appraisalComment1).join('\n');
  return lines(
    score.appraisalComment1 ? `Vòng 1: ${score.appraisalComment1}` : null,
    score.appraisalComment2 ? `Vòng 2: ${score.appraisalComment2}` : null,
  ).join('\n');
}

/** The criteria under `root` (itself included), with `root` made an area so the totals sum its subtree. */
function subtree(criteria: readonly TableCriterion[], root: TableCriterion): TotalsCriterion[] {
  const inside = new Set([root.id]);
  const out: TotalsCriterion[] = [{ ...root, parentId: null }];
  for (const c of criteria) {
    if (c.parentId !== null && inside.has(c.parentId) && !inside.has(c.id)) {
      inside.add(c.id);
      out.push(c);
    }
  }
  return out;
}

/** The first round alone: each score with its second round taken away. */
function firstRound(scores: ReadonlyMap<string, TableScore>): Map<string, TotalsScore> {
  return new Map([...scores].map(([id, s]) => [id, { ...s, appraisalPoints2: null }]));
}

/** The table of an assessment: its criteria in the set's order (parents before children), then the total. */
export function scoringTable({ criteria, scores, evidence }: ScoringTableInput): ScoringTable {
  const all = [...scores.values()];
  const hasSecondRound = all.some((s) => s.appraisalPoints2 !== null || Boolean(s.appraisalComment2));
  const hasAppraisal = hasSecondRound || all.some((s) => s.appraisalPoints1 !== null || Boolean(s.appraisalComment1));
  const round1 = firstRound(scores);
  const rows: ScoringRow[] = criteria.map((c) => {
    const citations = (evidence.get(c.id) ?? []).map(citationText);
    if (c.isLeaf) {
      const score = scores.get(c.id);
      const notApplicable = score?.notApplicable ?? false;
      return {
        kind: c.level,
        code: c.code,
        text: c.text,
        maxPoints: c.maxPoints,
        selfPoints: notApplicable ? null : (score?.points ?? null),
        notApplicable,
        evidence: citations,
        explanation: leafExplanation(score),
        appraisal1: notApplicable ? null : (score?.appraisalPoints1 ?? null),
        appraisal2: notApplicable ? null : (score?.appraisalPoints2 ?? null),
        comment: leafComment(score, hasSecondRound),
      };
    }
    const tree = subtree(criteria, c);
    const node = assessmentTotals(tree, scores).areas[0];
    const first = assessmentTotals(tree, round1).areas[0];
    return {
      kind: c.level,
      code: c.code,
      text: c.text,
      maxPoints: node?.maxPoints ?? 0,
      selfPoints: node?.selfPoints ?? 0,
      notApplicable: false,
      evidence: citations,
      explanation: '',
      appraisal1: first?.appraisalPoints ?? null,
      appraisal2: hasSecondRound ? (node?.appraisalPoints ?? null) : null,
      comment: '',
    };
  });
  const overall = assessmentTotals(criteria, scores).overall;
  rows.push({
    kind: 'TOTAL',
    code: '',
    text: TOTAL_TEXT,
    maxPoints: overall.maxPoints,
    selfPoints: overall.selfPoints,
    notApplicable: false,
    evidence: [],
    explanation: '',
    appraisal1: assessmentTotals(criteria, round1).overall.appraisalPoints,
    appraisal2: hasSecondRound ? overall.appraisalPoints : null,
    comment: '',
  });
  return { rows, overall, hasAppraisal, hasSecondRound };
}

/** The lines under the table: the maximum after "not applicable", how the appraisal's rounds add up. */
export function tableNotes(table: ScoringTable): string[] {
  const { overall } = table;
  const notes: string[] = [];
  if (overall.notApplicableLeaves > 0) {
    const dropped = Math.round((overall.statedMaxPoints - overall.maxPoints) * 100) / 100;
    notes.push(
      `Điểm tối đa theo bộ tiêu chí: ${formatNumber(overall.statedMaxPoints)} điểm; ${String(overall.notApplicableLeaves).padStart(2, '0')} tiêu chí không áp dụng (${formatNumber(dropped)} điểm): điểm tối đa còn ${formatNumber(overall.maxPoints)} điểm.`,
    );
  }
  if (overall.scoredLeaves + overall.notApplicableLeaves < overall.leaves) {
    notes.push(
      `Còn ${overall.leaves - overall.scoredLeaves - overall.notApplicableLeaves}/${overall.leaves} tiêu chí chưa chấm điểm.`,
    );
  }
  if (table.hasSecondRound) {
    notes.push(
      'Điểm thẩm định vòng 2 của lĩnh vực, tiêu chí và tổng cộng là kết quả cuối cùng: điểm vòng 2 nếu có, không thì điểm vòng 1.',
    );
  }
  return notes;
}

/**
 * The day the table is dated, which picks the issuing agency (features/agency): the day it was
 * submitted to leadership; before that, today within the year, or the year's last day.
 */
export function tableDate(year: number, submittedOn: string | null, today: string): string {
  if (submittedOn) return submittedOn;
  return Number(today.slice(0, 4)) === year ? today : `${year}-12-31`;
}

export const tableTitle = (year: number) => `BIỂU TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${year}`;

/** Where the assessment stands, as the table's files say it. */
export const STATUS_TEXT = {
  DRAFT: 'Dự thảo (đang tự chấm điểm)',
  SUBMITTED: 'Đã trình lãnh đạo Sở, chờ duyệt',
  APPROVED: 'Lãnh đạo Sở đã duyệt, gửi Sở Nội vụ thẩm định',
  APPRAISAL: 'Đang thẩm định',
  FINAL: 'Đã có kết quả thẩm định',
} as const;

/** The evidence of a row as one cell: a single citation as it is, several numbered. */
export const evidenceCell = (evidence: readonly string[]) =>
  evidence.length === 1 ? (evidence[0] ?? '') : evidence.map((e, i) => `${i + 1}. ${e}`).join('\n');
