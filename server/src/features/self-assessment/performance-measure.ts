import { type EnumValue, graphqlEnum } from '../../common/graphql-enum.js';

/**
 * What the product can measure from its own records for a PAR INDEX criterion (issue 17). A criterion of
 * a criteria set names at most one measure; the suggestion for it is computed from the year's records
 * and scored by the criterion's own bands. The criteria themselves are data, never code: a measure only
 * says how to count, the points come from the province's set.
 */
export const PerformanceMeasure = graphqlEnum(
  { name: 'PerformanceMeasure', description: 'Chỉ số đo được từ dữ liệu của phần mềm cho một tiêu chí' },
  [
    // Plan lines of the year with an approved visit / plan lines of the year.
    'PLAN_INSPECTED',
    // Findings due in the year (deadline in the year, or fixed in it) fixed by their deadline / due.
    'FINDINGS_FIXED_ON_TIME',
    // Findings of the year's approved visits with a remediation recorded (any state past open) / all.
    'FINDINGS_FOLLOWED_UP',
    // The year's directive documents of a type (params) issued on or before a deadline (params).
    'DIRECTIVE_ISSUED_ON_TIME',
    // TTHC of the year: under một cửa or liên thông / all.
    'TTHC_ONE_STOP',
    // TTHC of the year offered online (toàn trình or một phần) / all.
    'TTHC_ONLINE',
    // TTHC of the year received and returned through the public postal service / all.
    'TTHC_POSTAL',
    // TTHC reviewed with processing time cut / all; the days cut are in the computation text.
    'TTHC_TIME_CUT',
  ],
);
export type PerformanceMeasure = EnumValue<typeof PerformanceMeasure>;

/** The kinds of this product's records a self-assessment can cite as evidence (tài liệu kiểm chứng). */
export const EvidenceRecordKind = graphqlEnum(
  { name: 'EvidenceRecordKind', description: 'Loại hồ sơ của phần mềm dùng làm tài liệu kiểm chứng' },
  ['DIRECTIVE_DOCUMENT', 'PLAN', 'VISIT', 'NOTICE', 'FINDING', 'PROCEDURE', 'INDEX_RESULT'],
);
export type EvidenceRecordKind = EnumValue<typeof EvidenceRecordKind>;

/** One record a measure counted, citable as evidence. */
export interface MeasuredRecord {
  kind: EvidenceRecordKind;
  id: string;
  /** What a person reads in the evidence list: number, date, unit. */
  label: string;
  /** Whether the record counts towards the numerator (e.g. a unit inspected), not only the denominator. */
  counted: boolean;
}

/** The outcome of a measure for a year: the ratio and how it was reached, in Vietnamese. */
export interface MeasureResult {
  measure: PerformanceMeasure;
  numerator: number;
  denominator: number;
  /** e.g. "23/23 đơn vị được kiểm tra theo kế hoạch = 100%"; says so when nothing was due. */
  computation: string;
  records: MeasuredRecord[];
}
