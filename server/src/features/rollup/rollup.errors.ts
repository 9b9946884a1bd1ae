import { AppError } from '../../graphql/errors.js';

export const RollupErrors = {
  rootUnitNotFound: () =>
    new AppError('UNIT_NOT_FOUND', 'Không tìm thấy đơn vị gốc của phạm vi tổng hợp.', { field: 'rootUnitId' }),
  yearOutOfRange: () => new AppError('ROLLUP_YEAR_INVALID', 'Năm tổng hợp phải từ 2000 đến 2100.', { field: 'year' }),
};
