import { IsOptional, Max, Min } from 'class-validator';
import { applyDecorators } from './decorators.js';

/** An optional latitude in degrees, with the Vietnamese message the UI shows. */
export const OptionalLatitude = () =>
  applyDecorators(
    IsOptional(),
    Min(-90, { message: 'Vĩ độ phải từ -90 đến 90.' }),
    Max(90, { message: 'Vĩ độ phải từ -90 đến 90.' }),
  );

/** An optional longitude in degrees. */
export const OptionalLongitude = () =>
  applyDecorators(
    IsOptional(),
    Min(-180, { message: 'Kinh độ phải từ -180 đến 180.' }),
    Max(180, { message: 'Kinh độ phải từ -180 đến 180.' }),
  );
