import { AppError, type ErrorCodeOf } from '../../common/app-error.js';

export const NoticeErrors = {
  visitNotApproved: () =>
    new AppError(
      'NOTICE_VISIT_NOT_APPROVED',
      'Cuộc kiểm tra chưa được phê duyệt nên chưa có thông báo kết luận để xác nhận.',
    ),
};

export type NoticeErrorCode = ErrorCodeOf<typeof NoticeErrors>;
