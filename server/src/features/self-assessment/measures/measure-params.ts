import { DOCUMENT_TYPE_LABELS } from '../../../common/vietnamese.js';
import { DirectiveDocumentType } from '../../registers/directive-document.entity.js';
import { PerformanceMeasure } from '../performance-measure.js';
import { MeasureErrors } from './measures.errors.js';

/**
 * The parameters of DIRECTIVE_ISSUED_ON_TIME, as a criterion of a criteria set stores them (JSON).
 * `deadline` is a day of the year without the year: "MM-DD" in the assessed year ("01-31": by 31 January),
 * "-MM-DD" in the year before it ("-12-15": the year's plan by 15 December of the previous year). A
 * previous-year deadline needs `titleContains`: documents of both years are read, and only their summary
 * (trích yếu) tells which year's plan a document is.
 */
export interface DirectiveOnTimeParams {
  documentType: DirectiveDocumentType;
  deadline: string;
  /** Words the summary must contain (case and Unicode form aside), e.g. "cải cách hành chính năm 2026". */
  titleContains?: string;
}

const DEADLINE = /^(-?)(\d{2})-(\d{2})$/;
const DIRECTIVE_KEYS = ['documentType', 'deadline', 'titleContains'];
export const TITLE_CONTAINS_MAX = 200;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A month and day every year has (29 February is refused: most years lack it). */
function isDayOfEveryYear(month: number, day: number): boolean {
  const date = new Date(Date.UTC(2001, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function directiveProblem(params: unknown): string | null {
  if (!isPlainObject(params)) return 'cần loại văn bản (documentType) và hạn ban hành (deadline).';
  const unknown = Object.keys(params).filter((key) => !DIRECTIVE_KEYS.includes(key));
  if (unknown.length) return `không có tham số ${unknown.join(', ')}.`;
  const { documentType, deadline, titleContains } = params;
  if (typeof documentType !== 'string' || !Object.hasOwn(DirectiveDocumentType, documentType)) {
    const types = Object.entries(DOCUMENT_TYPE_LABELS).map(([value, label]) => `${value} (${label})`);
    return `loại văn bản (documentType) phải là một trong: ${types.join(', ')}.`;
  }
  const match = typeof deadline === 'string' ? DEADLINE.exec(deadline) : null;
  if (!match || !isDayOfEveryYear(Number(match[2]), Number(match[3]))) {
    return 'hạn ban hành (deadline) phải có dạng MM-DD (trong năm đánh giá) hoặc -MM-DD (trong năm trước), ví dụ 01-31 hoặc -12-15.';
  }
  if (titleContains !== undefined) {
    if (typeof titleContains !== 'string' || !titleContains.trim()) {
      return 'cụm từ trong trích yếu (titleContains) không được để trống.';
    }
    if (titleContains.trim().length > TITLE_CONTAINS_MAX) {
      return `cụm từ trong trích yếu (titleContains) dài quá ${TITLE_CONTAINS_MAX} ký tự.`;
    }
  } else if (match[1] === '-') {
    return 'hạn ban hành trong năm trước cần cụm từ trong trích yếu (titleContains) để nhận ra văn bản của năm đánh giá.';
  }
  return null;
}

/**
 * What is wrong with a criterion's measure parameters, as a Vietnamese clause, or null: only
 * DIRECTIVE_ISSUED_ON_TIME takes parameters (DirectiveOnTimeParams); the others take none (null or {}).
 * For the criteria import's preview as much as for computing.
 */
export function measureParamsProblem(measure: PerformanceMeasure, params: unknown): string | null {
  if (!Object.hasOwn(PerformanceMeasure, measure)) return `không có chỉ số đo ${String(measure)}.`;
  if (measure === PerformanceMeasure.DIRECTIVE_ISSUED_ON_TIME) return directiveProblem(params);
  const none = params === null || params === undefined || (isPlainObject(params) && Object.keys(params).length === 0);
  return none ? null : 'chỉ số này không có tham số.';
}

/** The parameters of DIRECTIVE_ISSUED_ON_TIME, checked (MEASURE_PARAMS_INVALID), the title trimmed. */
export function directiveOnTimeParams(params: unknown): DirectiveOnTimeParams {
  const problem = measureParamsProblem(PerformanceMeasure.DIRECTIVE_ISSUED_ON_TIME, params);
  if (problem) throw MeasureErrors.paramsInvalid(problem);
  const { documentType, deadline, titleContains } = params as DirectiveOnTimeParams;
  return { documentType, deadline, ...(titleContains === undefined ? {} : { titleContains: titleContains.trim() }) };
}

/** The day a "MM-DD" / "-MM-DD" deadline falls on for the assessed `year` (YYYY-MM-DD). */
export function deadlineDay(deadline: string, year: number): string {
  const previousYear = deadline.startsWith('-');
  return `${previousYear ? year - 1 : year}-${previousYear ? deadline.slice(1) : deadline}`;
}
