import { AppError, type ErrorCodeOf } from '../../common/app-error.js';

export const UnitErrors = {
  notFound: () => new AppError('UNIT_NOT_FOUND', 'Không tìm thấy đơn vị.'),
  parentNotFound: () => new AppError('UNIT_PARENT_NOT_FOUND', 'Không tìm thấy đơn vị cấp trên đã chọn.'),
  codeTaken: (code: string) =>
    new AppError('UNIT_CODE_TAKEN', `Mã đơn vị "${code}" đã được dùng cho một đơn vị khác.`, { field: 'code' }),
  cycle: () => new AppError('UNIT_CYCLE', 'Không thể chuyển đơn vị vào chính nó hoặc vào một đơn vị cấp dưới của nó.'),
  rootLocked: () => new AppError('UNIT_ROOT_LOCKED', 'Không thể chuyển hoặc ngừng hoạt động cơ quan gốc (Sở).'),
  secondRoot: () =>
    new AppError('UNIT_PARENT_REQUIRED', 'Đơn vị mới phải thuộc một đơn vị cấp trên.', { field: 'parentId' }),
  inactiveParent: () =>
    new AppError('UNIT_PARENT_INACTIVE', 'Đơn vị cấp trên đã ngừng hoạt động.', { field: 'parentId' }),
  hasActiveChildren: () =>
    new AppError(
      'UNIT_HAS_ACTIVE_CHILDREN',
      'Đơn vị còn đơn vị cấp dưới đang hoạt động. Hãy chuyển hoặc ngừng hoạt động các đơn vị đó trước.',
    ),
  alreadyInactive: () => new AppError('UNIT_ALREADY_INACTIVE', 'Đơn vị đã ngừng hoạt động.'),
  datesInvalid: () =>
    new AppError('UNIT_DATES_INVALID', 'Ngày ngừng hoạt động không được trước ngày bắt đầu hoạt động.', {
      field: 'activeTo',
    }),
  blankName: () => new AppError('UNIT_NAME_REQUIRED', 'Vui lòng nhập tên đơn vị.', { field: 'name' }),
  versionConflict: () =>
    new AppError(
      'UNIT_VERSION_CONFLICT',
      'Đơn vị vừa được người khác sửa. Hãy tải lại để xem bản mới nhất rồi sửa lại.',
    ),
};

export type UnitErrorCode = ErrorCodeOf<typeof UnitErrors>;
