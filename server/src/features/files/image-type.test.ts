import { describe, expect, it } from 'vitest';
import { sniffImageType } from './image-type.js';

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (s: string) => new TextEncoder().encode(s);

describe('sniffImageType', () => {
  it.each([
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), 'image/jpeg'],
    ['PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0), 'image/png'],
    ['WebP', new Uint8Array([...text('RIFF'), 0, 0, 0, 0, ...text('WEBPVP8 ')]), 'image/webp'],
    ['a PDF', text('%PDF-1.7'), null],
    ['HTML posing as an image', text('<html><script>alert(1)</script>'), null],
    ['a truncated JPEG header', bytes(0xff, 0xd8), null],
    ['RIFF that is not WebP', new Uint8Array([...text('RIFF'), 0, 0, 0, 0, ...text('WAVE')]), null],
    ['nothing', bytes(), null],
  ])('%s → %s', (_label, input, expected) => {
    expect(sniffImageType(input)).toBe(expected);
  });
});
