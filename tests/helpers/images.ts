import { createHash } from 'node:crypto';

/** A minimal JPEG header followed by filler: enough for type sniffing, which reads the first bytes. */
export function fakeJpeg(size = 2048, seed = 1): Buffer {
  const bytes = Buffer.alloc(size, seed % 251);
  bytes.set([0xff, 0xd8, 0xff, 0xe0], 0);
  return bytes;
}

/** A real 1x1 PNG. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
