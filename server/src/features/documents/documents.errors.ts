import { AppError, type ErrorCodeOf } from '../../common/app-error.js';

export const DocumentErrors = {
  visitNotStarted: () => new AppError('VISIT_NOT_STARTED', 'Cuộc kiểm tra chưa bắt đầu nên chưa có biên bản.'),
};

export type DocumentErrorCode = ErrorCodeOf<typeof DocumentErrors>;
