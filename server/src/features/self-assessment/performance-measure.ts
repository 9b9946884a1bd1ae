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
    // Lines of the year's inspection plans for units in the year's scope, due (month ended) or carried out:
    // carried out (an approved visit dated by 31 December) / due.
    'PLAN_INSPECTED',
    // Findings whose outcome is settled in the year, each once (closed on time: on the day it was closed;
    // otherwise: on its deadline, once passed): fixed by their deadline / settled.
    'FINDINGS_FIXED_ON_TIME',
    // Findings of the year's approved visits (the roll-up's): reported or closed by 31 December / all.
    'FINDINGS_FOLLOWED_UP',
    // Directive documents of a type (params, measures/measure-params.ts) of the year, or of the year and
    // the one before with a deadline in it: issued on or before the deadline / all of them.
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
  /**
   * Whether the record counts towards the numerator (e.g. a unit inspected), not only the denominator. The
   * basis a figure rests on (the inspection plan of PLAN_INSPECTED) is cited too, not counted.
   */
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
