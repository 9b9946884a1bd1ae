import { AppError, type ErrorCodeOf } from '../../common/app-error.js';
import { VISIT_STATUS_IN_SENTENCE } from '../../common/vietnamese.js';
import type { VisitProblem } from './visit-completeness.js';
import type { VisitDateProblem } from './visit-date.js';

const STATUS_VI: Record<string, string> = VISIT_STATUS_IN_SENTENCE;

export const VisitErrors = {
  notFound: () => new AppError('VISIT_NOT_FOUND', 'Không tìm thấy cuộc kiểm tra, hoặc bạn không có quyền xem.'),
  notTeamMember: () => new AppError('VISIT_NOT_YOUR_TEAM', 'Bạn không thuộc đoàn kiểm tra của cuộc kiểm tra này.'),
  notEditable: (status: string) =>
    new AppError('VISIT_NOT_EDITABLE', `Cuộc kiểm tra ${STATUS_VI[status] ?? status}: không thể sửa kết quả nữa.`, {
      status,
    }),
  /** The phone's clock gave a date the visit cannot have (visit-date.ts). */
  dateImpossible: (problem: VisitDateProblem) => new AppError(problem.code, problem.message, { field: 'startedAt' }),
  alreadyStarted: () => new AppError('VISIT_ALREADY_STARTED', 'Cuộc kiểm tra đã được bắt đầu.'),
  notSubmitted: (status: string) =>
    new AppError('VISIT_NOT_SUBMITTED', `Cuộc kiểm tra ${STATUS_VI[status] ?? status}, không ở trạng thái chờ duyệt.`, {
      status,
    }),
  notApproved: () => new AppError('VISIT_NOT_APPROVED', 'Chỉ điều chỉnh (có lý do) được cuộc kiểm tra đã duyệt.'),
  incomplete: (problems: VisitProblem[]) =>
    new AppError(
      'VISIT_INCOMPLETE',
      `Chưa thể gửi: còn ${problems.length} mục chưa hoàn thành. ${problems
        .slice(0, 5)
        .map((p) => p.message)
        .join(' ')}`,
      { problems },
    ),
  itemNotInVisit: () =>
    new AppError('ITEM_NOT_IN_VISIT', 'Tiêu chí không thuộc bộ tiêu chí của cuộc kiểm tra này.', { field: 'itemId' }),
  answerInvalid: (message: string) => new AppError('ANSWER_INVALID', message),
  returnCommentRequired: () =>
    new AppError('RETURN_COMMENT_REQUIRED', 'Vui lòng ghi ý kiến khi trả lại cuộc kiểm tra.', { field: 'comment' }),
  reasonRequired: () => new AppError('REVISION_REASON_REQUIRED', 'Vui lòng ghi lý do điều chỉnh.', { field: 'reason' }),
  fileNotFound: () =>
    new AppError('FILE_NOT_FOUND', 'Không tìm thấy ảnh đã tải lên. Hãy tải ảnh lên trước khi đính kèm.', {
      field: 'fileId',
    }),
  attachmentNotFound: () => new AppError('ATTACHMENT_NOT_FOUND', 'Không tìm thấy ảnh đính kèm.'),
  attachmentIdTaken: () => new AppError('ATTACHMENT_ID_TAKEN', 'Mã ảnh đính kèm đã được dùng cho một bản ghi khác.'),
  noSecretary: () =>
    new AppError('SIGNATURE_NO_SECRETARY', 'Đoàn kiểm tra không có thư ký: không có chữ ký thư ký trên biên bản.', {
      field: 'kind',
    }),
};

export type VisitErrorCode = ErrorCodeOf<typeof VisitErrors>;
