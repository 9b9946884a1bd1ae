import { AppError, type ErrorCodeOf } from '../../common/app-error.js';

export const AuthErrors = {
  invalidCredentials: () => new AppError('INVALID_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng.'),
  /** Only ever told to someone who gave the right password: a guesser learns nothing from it. */
  accountLocked: () => new AppError('ACCOUNT_LOCKED', 'Tài khoản đã bị khóa. Liên hệ quản trị hệ thống.'),
  throttled: (retryAfterSeconds: number) =>
    new AppError(
      'SIGN_IN_THROTTLED',
      `Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${Math.max(1, Math.ceil(retryAfterSeconds / 60))} phút.`,
      { retryAfterSeconds },
    ),
  /** The account is being guessed at from many addresses: this (unknown) address waits its turn. */
  slowedDown: (retryAfterSeconds: number) =>
    new AppError(
      'SIGN_IN_THROTTLED',
      `Tài khoản này vừa bị thử mật khẩu sai nhiều lần nên mỗi lần đăng nhập phải cách nhau. Vui lòng thử lại sau ${Math.max(1, retryAfterSeconds)} giây.`,
      { retryAfterSeconds },
    ),
  /** Every password thread busy and its queue full: answered at once instead of waiting without bound. */
  passwordWorkBusy: () =>
    new AppError(
      'SIGN_IN_BUSY',
      'Máy chủ đang xử lý quá nhiều lượt đăng nhập cùng lúc. Vui lòng thử lại sau ít giây.',
      { retryAfterSeconds: 5 },
    ),
  passwordChangeRequired: () =>
    new AppError(
      'PASSWORD_CHANGE_REQUIRED',
      'Bạn đang dùng mật khẩu tạm thời. Vui lòng đổi mật khẩu trước khi tiếp tục.',
    ),
  wrongCurrentPassword: () => new AppError('WRONG_CURRENT_PASSWORD', 'Mật khẩu hiện tại không đúng.'),
  weakPassword: (reason: string) => new AppError('WEAK_PASSWORD', reason),
};

export type AuthErrorCode = ErrorCodeOf<typeof AuthErrors>;
