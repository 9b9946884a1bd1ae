import { REPORT_YEAR_MAX, REPORT_YEAR_MIN } from '@kycuong/rules';
import { AppError, type ErrorCodeOf } from '../../../common/app-error.js';

export const MeasureErrors = {
  paramsInvalid: (problem: string) =>
    new AppError('MEASURE_PARAMS_INVALID', `Tham số của chỉ số đo không hợp lệ: ${problem}`, {
      field: 'measureParams',
    }),
  bandsInvalid: (problems: readonly string[]) =>
    new AppError('MEASURE_BANDS_INVALID', `Thang điểm của tiêu chí không hợp lệ: ${problems.join(' ')}`, {
      field: 'bands',
    }),
  yearOutOfRange: () =>
    new AppError('MEASURE_YEAR_INVALID', `Năm đánh giá phải từ ${REPORT_YEAR_MIN} đến ${REPORT_YEAR_MAX}.`, {
      field: 'year',
    }),
};

export type MeasureErrorCode = ErrorCodeOf<typeof MeasureErrors>;
