import { AppError, type ErrorCodeOf } from '../../common/app-error.js';
import { formatDate } from '../../common/vietnamese.js';

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
  notInForce: (date: string) =>
    new AppError(
      'UNIT_NOT_IN_FORCE',
      `Đơn vị không tồn tại vào ngày ${formatDate(date)} (chưa thành lập hoặc đã giải thể).`,
      {
        field: 'effectiveOn',
      },
    ),
  versionOverlap: (latestFrom: string) =>
    new AppError(
      'UNIT_VERSION_OVERLAP',
      `Đơn vị đã có thay đổi có hiệu lực từ ngày ${formatDate(latestFrom)}: thay đổi mới phải có hiệu lực sau ngày đó.`,
      { field: 'effectiveOn' },
    ),
  mergeTargetDissolved: () =>
    new AppError(
      'UNIT_MERGE_TARGET_DISSOLVED',
      'Không thể hợp nhất vào một đơn vị đã giải thể hoặc chưa thành lập vào ngày đó.',
      {
        field: 'targetId',
      },
    ),
  renameUnchanged: () =>
    new AppError(
      'UNIT_RENAME_UNCHANGED',
      'Đổi tên không thay đổi gì: tên, tên viết tắt, mã, loại và địa chỉ đều giống hiện nay. Hãy nhập thông tin mới (để xóa tên viết tắt, xóa trống ô đó).',
      { field: 'name' },
    ),
  mergeTargetRenameNew: () =>
    new AppError(
      'UNIT_MERGE_TARGET_RENAME_NEW',
      'Hợp nhất thành đơn vị mới: tên của đơn vị mới ghi ở phần đơn vị mới; chỉ đổi tên được đơn vị tiếp nhận đang có.',
      { field: 'targetName' },
    ),
  eventInvalid: () =>
    new AppError(
      'UNIT_EVENT_INVALID',
      'Thay đổi tổ chức không hợp lệ: hợp nhất cần ít nhất một đơn vị nguồn khác đơn vị đích; chia tách cần ít nhất hai đơn vị mới; đơn vị mới không được trùng đơn vị đã có.',
    ),
  changeInFuture: () =>
    new AppError(
      'UNIT_CHANGE_IN_FUTURE',
      'Chỉ ghi nhận thay đổi tổ chức đã có hiệu lực (ngày hiệu lực không sau hôm nay).',
      {
        field: 'effectiveOn',
      },
    ),
  basisRequired: () =>
    new AppError('UNIT_CHANGE_BASIS_REQUIRED', 'Vui lòng ghi số, ký hiệu văn bản căn cứ của thay đổi.', {
      field: 'basisNumber',
    }),
  basisAfterChange: () =>
    new AppError('UNIT_CHANGE_BASIS_AFTER', 'Văn bản căn cứ phải ban hành trước hoặc đúng ngày thay đổi có hiệu lực.', {
      field: 'basisDate',
    }),
  rehomeUnconfirmed: (visits: number) =>
    new AppError(
      'UNIT_REHOME_UNCONFIRMED',
      `Có ${visits} cuộc kiểm tra của đơn vị ghi ngày từ ngày hiệu lực trở đi: xác nhận chuyển các cuộc kiểm tra này sang đơn vị kế thừa, hoặc chọn lại ngày hiệu lực.`,
      { field: 'confirmRehome' },
    ),
  rehomeConflict: () =>
    new AppError(
      'UNIT_REHOME_CONFLICT',
      'Đơn vị kế thừa đã có trong cùng kế hoạch kiểm tra với đơn vị kết thúc hoạt động (hợp nhất, chia tách hoặc giải thể): hãy bỏ một dòng kế hoạch trước.',
    ),
  // A dissolution's receiver (đơn vị tiếp nhận nhiệm vụ): another unit that carries on from the day.
  receiverSelf: () =>
    new AppError('UNIT_RECEIVER_SELF', 'Đơn vị tiếp nhận nhiệm vụ phải là một đơn vị khác đơn vị bị giải thể.', {
      field: 'receiverId',
    }),
  receiverNotFound: () =>
    new AppError('UNIT_RECEIVER_NOT_FOUND', 'Không tìm thấy đơn vị tiếp nhận nhiệm vụ đã chọn.', {
      field: 'receiverId',
    }),
  receiverDissolved: () =>
    new AppError(
      'UNIT_RECEIVER_DISSOLVED',
      'Đơn vị tiếp nhận nhiệm vụ đã giải thể hoặc đã kết thúc hoạt động: hãy chọn một đơn vị đang hoạt động.',
      { field: 'receiverId' },
    ),
  receiverNotInForce: (date: string) =>
    new AppError(
      'UNIT_RECEIVER_NOT_IN_FORCE',
      `Đơn vị tiếp nhận nhiệm vụ chưa được thành lập vào ngày ${formatDate(date)}.`,
      { field: 'receiverId' },
    ),
  receiverDescendant: () =>
    new AppError(
      'UNIT_RECEIVER_DESCENDANT',
      'Đơn vị tiếp nhận nhiệm vụ không được là đơn vị cấp dưới của đơn vị bị giải thể.',
      { field: 'receiverId' },
    ),
  // The organisation's changes imported from Excel: a row's own reasons, and the file refused as a whole.
  importKindUnknown: (text: string) =>
    new AppError(
      'UNIT_IMPORT_KIND_UNKNOWN',
      `Loại thay đổi "${text}" không hợp lệ; chỉ nhận "Thành lập", "Đổi tên", "Điều chuyển", "Hợp nhất", "Chia tách", "Giải thể".`,
    ),
  importCellMissing: (column: string) =>
    new AppError('UNIT_IMPORT_CELL_MISSING', `Thiếu ô "${column}".`, { field: column }),
  importDateInvalid: (column: string, text: string) =>
    new AppError('UNIT_IMPORT_DATE_INVALID', `Ô "${column}": "${text}" không đúng dạng ngày/tháng/năm.`, {
      field: column,
    }),
  importRowInvalid: (reason: string) => new AppError('UNIT_IMPORT_ROW_INVALID', reason),
  codeUnknown: (code: string) => new AppError('UNIT_CODE_UNKNOWN', `Không có đơn vị nào mã "${code}".`),
  /** A file with bad rows, or not a restructure file at all (`bad` 0: the first row's message says why). */
  importInvalid: (bad: number, rows: { row: number; code: string; message: string }[]) =>
    new AppError(
      'UNIT_IMPORT_INVALID',
      bad > 0
        ? `Tệp có ${bad} dòng chưa đúng; chưa ghi nhận thay đổi nào.`
        : `${rows[0]?.message ?? 'Tệp chưa đúng mẫu.'} Chưa ghi nhận thay đổi nào.`,
      { rows },
    ),
  blankName: () => new AppError('UNIT_NAME_REQUIRED', 'Vui lòng nhập tên đơn vị.', { field: 'name' }),
  versionConflict: () =>
    new AppError(
      'UNIT_VERSION_CONFLICT',
      'Đơn vị vừa được người khác sửa. Hãy tải lại để xem bản mới nhất rồi sửa lại.',
    ),
};

export type UnitErrorCode = ErrorCodeOf<typeof UnitErrors>;
