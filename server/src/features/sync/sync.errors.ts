import { AppError, type ErrorCodeOf, MASKED_MESSAGE } from '../../common/app-error.js';
import type { ErrorCode } from '../../common/error-codes.js';

export const SyncErrors = {
  otherUsersDevice: () =>
    new AppError(
      'DEVICE_OF_ANOTHER_USER',
      'Máy này đang gắn với một người dùng khác. Hãy đăng nhập đúng tài khoản đã làm việc trên máy.',
    ),
  /** A write failed for a reason of the server's, not its own: the batch is undone and sent again later. */
  failed: (errorId: unknown) => new AppError('SYNC_FAILED', MASKED_MESSAGE, { errorId }),
};

export type SyncErrorCode = ErrorCodeOf<typeof SyncErrors>;

/** The outcome of a write not tried because an earlier write of its visit was refused. */
export const HELD_AFTER_REFUSED_OPERATION = {
  code: 'HELD_AFTER_REFUSED_OPERATION',
  message: 'Chưa gửi: một thao tác trước đó của cuộc kiểm tra này bị từ chối. Hãy xử lý thao tác đó trước.',
} as const satisfies { code: ErrorCode; message: string };
