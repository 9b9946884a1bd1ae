import { REPORT_YEAR_MAX, REPORT_YEAR_MIN } from '@kycuong/rules';
import { AppError, type ErrorCodeOf } from '../../common/app-error.js';

export const RollupErrors = {
  rootUnitNotFound: () =>
    new AppError('UNIT_NOT_FOUND', 'Không tìm thấy đơn vị gốc của phạm vi tổng hợp.', { field: 'rootUnitId' }),
  yearOutOfRange: () =>
    new AppError('ROLLUP_YEAR_INVALID', `Năm tổng hợp phải từ ${REPORT_YEAR_MIN} đến ${REPORT_YEAR_MAX}.`, {
      field: 'year',
    }),
};

export type RollupErrorCode = ErrorCodeOf<typeof RollupErrors>;
