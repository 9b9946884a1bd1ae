import { AppError, type ErrorCodeOf } from '../../common/app-error.js';

export const ReviewLoopErrors = {
  commentNotFound: () =>
    new AppError('REVIEW_COMMENT_NOT_FOUND', 'Không tìm thấy ý kiến của người duyệt, hoặc bạn không có quyền xem.'),
  replyRequired: () => new AppError('REVIEW_REPLY_REQUIRED', 'Vui lòng ghi nội dung trả lời.', { field: 'text' }),
};

export type ReviewLoopErrorCode = ErrorCodeOf<typeof ReviewLoopErrors>;
