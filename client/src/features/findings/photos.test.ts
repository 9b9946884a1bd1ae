import { describe, expect, it } from 'vitest';
import { fitWithin } from './photos';

describe('fitWithin', () => {
  it.each([
    [4000, 3000, { width: 1600, height: 1200 }],
    [3000, 4000, { width: 1200, height: 1600 }],
    [1600, 900, { width: 1600, height: 900 }],
    [800, 600, { width: 800, height: 600 }],
    [5000, 1, { width: 1600, height: 1 }],
    [0, 0, { width: 0, height: 0 }],
  ])('%i×%i', (width, height, expected) => {
    expect(fitWithin(width, height)).toEqual(expected);
  });
});
