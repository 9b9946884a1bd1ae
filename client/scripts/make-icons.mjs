// Writes the app icons into public/ using only node built-ins: a blue square, a white disc and a
// blue check mark. Run once with `node scripts/make-icons.mjs`; the PNGs are committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [11, 79, 138];
const WHITE = [255, 255, 255];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function distanceToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function icon(size, discRatio) {
  const raw = Buffer.alloc((size * 3 + 1) * size);
  const c = size / 2;
  const r = size * discRatio;
  const stroke = r * 0.16;
  const a = [c - r * 0.45, c + r * 0.02];
  const b = [c - r * 0.1, c + r * 0.38];
  const d = [c + r * 0.5, c - r * 0.35];
  for (let y = 0; y < size; y++) {
    const row = y * (size * 3 + 1);
    raw[row] = 0;
    for (let x = 0; x < size; x++) {
      const inDisc = Math.hypot(x + 0.5 - c, y + 0.5 - c) <= r;
      const onCheck =
        Math.min(
          distanceToSegment(x + 0.5, y + 0.5, a[0], a[1], b[0], b[1]),
          distanceToSegment(x + 0.5, y + 0.5, b[0], b[1], d[0], d[1]),
        ) <= stroke;
      const colour = inDisc && !onCheck ? WHITE : BLUE;
      raw.set(colour, row + 1 + x * 3);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = new URL('../public/', import.meta.url);
writeFileSync(new URL('icon-192.png', out), icon(192, 0.36));
writeFileSync(new URL('icon-512.png', out), icon(512, 0.36));
// Maskable icons are cropped to a circle of 80 %: keep the disc well inside it.
writeFileSync(new URL('icon-maskable-512.png', out), icon(512, 0.28));
