import { inflateRawSync } from 'node:zlib';
import type { NextFunction, Request, Response } from 'express';

/** What an uploaded .xlsx may unpack to: real registers and checklists are a few MB at most. */
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;
const MAX_ENTRIES = 5_000;

/**
 * Bytes a zip really unpacks to, or null when it would unpack to more than `budget` (or has too many
 * entries). Each entry is inflated with a cap on its output, so a zip bomb, whose headers may lie
 * about its sizes, costs at most `budget` bytes here instead of exhausting memory in the .xlsx reader.
 * Returns 0 for bytes that are not a readable zip: the reader then refuses them with its own message.
 */
export function unpackedZipSize(bytes: Buffer, budget = MAX_UNPACKED_BYTES): number | null {
  // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return 0;
  const entries = bytes.readUInt16LE(end + 10);
  if (entries > MAX_ENTRIES) return null;
  let at = bytes.readUInt32LE(end + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) return 0;
    const method = bytes.readUInt16LE(at + 10);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const local = bytes.readUInt32LE(at + 42);
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== 0x04034b50) return 0;
    const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(dataStart, dataStart + compressedSize);
    if (method === 0) {
      total += data.length;
    } else if (method === 8) {
      try {
        total += inflateRawSync(data, { maxOutputLength: Math.max(1, budget - total + 1) }).length;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return null;
        return 0;
      }
    } else {
      return 0;
    }
    if (total > budget) return null;
  }
  return total;
}

/**
 * Middleware after `express.raw` on spreadsheet imports: a zip body (an .xlsx) that unpacks to more
 * than MAX_UNPACKED_BYTES is refused with 413 before any reader sees it.
 */
export function refuseZipBombs(budget = MAX_UNPACKED_BYTES) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const body = req.body;
    if (
      Buffer.isBuffer(body) &&
      body.subarray(0, 2).toString('latin1') === 'PK' &&
      unpackedZipSize(body, budget) === null
    ) {
      res.status(413).json({
        code: 'FILE_UNPACKS_TOO_LARGE',
        message: `Tệp Excel khi giải nén quá lớn: tối đa ${Math.round(budget / 1024 / 1024)} MB.`,
      });
      return;
    }
    next();
  };
}
