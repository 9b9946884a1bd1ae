import { REPORT_YEAR_RANGE } from '@kycuong/rules';
import { AppError, type ErrorCodeOf } from '../../common/app-error.js';
import { formatNumber } from '../../common/vietnamese.js';

const n = formatNumber;

/** The criteria sets: their tree's rules and their import from Excel. Each names the criterion's code. */
export const CriteriaErrors = {
  codeMissing: () => new AppError('CRITERIA_CODE_MISSING', 'Dòng chưa có mã tiêu chí.'),
  codeInvalid: (code: string) =>
    new AppError(
      'CRITERIA_CODE_INVALID',
      `Mã "${code}" không hợp lệ: mã gồm các số cách nhau bởi dấu chấm, ví dụ 1, 1.1, 1.1.2.`,
      { code },
    ),
  duplicateCode: (code: string) =>
    new AppError('CRITERIA_DUPLICATE_CODE', `Mã ${code} bị trùng: mỗi tiêu chí một mã.`, { code }),
  parentMissing: (code: string, parentCode: string) =>
    new AppError('CRITERIA_PARENT_MISSING', `Tiêu chí ${code} không có tiêu chí cấp trên ${parentCode} trong bộ.`, {
      code,
    }),
  codeNotUnderParent: (code: string, parentCode: string) =>
    new AppError(
      'CRITERIA_CODE_NOT_UNDER_PARENT',
      `Mã ${code} phải bắt đầu bằng mã của tiêu chí cấp trên (${parentCode}.).`,
      { code },
    ),
  tooDeep: (code: string) =>
    new AppError(
      'CRITERIA_TOO_DEEP',
      `Tiêu chí ${code} quá sâu: bộ tiêu chí chỉ có lĩnh vực, tiêu chí và tiêu chí thành phần.`,
      { code },
    ),
  textMissing: (code: string) => new AppError('CRITERIA_TEXT_MISSING', `Tiêu chí ${code} chưa có nội dung.`, { code }),
  numberInvalid: (code: string, column: string, text: string) =>
    new AppError(
      'CRITERIA_NUMBER_INVALID',
      `Tiêu chí ${code}: "${text}" ở cột "${column}" không phải là số không âm, tối đa hai chữ số thập phân.`,
      { code },
    ),
  pointsMismatch: (code: string, max: number, childrenSum: number) =>
    new AppError(
      'CRITERIA_POINTS_MISMATCH',
      `Tiêu chí ${code} có điểm tối đa ${n(max)} nhưng các tiêu chí con cộng lại ${n(childrenSum)}.`,
      { code },
    ),
  totalMismatch: (total: number, sum: number) =>
    new AppError(
      'CRITERIA_TOTAL_MISMATCH',
      `Tổng điểm các lĩnh vực là ${n(sum)}, không bằng tổng điểm của bộ tiêu chí (${n(total)}).`,
    ),
  bandsInvalid: (code: string, reason: string) =>
    new AppError('CRITERIA_BANDS_INVALID', `Thang điểm của tiêu chí ${code} không hợp lệ: ${reason}`, { code }),
  stepInvalid: (code: string) =>
    new AppError(
      'CRITERIA_STEP_INVALID',
      `Bước điểm của tiêu chí ${code} phải lớn hơn 0 và không lớn hơn điểm tối đa, điểm tối đa phải chia hết cho bước.`,
      { code },
    ),
  measureUnknown: (code: string, text: string) =>
    new AppError('CRITERIA_MEASURE_UNKNOWN', `Tiêu chí ${code}: không có chỉ số đo "${text}".`, { code }),
  measureOnParent: (code: string) =>
    new AppError(
      'CRITERIA_MEASURE_ON_PARENT',
      `Tiêu chí ${code} có tiêu chí con: chỉ tiêu chí được chấm điểm trực tiếp mới gắn chỉ số đo, thang điểm và bước điểm.`,
      { code },
    ),
  measureParamsInvalid: (code: string, reason: string) =>
    new AppError('CRITERIA_MEASURE_PARAMS_INVALID', `Tham số chỉ số của tiêu chí ${code} không hợp lệ: ${reason}`, {
      code,
    }),
  setEmpty: () => new AppError('CRITERIA_SET_EMPTY', 'Tệp không có tiêu chí nào.'),
  setDetailsInvalid: (reason: string) =>
    new AppError('CRITERIA_SET_DETAILS_INVALID', `Thông tin ban hành bộ tiêu chí chưa đúng: ${reason}`),
  importInvalid: (bad: number, problems: { row: number; criterion: string | null; code: string; message: string }[]) =>
    new AppError(
      'CRITERIA_IMPORT_INVALID',
      bad > 0
        ? `Tệp có ${bad} dòng chưa đúng; chưa có gì được lưu.`
        : `${problems[0]?.message ?? 'Tệp chưa đúng mẫu.'} Chưa có gì được lưu.`,
      { problems },
    ),
  setNotFound: () => new AppError('CRITERIA_SET_NOT_FOUND', 'Chưa có bộ tiêu chí chấm điểm cho năm này.'),
  yearInvalid: () => new AppError('SELF_ASSESSMENT_YEAR_INVALID', `Năm phải trong khoảng ${REPORT_YEAR_RANGE}.`),
};

