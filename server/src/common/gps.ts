import { IsOptional, Max, Min } from 'class-validator';
import { Field, Float } from 'type-graphql';
import { applyDecorators } from './decorators.js';

/** An optional latitude input field in degrees, with the Vietnamese message the UI shows. */
export const OptionalLatitude = () =>
  applyDecorators(
    Field(() => Float, { nullable: true }),
    IsOptional(),
    Min(-90, { message: 'Vĩ độ phải từ -90 đến 90.' }),
    Max(90, { message: 'Vĩ độ phải từ -90 đến 90.' }),
  );

/** An optional longitude input field in degrees. */
export const OptionalLongitude = () =>
  applyDecorators(
    Field(() => Float, { nullable: true }),
    IsOptional(),
    Min(-180, { message: 'Kinh độ phải từ -180 đến 180.' }),
    Max(180, { message: 'Kinh độ phải từ -180 đến 180.' }),
  );
