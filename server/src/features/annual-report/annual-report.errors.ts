import { REPORT_YEAR_RANGE } from '@kycuong/rules';
import { AppError, type ErrorCodeOf } from '../../common/app-error.js';

export const AnnualReportErrors = {
  yearInvalid: () =>
    new AppError('ANNUAL_REPORT_YEAR_INVALID', `Năm báo cáo phải trong khoảng ${REPORT_YEAR_RANGE}.`, {
      field: 'year',
    }),
  draftNotFound: (year: number) =>
    new AppError('ANNUAL_REPORT_DRAFT_NOT_FOUND', `Chưa có dự thảo báo cáo năm ${year}.`, { field: 'year' }),
  draftExists: (year: number) =>
    new AppError(
      'ANNUAL_REPORT_DRAFT_EXISTS',
      `Dự thảo báo cáo năm ${year} đã có nội dung: sửa dự thảo đó thay vì chép đè từ năm khác.`,
      { field: 'year' },
    ),
  sameYear: () =>
    new AppError('ANNUAL_REPORT_SAME_YEAR', 'Hãy chọn một năm khác để chép nội dung.', { field: 'fromYear' }),
  alreadyIssued: (year: number) =>
    new AppError(
      'ANNUAL_REPORT_ALREADY_ISSUED',
      `Báo cáo năm ${year} đã ban hành, không sửa được nội dung hay số, ngày ban hành.`,
    ),
  numberInvalid: () =>
    new AppError('ANNUAL_REPORT_NUMBER_INVALID', 'Số báo cáo phải là số nguyên dương, ví dụ 215.', {
      field: 'number',
    }),
  dateInvalid: (year: number) =>
    new AppError(
      'ANNUAL_REPORT_DATE_INVALID',
      `Ngày ban hành báo cáo năm ${year} phải trong năm ${year} hoặc năm ${year + 1}.`,
      { field: 'date' },
    ),
  textRequired: (field: string, label: string) =>
    new AppError('ANNUAL_REPORT_TEXT_REQUIRED', `Vui lòng nhập nội dung "${label}".`, { field }),
  versionConflict: () =>
    new AppError('ANNUAL_REPORT_VERSION_CONFLICT', 'Dự thảo vừa được người khác sửa. Hãy tải lại rồi sửa lại.'),
  noDepartment: () => new AppError('ANNUAL_REPORT_NO_DEPARTMENT', 'Chưa có cơ quan (đơn vị gốc) để lập báo cáo.'),
};

export type AnnualReportErrorCode = ErrorCodeOf<typeof AnnualReportErrors>;
