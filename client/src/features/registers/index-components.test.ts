import { describe, expect, it } from 'vitest';
import { formatComponents, parseComponents } from './index-components';

describe('index components as text', () => {
  it.each([
    ['', { components: [] }],
    ['Tiếp cận dịch vụ: 80,25/100', { components: [{ name: 'Tiếp cận dịch vụ', score: 80.25, maxScore: 100 }] }],
    [
      'A: 9.5\n\nB : 3 / 4',
      {
        components: [
          { name: 'A', score: 9.5, maxScore: null },
          { name: 'B', score: 3, maxScore: 4 },
        ],
      },
    ],
    ['A: 1\nB 2', { badLine: 2 }],
    ['A: x/10', { badLine: 1 }],
  ])('%j', (text, expected) => {
    expect(parseComponents(text)).toEqual(expected);
  });

  it('reads back what it writes', () => {
    const components = [
      { name: 'Cải cách thể chế', score: 8.75, maxScore: 10 },
      { name: 'Khác', score: 2, maxScore: null },
    ];
    expect(formatComponents(components)).toBe('Cải cách thể chế: 8,75/10\nKhác: 2');
    expect(parseComponents(formatComponents(components))).toEqual({ components });
  });
});
