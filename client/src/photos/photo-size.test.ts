import { describe, expect, it } from 'vitest';
import { fitWithin } from './photo-size';

describe('fitWithin', () => {
  it.each([
    { name: 'landscape 4000x3000', size: { width: 4000, height: 3000 }, want: { width: 1600, height: 1200 } },
    { name: 'portrait 3000x4000', size: { width: 3000, height: 4000 }, want: { width: 1200, height: 1600 } },
    { name: 'square', size: { width: 2000, height: 2000 }, want: { width: 1600, height: 1600 } },
    { name: 'already small', size: { width: 800, height: 600 }, want: { width: 800, height: 600 } },
    { name: 'exactly the limit', size: { width: 1600, height: 900 }, want: { width: 1600, height: 900 } },
    { name: 'odd ratio rounds', size: { width: 4032, height: 3024 }, want: { width: 1600, height: 1200 } },
    { name: 'panorama keeps 1 px', size: { width: 100000, height: 10 }, want: { width: 1600, height: 1 } },
    { name: 'empty image', size: { width: 0, height: 0 }, want: { width: 0, height: 0 } },
  ])('$name', ({ size, want }) => {
    expect(fitWithin(size)).toEqual(want);
  });

  it('takes another limit', () => {
    expect(fitWithin({ width: 1000, height: 500 }, 200)).toEqual({ width: 200, height: 100 });
  });
});
