import { AppError, type ErrorCodeOf } from '../../common/app-error.js';
import { formatDate } from '../../common/vietnamese.js';

export const AgencyErrors = {
  nameRequired: () => new AppError('AGENCY_NAME_REQUIRED', 'Vui lòng nhập tên cơ quan ban hành.', { field: 'name' }),
  abbreviationRequired: () =>
    new AppError('AGENCY_ABBREVIATION_REQUIRED', 'Vui lòng nhập ký hiệu cơ quan dùng trong số văn bản.', {
      field: 'abbreviation',
    }),
  abbreviationInvalid: () =>
    new AppError(
      'AGENCY_ABBREVIATION_INVALID',
      'Ký hiệu cơ quan chỉ gồm chữ in hoa và chữ số, không dấu cách, ví dụ SNNMT.',
      { field: 'abbreviation' },
    ),
  placeRequired: () =>
    new AppError('AGENCY_PLACE_REQUIRED', 'Vui lòng nhập địa danh ghi trên văn bản, ví dụ Lạng Sơn.', {
      field: 'place',
    }),
  legalBasisRequired: () =>
    new AppError('AGENCY_LEGAL_BASIS_REQUIRED', 'Vui lòng nhập căn cứ pháp lý (số, ký hiệu văn bản).', {
      field: 'legalBasis',
    }),
  periodOverlap: () =>
    new AppError(
      'AGENCY_PERIOD_OVERLAP',
      'Thời kỳ mới trùng với thời kỳ đã có: ngày bắt đầu phải sau ngày bắt đầu của thời kỳ hiện hành.',
      { field: 'validFrom' },
    ),
  periodBeforeCurrent: (currentFrom: string) =>
    new AppError(
      'AGENCY_PERIOD_BEFORE_CURRENT',
      `Ngày bắt đầu không được trước ngày bắt đầu của thời kỳ hiện hành (${formatDate(currentFrom)}).`,
      { field: 'validFrom' },
    ),
  periodGap: () =>
    new AppError(
      'AGENCY_PERIOD_GAP',
      'Thời kỳ mới phải bắt đầu ngay sau ngày kết thúc của thời kỳ trước, không để khoảng trống.',
      { field: 'validFrom' },
    ),
};

export type AgencyErrorCode = ErrorCodeOf<typeof AgencyErrors>;