export type CriteriaErrorCode = ErrorCodeOf<typeof CriteriaErrors>;

/** The self-assessment: scores, evidence, workflow and appraisal. */
export const SelfAssessmentErrors = {
  notFound: () => new AppError('SELF_ASSESSMENT_NOT_FOUND', 'Không tìm thấy bản tự đánh giá, chấm điểm.'),
  exists: (year: number) =>
    new AppError('SELF_ASSESSMENT_EXISTS', `Bản tự đánh giá, chấm điểm năm ${year} đã được lập.`),
  locked: () =>
    new AppError(
      'SELF_ASSESSMENT_LOCKED',
      'Bản tự đánh giá đã trình lãnh đạo: không sửa được nữa. Chỉ sửa được khi lãnh đạo trả lại.',
    ),
  wrongStatus: (expected: string) =>
    new AppError('SELF_ASSESSMENT_WRONG_STATUS', `Thao tác này chỉ làm được khi bản tự đánh giá ${expected}.`),
  incomplete: (codes: string[]) =>
    new AppError(
      'SELF_ASSESSMENT_INCOMPLETE',
      `Còn ${codes.length} tiêu chí chưa chấm hoặc cần chấm lại: ${codes.slice(0, 10).join(', ')}${codes.length > 10 ? '...' : ''}.`,
      { codes },
    ),
  appraisalIncomplete: (codes: string[]) =>
    new AppError(
      'SELF_ASSESSMENT_APPRAISAL_INCOMPLETE',
      `Còn ${codes.length} tiêu chí chưa có điểm thẩm định: ${codes.slice(0, 10).join(', ')}${codes.length > 10 ? '...' : ''}.`,
      { codes },
    ),
  noSuggestion: (code: string) =>
    new AppError(
      'SUGGESTION_UNAVAILABLE',
      `Tiêu chí ${code} không có điểm gợi ý từ dữ liệu của năm (không có chỉ số, hoặc chưa có gì đến hạn để tính): hãy tự chấm điểm.`,
      { field: 'criterionId' },
    ),
  returnCommentRequired: () =>
    new AppError('SELF_ASSESSMENT_RETURN_COMMENT_REQUIRED', 'Vui lòng ghi ý kiến khi trả lại bản tự đánh giá.', {
      field: 'comment',
    }),
  reissueLocked: (year: number) =>
    new AppError(
      'SELF_ASSESSMENT_REISSUE_LOCKED',
      `Bản tự đánh giá năm ${year} đã trình: không chuyển sang bộ tiêu chí ban hành lại được. Bộ tiêu chí chưa được lưu.`,
    ),
  versionConflict: () =>
    new AppError('SELF_ASSESSMENT_VERSION_CONFLICT', 'Điểm vừa được người khác sửa. Hãy tải lại rồi sửa lại.'),
  criterionNotFound: () =>
    new AppError('CRITERION_NOT_FOUND', 'Không tìm thấy tiêu chí trong bộ tiêu chí của bản tự đánh giá.', {
      field: 'criterionId',
    }),
  criterionNotScored: (code: string) =>
    new AppError(
      'CRITERION_NOT_SCORED_DIRECTLY',
      `Tiêu chí ${code} có tiêu chí con: hãy chấm điểm từng tiêu chí thành phần.`,
      { field: 'criterionId' },
    ),
  scoreNegative: (code: string) =>
    new AppError('SCORE_NEGATIVE', `Điểm của tiêu chí ${code} không được âm.`, { field: 'points' }),
  scoreAboveMax: (code: string, max: number) =>
    new AppError('SCORE_ABOVE_MAX', `Điểm của tiêu chí ${code} không được lớn hơn điểm tối đa ${n(max)}.`, {
      field: 'points',
    }),
  scoreBetweenSteps: (code: string, step: number) =>
    new AppError('SCORE_BETWEEN_STEPS', `Điểm của tiêu chí ${code} phải là bội số của ${n(step)}.`, {
      field: 'points',
    }),
  scoreNotABand: (code: string, allowed: number[]) =>
    new AppError('SCORE_NOT_A_BAND', `Tiêu chí ${code} chỉ chấm theo thang điểm: ${allowed.map(n).join('; ')}.`, {
      field: 'points',
    }),
  scoreWithNotApplicable: () =>
    new AppError('SCORE_WITH_NOT_APPLICABLE', 'Tiêu chí không áp dụng thì không chấm điểm.', { field: 'points' }),
  notApplicableReasonRequired: () =>
    new AppError('NOT_APPLICABLE_REASON_REQUIRED', 'Vui lòng ghi lý do tiêu chí không áp dụng.', {
      field: 'notApplicableReason',
    }),
  overrideExplanationRequired: (suggested: number) =>
    new AppError(
      'SCORE_OVERRIDE_EXPLANATION_REQUIRED',
      `Điểm khác điểm gợi ý từ dữ liệu (${n(suggested)}): vui lòng giải trình vì sao.`,
      { field: 'overrideExplanation' },
    ),
  evidenceSourceInvalid: () =>
    new AppError(
      'EVIDENCE_SOURCE_INVALID',
      'Tài liệu kiểm chứng là một hồ sơ của phần mềm (loại và mã) hoặc một tệp đã tải lên, không phải cả hai.',
    ),
  evidenceRecordNotFound: () =>
    new AppError('EVIDENCE_RECORD_NOT_FOUND', 'Không tìm thấy hồ sơ đã chọn làm tài liệu kiểm chứng.', {
      field: 'recordId',
    }),
  evidenceOtherYear: (year: number, recordYears: number[]) =>
    new AppError(
      'EVIDENCE_OTHER_YEAR',
      `Hồ sơ này thuộc năm ${recordYears.join(', ')}, không phải năm ${year} của bản tự đánh giá.`,
      { field: 'recordId' },
    ),
  evidenceFileNotFound: () =>
    new AppError('EVIDENCE_FILE_NOT_FOUND', 'Không tìm thấy tệp đã tải lên (hoặc tệp không phải của bạn).', {
      field: 'fileId',
    }),
  evidenceNotFound: () => new AppError('EVIDENCE_NOT_FOUND', 'Không tìm thấy tài liệu kiểm chứng.'),
  appraisalImportInvalid: (bad: number, problems: { row: number; code: string; message: string }[]) =>
    new AppError(
      'APPRAISAL_IMPORT_INVALID',
      bad > 0
        ? `Tệp có ${bad} dòng chưa đúng; chưa có gì được lưu.`
        : `${problems[0]?.message ?? 'Tệp chưa đúng mẫu.'} Chưa có gì được lưu.`,
      { problems },
    ),
  appraisalCodeUnknown: (code: string) =>
    new AppError('APPRAISAL_CODE_UNKNOWN', `Không có tiêu chí được chấm điểm mã "${code}" trong bộ tiêu chí.`),
  appraisalScoreInvalid: (code: string, text: string) =>
    new AppError('APPRAISAL_SCORE_INVALID', `Tiêu chí ${code}: "${text}" không phải là điểm.`),
};

export type SelfAssessmentErrorCode = ErrorCodeOf<typeof SelfAssessmentErrors>;
