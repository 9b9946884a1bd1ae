import { describe, expect, it } from 'vitest';
import { temporaryPassword } from './temporary-password';

describe('temporaryPassword', () => {
  it('is four groups of four unambiguous letters and digits, different each time', () => {
    const a = temporaryPassword();
    expect(a).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{4}(-[a-km-zA-HJ-NP-Z2-9]{4}){3}$/);
    expect(a).not.toMatch(/[01lIO]/);
    expect(temporaryPassword()).not.toBe(a);
  });

  it('skips bytes that would make some letters likelier', () => {
    const bytes = [255, 254, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17];
    const fed = (b: Uint8Array) => {
      b[0] = bytes.shift() ?? 0;
      return b;
    };
    expect(temporaryPassword(fed).slice(0, 4)).toBe('abcd');
  });
});
