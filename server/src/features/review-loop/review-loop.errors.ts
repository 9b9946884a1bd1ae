import { AppError, type ErrorCodeOf } from '../../common/app-error.js';

export const ReviewLoopErrors = {
  commentNotFound: () =>
    new AppError('REVIEW_COMMENT_NOT_FOUND', 'Không tìm thấy ý kiến của người duyệt, hoặc bạn không có quyền xem.'),
  replyRequired: () => new AppError('REVIEW_REPLY_REQUIRED', 'Vui lòng ghi nội dung trả lời.', { field: 'text' }),
  visitNotReturned: () =>
    new AppError(
      'REVIEW_REPLY_VISIT_NOT_RETURNED',
      'Cuộc kiểm tra không còn ở trạng thái bị trả lại: không thể trả lời ý kiến của người duyệt nữa.',
    ),
  replyIdTaken: () => new AppError('REVIEW_REPLY_ID_TAKEN', 'Mã của câu trả lời đã được dùng cho một bản ghi khác.'),
};

export type ReviewLoopErrorCode = ErrorCodeOf<typeof ReviewLoopErrors>;
