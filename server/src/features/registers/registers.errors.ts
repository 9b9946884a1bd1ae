import { REPORT_YEAR_RANGE } from '@kycuong/rules';
import { AppError, type ErrorCodeOf } from '../../common/app-error.js';
import { ASSESSMENT_INDEX_LABELS } from '../../common/vietnamese.js';
import { AssessmentIndex } from './index-result.entity.js';

export const RegisterErrors = {
  documentNumberInvalid: () =>
    new AppError(
      'DOCUMENT_NUMBER_INVALID',
      'Số, ký hiệu văn bản phải gồm số, dấu "/" rồi các nhóm chữ in hoa nối bằng dấu "-", ví dụ 80/KH-SNN.',
      { field: 'number' },
    ),
  documentNumberTaken: (number: string, year: number) =>
    new AppError('DOCUMENT_NUMBER_TAKEN', `Văn bản số ${number} năm ${year} đã có trong sổ.`, { field: 'number' }),
  documentIsConclusionNotice: () =>
    new AppError(
      'DOCUMENT_IS_CONCLUSION_NOTICE',
      'Văn bản này là thông báo kết luận của một cuộc kiểm tra: sửa ở màn hình cuộc kiểm tra; không xóa được.',
    ),
  documentSummaryRequired: () =>
    new AppError('DOCUMENT_SUMMARY_REQUIRED', 'Vui lòng nhập trích yếu văn bản.', { field: 'summary' }),
  documentNotFound: () => new AppError('DIRECTIVE_DOCUMENT_NOT_FOUND', 'Không tìm thấy văn bản chỉ đạo.'),
  issuingUnitNotFound: () =>
    new AppError('UNIT_NOT_FOUND', 'Không tìm thấy đơn vị ban hành đã chọn.', { field: 'issuingUnitId' }),

  procedureNotFound: () => new AppError('TTHC_NOT_FOUND', 'Không tìm thấy thủ tục hành chính.'),
  procedureCodeTaken: (code: string, year: number) =>
    new AppError('TTHC_CODE_TAKEN', `Mã TTHC "${code}" đã có trong danh mục năm ${year}.`, { field: 'code' }),
  procedureCodeRequired: () => new AppError('TTHC_CODE_REQUIRED', 'Vui lòng nhập mã TTHC.', { field: 'code' }),
  procedureNameRequired: () =>
    new AppError('TTHC_NAME_REQUIRED', 'Vui lòng nhập tên thủ tục hành chính.', { field: 'name' }),
  legalDaysRequired: () =>
    new AppError(
      'TTHC_LEGAL_DAYS_REQUIRED',
      'Hãy nhập thời hạn giải quyết theo quy định trước khi nhập số ngày cắt giảm.',
      { field: 'legalDays' },
    ),
  daysCutTooMany: () =>
    new AppError('TTHC_DAYS_CUT_TOO_MANY', 'Số ngày cắt giảm không được lớn hơn thời hạn giải quyết theo quy định.', {
      field: 'daysCut',
    }),

  indexResultNotFound: () => new AppError('INDEX_RESULT_NOT_FOUND', 'Không tìm thấy kết quả chỉ số.'),
  indexResultTaken: (index: AssessmentIndex, year: number) =>
    new AppError('INDEX_RESULT_TAKEN', `Kết quả ${ASSESSMENT_INDEX_LABELS[index]} năm ${year} đã được nhập.`, {
      field: 'index',
    }),
  componentOverMax: (name: string) =>
    new AppError('INDEX_COMPONENT_OVER_MAX', `Điểm thành phần "${name}" lớn hơn điểm tối đa.`, {
      field: 'components',
    }),
  rankOverCount: (rank: number, rankOf: number) =>
    new AppError('INDEX_RANK_OVER_COUNT', `Xếp hạng ${rank} lớn hơn số sở, ngành được xếp hạng (${rankOf}).`, {
      field: 'rank',
    }),
  componentNameRequired: () =>
    new AppError('INDEX_COMPONENT_NAME_REQUIRED', 'Vui lòng nhập tên của mọi điểm thành phần.', {
      field: 'components',
    }),

  /** A file with bad rows, or not a register file at all (`bad` 0: the first row's message says why). */
  importInvalid: (bad: number, rows: { row: number; message: string }[]) =>
    new AppError(
      'REGISTER_IMPORT_INVALID',
      bad > 0
        ? `Tệp có ${bad} dòng chưa đúng; chưa có gì được lưu.`
        : `${rows[0]?.message ?? 'Tệp chưa đúng mẫu.'} Chưa có gì được lưu.`,
      { rows },
    ),
  registerNotFound: () => new AppError('REGISTER_NOT_FOUND', 'Không có sổ này.'),
  yearInvalid: () => new AppError('REGISTER_YEAR_INVALID', `Năm phải trong khoảng ${REPORT_YEAR_RANGE}.`),

  versionConflict: () =>
    new AppError('REGISTER_VERSION_CONFLICT', 'Bản ghi vừa được người khác sửa. Hãy tải lại rồi sửa lại.'),
};

export type RegisterErrorCode = ErrorCodeOf<typeof RegisterErrors>;
