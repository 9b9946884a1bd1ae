import { AppError, type ErrorCodeOf } from '../../common/app-error.js';

export const FileErrors = {
  badId: () => new AppError('FILE_ID_INVALID', 'Mã tệp phải là một UUID.'),
  empty: () => new AppError('FILE_EMPTY', 'Tệp rỗng.'),
  tooLarge: (limit: number) =>
    new AppError('FILE_TOO_LARGE', `Ảnh quá lớn: tối đa ${Math.round(limit / 1024 / 1024)} MB.`, { limit }),
  notImage: () => new AppError('FILE_NOT_IMAGE', 'Tệp không phải ảnh JPEG, PNG hoặc WebP.'),
  typeNotAllowed: () =>
    new AppError('FILE_TYPE_NOT_ALLOWED', 'Tệp không phải ảnh (JPEG, PNG, WebP), tệp PDF hay tệp Word (.docx).'),
  conflict: () => new AppError('FILE_ID_CONFLICT', 'Mã tệp này đã được dùng cho một ảnh khác. Ảnh không được lưu.'),
  notFound: () => new AppError('FILE_NOT_FOUND', 'Không tìm thấy ảnh, hoặc bạn không có quyền xem.'),
  forbidden: () => new AppError('FORBIDDEN', 'Bạn không có quyền tải ảnh lên.'),
  hashMismatch: () =>
    new AppError(
      'FILE_HASH_MISMATCH',
      'Ảnh nhận được không khớp mã kiểm tra (SHA-256): có thể bị hỏng trên đường truyền. Máy sẽ gửi lại từ đầu.',
    ),
  badHash: () => new AppError('FILE_HASH_INVALID', 'Mã kiểm tra SHA-256 của ảnh không hợp lệ.'),
  badPiece: () => new AppError('FILE_PIECE_INVALID', 'Phần ảnh gửi lên không hợp lệ (vị trí hoặc kích thước sai).'),
  pieceTooSmall: (min: number) =>
    new AppError('FILE_PIECE_TOO_SMALL', `Mỗi phần ảnh (trừ phần cuối) phải có ít nhất ${Math.round(min / 1024)} KB.`, {
      min,
    }),
  quotaExceeded: (quota: number) =>
    new AppError(
      'FILE_QUOTA_EXCEEDED',
      `Bạn đang giữ quá nhiều ảnh chưa gửi xong hoặc chưa gắn vào hồ sơ (tối đa ${Math.round(quota / 1024 / 1024)} MB). Ảnh vẫn còn trên máy; máy sẽ gửi lại sau khi các ảnh trước được gắn vào hồ sơ.`,
      { quota },
    ),
  offsetMismatch: (offset: number) =>
    new AppError('FILE_UPLOAD_OFFSET', 'Máy chủ đã nhận một phần khác của ảnh: hãy gửi tiếp từ vị trí máy chủ báo.', {
      offset,
    }),
  storageFailed: () =>
    new AppError(
      'FILE_STORAGE_FAILED',
      'Máy chủ không lưu được ảnh lúc này. Ảnh vẫn còn trên máy của bạn; hãy thử lại sau.',
    ),
  storageFull: () =>
    new AppError(
      'FILE_STORAGE_FULL',
      'Bộ nhớ lưu ảnh trên máy chủ đã đầy. Ảnh vẫn còn trên máy của bạn và sẽ được gửi lại sau; hãy báo quản trị hệ thống.',
    ),
};

export type FileErrorCode = ErrorCodeOf<typeof FileErrors>;
