import { describe, expect, it } from 'vitest';
import { languageOfCookies } from './language.js';

describe('languageOfCookies', () => {
  it.each([
    [undefined, 'vi'],
    ['', 'vi'],
    ['kycuong-language=en', 'en'],
    ['kycuong_session=abc; kycuong-language=en', 'en'],
    ['kycuong-language=en; other=1', 'en'],
    ['kycuong-language=vi', 'vi'],
    ['kycuong-language=fr', 'vi'],
    ['xkycuong-language=en', 'vi'],
    ['kycuong-language=english', 'vi'],
  ] as const)('%s -> %s', (header, language) => {
    expect(languageOfCookies(header)).toBe(language);
  });
});
