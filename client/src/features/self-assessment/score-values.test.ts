import { describe, expect, it } from 'vitest';
import { allowedScores, isAllowedScore, samePoints, scoreControl } from './score-values';

describe('the scores a criterion allows', () => {
  it.each([
    [
      'bands: their points and 0',
      {
        maxPoints: 1,
        bands: [
          { minPercent: 100, points: 1 },
          { minPercent: 80, points: 0.5 },
        ],
      },
      [0, 0.5, 1],
    ],
    [
      'bands with a 0% band: 0 once',
      {
        maxPoints: 2,
        bands: [
          { minPercent: 100, points: 2 },
          { minPercent: 0, points: 0 },
        ],
      },
      [0, 2],
    ],
    ['a step of 0,25', { maxPoints: 1, scoreStep: 0.25 }, [0, 0.25, 0.5, 0.75, 1]],
    ['a step of 0,5 up to 3', { maxPoints: 3, scoreStep: 0.5 }, [0, 0.5, 1, 1.5, 2, 2.5, 3]],
    ['a step of 1', { maxPoints: 3, scoreStep: 1 }, [0, 1, 2, 3]],
    ['no step: hundredths, too many to list', { maxPoints: 1 }, null],
    ['a small step on a large maximum', { maxPoints: 10, scoreStep: 0.25 }, null],
  ])('%s', (_name, guide, expected) => {
    expect(allowedScores(guide)).toEqual(expected);
  });

  it('offers a few as buttons, more as a list, too many as a field', () => {
    expect(scoreControl([0, 0.5, 1])).toBe('buttons');
    expect(scoreControl([0, 0.5, 1, 1.5, 2, 2.5, 3])).toBe('select');
    expect(scoreControl(null)).toBe('input');
  });

  it.each([
    [{ maxPoints: 1 }, 0.37, true],
    [{ maxPoints: 1 }, 0.375, false],
    [{ maxPoints: 1 }, 1.01, false],
    [{ maxPoints: 1 }, -0.5, false],
    [{ maxPoints: 10, scoreStep: 0.25 }, 7.75, true],
    [{ maxPoints: 10, scoreStep: 0.25 }, 7.8, false],
    [
      {
        maxPoints: 1,
        bands: [
          { minPercent: 100, points: 1 },
          { minPercent: 80, points: 0.5 },
        ],
      },
      0.75,
      false,
    ],
    [
      {
        maxPoints: 1,
        bands: [
          { minPercent: 100, points: 1 },
          { minPercent: 80, points: 0.5 },
        ],
      },
      0.5,
      true,
    ],
  ])('%j takes %d: %s', (guide, points, expected) => {
    expect(isAllowedScore(guide, points)).toBe(expected);
  });

  it('compares points in hundredths', () => {
    expect(samePoints(0.1 + 0.2, 0.3)).toBe(true);
    expect(samePoints(null, undefined)).toBe(true);
    expect(samePoints(0, null)).toBe(false);
  });
});
