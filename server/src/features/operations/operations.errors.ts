import { AppError, type ErrorCodeOf } from '../../common/app-error.js';

export const OperationErrors = {
  reused: () =>
    new AppError(
      'OPERATION_ID_REUSED',
      'Mã thao tác này đã được dùng cho một thao tác khác. Thao tác không được thực hiện.',
    ),
};

export type OperationErrorCode = ErrorCodeOf<typeof OperationErrors>;
