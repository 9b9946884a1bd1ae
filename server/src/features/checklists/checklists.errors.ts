import { AppError, type ErrorCodeOf } from '../../common/app-error.js';
import type { RowProblem } from './checklist-xlsx.js';

export const ChecklistErrors = {
  templateNotFound: () => new AppError('CHECKLIST_NOT_FOUND', 'Không tìm thấy bộ tiêu chí.'),
  versionNotFound: () => new AppError('CHECKLIST_VERSION_NOT_FOUND', 'Không tìm thấy phiên bản bộ tiêu chí.'),
  codeTaken: (code: string) =>
    new AppError('CHECKLIST_CODE_TAKEN', `Mã bộ tiêu chí "${code}" đã được dùng.`, { field: 'code' }),
  noDraft: () => new AppError('CHECKLIST_NO_DRAFT', 'Bộ tiêu chí không có bản nháp để ban hành.'),
  emptyDraft: () =>
    new AppError('CHECKLIST_EMPTY', 'Bản nháp phải có ít nhất một nhóm và một tiêu chí mới ban hành được.'),
  duplicateCode: (code: string) =>
    new AppError('CHECKLIST_DUPLICATE_CODE', `Mã "${code}" bị trùng trong bộ tiêu chí.`, { code }),
  badBounds: (code: string) =>
    new AppError('CHECKLIST_BAD_BOUNDS', `Tiêu chí ${code}: giá trị nhỏ nhất lớn hơn giá trị lớn nhất.`, { code }),
  noPublishedVersion: () => new AppError('CHECKLIST_NOT_PUBLISHED', 'Bộ tiêu chí chưa có phiên bản nào được ban hành.'),
  importInvalid: (rows: RowProblem[]) =>
    new AppError('CHECKLIST_IMPORT_INVALID', `Tệp có ${rows.length} dòng chưa đúng; chưa có gì được lưu.`, { rows }),
};

export type ChecklistErrorCode = ErrorCodeOf<typeof ChecklistErrors>;
