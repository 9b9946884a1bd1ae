import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { type FileHandle, open, rename, rm } from 'node:fs/promises';

/**
 * The backup file: a plain tar (POSIX ustar, readable with `tar -tf`) whose last entry, `SHA256`, holds
 * the SHA-256 of every byte before that entry. A file cut short, or with any byte changed, fails the
 * check before anything is restored. Written under a temporary name and renamed once complete.
 */
export const CHECKSUM_ENTRY = 'SHA256';
const BLOCK = 512;

export class ArchiveCorrupt extends Error {
  constructor(reason: string) {
    super(
      `Tệp sao lưu hỏng hoặc không đầy đủ (${reason}): không khôi phục từ tệp này. ` +
        `(The backup file is damaged or incomplete: ${reason}.)`,
    );
    this.name = 'ArchiveCorrupt';
  }
}

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, '0')}\0`;
}

/** A ustar header for a regular file (names are ours: ASCII, under 100 characters). */
function header(name: string, size: number, mtime: number): Buffer {
  if (Buffer.byteLength(name) >= 100) throw new Error(`archive entry name too long: ${name}`);
  const block = Buffer.alloc(BLOCK);
  block.write(name, 0, 'utf8');
  block.write(octal(0o600, 8), 100);
  block.write(octal(0, 8), 108);
  block.write(octal(0, 8), 116);
  block.write(octal(size, 12), 124);
  block.write(octal(Math.floor(mtime / 1000), 12), 136);
  block.write('        ', 148);
  block.write('0', 156);
  block.write('ustar\x0000', 257, 'binary');
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return block;
}

const padding = (size: number) => Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);

/** Writes an archive to `file` through `file.partial-<pid>`; `finish` renames it, `abandon` removes it. */
export class ArchiveWriter {
  private readonly hash: Hash = createHash('sha256');
  private constructor(
    private readonly handle: FileHandle,
    private readonly partial: string,
    private readonly file: string,
  ) {}

  static async create(file: string): Promise<ArchiveWriter> {
    const partial = `${file}.partial-${process.pid}`;
    return new ArchiveWriter(await open(partial, 'wx', 0o600), partial, file);
  }

  private async write(bytes: Buffer, hashed = true): Promise<void> {
    if (hashed) this.hash.update(bytes);
    await this.handle.write(bytes);
  }

  async add(name: string, data: Buffer | string): Promise<void> {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    await this.write(header(name, bytes.length, Date.now()));
    await this.write(bytes);
    await this.write(padding(bytes.length));
  }

  /** The checksum entry and the end of the archive; flushed to disk, then renamed to its name. */
  async finish(): Promise<string> {
    const digest = this.hash.digest('hex');
    const body = Buffer.from(`${digest}\n`);
    await this.write(header(CHECKSUM_ENTRY, body.length, Date.now()), false);
    await this.write(Buffer.concat([body, padding(body.length), Buffer.alloc(2 * BLOCK)]), false);
    await this.handle.sync();
    await this.handle.close();
    await rename(this.partial, this.file);
    return digest;
  }

  async abandon(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await rm(this.partial, { force: true });
  }
}

/**
 * Reads an archive from start to end, giving each entry (before the checksum) to `visit`, then checks the
 * checksum entry; throws ArchiveCorrupt if it is missing or wrong. Run it once with a no-op visit to check
 * a file before writing anything anywhere.
 */
export async function readArchive(
  file: string,
  visit: (name: string, data: Buffer) => Promise<void> | void,
): Promise<string> {
  const hash = createHash('sha256');
  let pending: Buffer = Buffer.alloc(0);
  let entry: { name: string; size: number; header: Buffer } | null = null;
  let checksum: string | null = null;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    pending = pending.length === 0 ? (chunk as Buffer) : Buffer.concat([pending, chunk as Buffer]);
    for (;;) {
      if (!entry) {
        if (pending.length < BLOCK) break;
        const block = pending.subarray(0, BLOCK);
        if (block.every((b) => b === 0)) {
          if (checksum === null) throw new ArchiveCorrupt('thiếu mã kiểm tra / no checksum entry');
          return checksum;
        }
        let sum = 0;
        for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : (block[i] as number);
        if (Number.parseInt(block.subarray(148, 156).toString('ascii'), 8) !== sum) {
          throw new ArchiveCorrupt('tiêu đề hỏng / bad entry header');
        }
        const name = block.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
        const size = Number.parseInt(block.subarray(124, 136).toString('ascii'), 8);
        entry = { name, size, header: Buffer.from(block) };
        pending = pending.subarray(BLOCK);
      }
      const padded = entry.size + padding(entry.size).length;
      if (pending.length < padded) break;
      const data = Buffer.from(pending.subarray(0, entry.size));
      if (entry.name === CHECKSUM_ENTRY) {
        const expected = data.toString('utf8').trim();
        if (expected !== hash.digest('hex')) throw new ArchiveCorrupt('sai mã kiểm tra SHA-256 / checksum mismatch');
        checksum = expected;
      } else {
        if (checksum !== null) throw new ArchiveCorrupt('dữ liệu sau mã kiểm tra / data after the checksum');
        hash.update(entry.header);
        hash.update(pending.subarray(0, padded));
        await visit(entry.name, data);
      }
      pending = pending.subarray(padded);
      entry = null;
    }
  }
  throw new ArchiveCorrupt('tệp bị cắt ngắn / the file ends too early');
}
