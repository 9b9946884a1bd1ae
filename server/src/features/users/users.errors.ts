import { AppError, type ErrorCodeOf } from '../../common/app-error.js';

export const UserErrors = {
  notFound: () => new AppError('USER_NOT_FOUND', 'Không tìm thấy người dùng.'),
  usernameTaken: (username: string) =>
    new AppError('USERNAME_TAKEN', `Tên đăng nhập "${username}" đã có người dùng.`, { field: 'username' }),
  unitRequired: () =>
    new AppError('USER_UNIT_REQUIRED', 'Thủ trưởng đơn vị phải gắn với một đơn vị.', { field: 'unitId' }),
  unitNotFound: () => new AppError('UNIT_NOT_FOUND', 'Không tìm thấy đơn vị đã chọn.', { field: 'unitId' }),
  blankName: () => new AppError('USER_NAME_REQUIRED', 'Vui lòng nhập họ và tên.', { field: 'fullName' }),
  cannotDeactivateSelf: () => new AppError('CANNOT_DEACTIVATE_SELF', 'Bạn không thể tự khóa tài khoản của chính mình.'),
  cannotDemoteSelf: () =>
    new AppError('CANNOT_DEMOTE_SELF', 'Bạn không thể tự bỏ vai trò quản trị hệ thống của chính mình.', {
      field: 'role',
    }),
  lastAdmin: () =>
    new AppError('LAST_ADMIN', 'Phải còn ít nhất một quản trị hệ thống đang hoạt động.', { field: 'role' }),
};

export type UserErrorCode = ErrorCodeOf<typeof UserErrors>;
