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
  /** A Không đạt answer whose finding does not say what was found; `problems`: the rest of a refused submission. */
  foundTextRequired: (itemCodes: string[], problems: unknown[] = []) =>
    new AppError(
      'FINDING_FOUND_TEXT_REQUIRED',
      `Tiêu chí ${itemCodes.join(', ')} không đạt: vui lòng ghi thực trạng phát hiện (không chép lại yêu cầu của tiêu chí).`,
      { field: 'foundText', itemCodes, problems },
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
  rejectionReasonRequired: () =>
    new AppError('REMEDIATION_REJECTION_REASON_REQUIRED', 'Vui lòng ghi lý do không chấp nhận báo cáo khắc phục.', {
      field: 'reason',
    }),
  closeReasonRequired: () =>
    new AppError(
      'FINDING_CLOSE_REASON_REQUIRED',
      'Đơn vị chưa báo cáo khắc phục: vui lòng ghi lý do đóng tồn tại không cần báo cáo.',
      { field: 'reason' },
    ),
  extensionReasonRequired: () =>
    new AppError('DEADLINE_EXTENSION_REASON_REQUIRED', 'Vui lòng ghi lý do gia hạn.', { field: 'reason' }),
  deadlineBeforeVisit: (visitDate: string) =>
    new AppError('FINDING_DEADLINE_BEFORE_VISIT', 'Hạn khắc phục mới không được trước ngày kiểm tra.', {
      field: 'newDeadline',
      visitDate,
    }),
  deadlineInPast: () =>
    new AppError('FINDING_DEADLINE_IN_PAST', 'Hạn khắc phục mới không được trước ngày hôm nay.', {
      field: 'newDeadline',
    }),
  deadlineUnchanged: () =>
    new AppError('FINDING_DEADLINE_UNCHANGED', 'Hạn khắc phục mới trùng với hạn hiện tại.', { field: 'newDeadline' }),
  fileNotFound: () =>
    new AppError('FILE_NOT_FOUND', 'Không tìm thấy ảnh đã tải lên. Hãy tải ảnh lên trước khi đính kèm.', {
      field: 'fileIds',
    }),
};

export type FindingErrorCode = ErrorCodeOf<typeof FindingErrors>;
