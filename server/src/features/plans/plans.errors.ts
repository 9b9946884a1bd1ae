import { AppError, type ErrorCodeOf } from '../../common/app-error.js';

export const PlanErrors = {
  planNotFound: () => new AppError('PLAN_NOT_FOUND', 'Không tìm thấy kế hoạch kiểm tra.'),
  teamNotFound: () => new AppError('TEAM_NOT_FOUND', 'Không tìm thấy đoàn kiểm tra.', { field: 'teamId' }),
  lineNotFound: () => new AppError('PLAN_LINE_NOT_FOUND', 'Không tìm thấy dòng kế hoạch.'),
  unitNotFound: () => new AppError('UNIT_NOT_FOUND', 'Không tìm thấy đơn vị đã chọn.', { field: 'unitId' }),
  templateNotFound: () =>
    new AppError('CHECKLIST_NOT_FOUND', 'Không tìm thấy bộ tiêu chí đã chọn.', { field: 'templateId' }),
  unitAlreadyPlanned: () =>
    new AppError('PLAN_LINE_DUPLICATE', 'Đơn vị này đã có trong kế hoạch.', { field: 'unitId' }),
  lineStarted: () =>
    new AppError('PLAN_LINE_STARTED', 'Cuộc kiểm tra của dòng này đã bắt đầu nên không thể xóa hoặc đổi đoàn.'),
  dateOutOfYear: (year: number) =>
    new AppError('PLAN_LINE_DATE_OUT_OF_YEAR', `Ngày dự kiến phải nằm trong năm ${year} của kế hoạch.`, {
      field: 'plannedDate',
    }),
  dateMonthMismatch: (month: number) =>
    new AppError('PLAN_LINE_DATE_MONTH_MISMATCH', `Ngày dự kiến phải thuộc tháng ${month} đã chọn.`, {
      field: 'plannedDate',
    }),
  teamYearMismatch: () =>
    new AppError('TEAM_YEAR_MISMATCH', 'Đoàn kiểm tra được thành lập cho năm khác với năm của kế hoạch.', {
      field: 'teamId',
    }),
  unitNotActiveInYear: () =>
    new AppError('UNIT_NOT_ACTIVE_IN_YEAR', 'Đơn vị không hoạt động trong năm của kế hoạch.', { field: 'unitId' }),
  teamNeedsOneLead: () =>
    new AppError('TEAM_NEEDS_ONE_LEAD', 'Đoàn kiểm tra phải có đúng một trưởng đoàn.', { field: 'members' }),
  memberNotFound: () =>
    new AppError('TEAM_MEMBER_NOT_FOUND', 'Không tìm thấy người dùng được chọn vào đoàn.', { field: 'members' }),
  memberNotInspector: (name: string) =>
    new AppError(
      'TEAM_MEMBER_NOT_INSPECTOR',
      `${name} không có vai trò thành viên đoàn kiểm tra (hoặc tài khoản đã bị khóa).`,
      { field: 'members' },
    ),
  memberTwice: () =>
    new AppError('TEAM_MEMBER_DUPLICATE', 'Một người chỉ được chọn một lần trong đoàn.', { field: 'members' }),
};

export type PlanErrorCode = ErrorCodeOf<typeof PlanErrors>;
