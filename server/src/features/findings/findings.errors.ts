import { AppError, type ErrorCodeOf } from '../../common/app-error.js';
import { FINDING_STATUS_IN_SENTENCE } from '../../common/vietnamese.js';

const STATUS_VI: Record<string, string> = FINDING_STATUS_IN_SENTENCE;

export const FindingErrors = {
  notFound: () => new AppError('FINDING_NOT_FOUND', 'Không tìm thấy tồn tại, hạn chế, hoặc bạn không có quyền xem.'),
  unitNotFound: () =>
    new AppError('UNIT_NOT_FOUND', 'Không tìm thấy đơn vị chịu trách nhiệm đã chọn.', { field: 'responsibleUnitId' }),
  idTaken: () => new AppError('FINDING_ID_TAKEN', 'Mã tồn tại đã được dùng cho một bản ghi khác.'),
  fromFailedItem: () =>
    new AppError(
      'FINDING_FROM_FAILED_ITEM',
      'Tồn tại này sinh ra từ tiêu chí Không đạt: hãy sửa kết quả tiêu chí thay vì xóa.',
    ),
  notApprovedYet: () =>
    new AppError('FINDING_VISIT_NOT_APPROVED', 'Cuộc kiểm tra chưa được duyệt nên chưa thể báo cáo khắc phục.'),
  wrongStatus: (status: string, action: string) =>
    new AppError(
      'FINDING_WRONG_STATUS',
      `Tồn tại đang ở trạng thái "${STATUS_VI[status] ?? status}", không thể ${action}.`,
      {
        status,
      },
    ),
  notYourUnit: () => new AppError('FINDING_NOT_YOUR_UNIT', 'Tồn tại này không thuộc đơn vị của bạn.'),
  textRequired: () => new AppError('REMEDIATION_TEXT_REQUIRED', 'Vui lòng mô tả kết quả khắc phục.', { field: 'text' }),
  reasonRequired: () => new AppError('REOPEN_REASON_REQUIRED', 'Vui lòng ghi lý do mở lại.', { field: 'reason' }),
  fileNotFound: () =>
    new AppError('FILE_NOT_FOUND', 'Không tìm thấy ảnh đã tải lên. Hãy tải ảnh lên trước khi đính kèm.', {
      field: 'fileIds',
    }),
};

export type FindingErrorCode = ErrorCodeOf<typeof FindingErrors>;
