import yauzl from 'yauzl';
import { AppError, type ErrorCodeOf } from '../common/app-error.js';

/** What an uploaded .xlsx may hold: real registers and checklists are a few MB and a few dozen parts at most. */
export interface ZipLimits {
  /** Bytes all entries together may really inflate to. */
  maxUnpackedBytes: number;
  /** Entries in the central directory. */
  maxEntries: number;
}

export const ZIP_LIMITS: ZipLimits = { maxUnpackedBytes: 64 * 1024 * 1024, maxEntries: 1_000 };

const MB = 1024 * 1024;

export const ZipErrors = {
  tooLarge: (limits: ZipLimits) =>
    new AppError(
      'FILE_UNPACKS_TOO_LARGE',
      `Tệp Excel khi giải nén quá lớn: tối đa ${Math.round(limits.maxUnpackedBytes / MB)} MB.`,
    ),
  tooManyEntries: (limits: ZipLimits) =>
    new AppError('FILE_UNPACKS_TOO_LARGE', `Tệp Excel chứa quá nhiều phần: tối đa ${limits.maxEntries}.`),
  invalid: (reason: string) =>
    new AppError(
      'FILE_ARCHIVE_INVALID',
      'Tệp Excel không đúng cấu trúc (có dữ liệu lạ trước hoặc sau tệp, hoặc kiểu nén không được hỗ trợ). Hãy mở tệp bằng Excel, lưu lại rồi gửi lại.',
      { reason },
    ),
};

export type ZipErrorCode = ErrorCodeOf<typeof ZipErrors>;

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EXTRA_FIELD = 0x0001;
const END_SIZE = 22;

const signature = (value: number) => {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(value);
  return bytes;
};
const ZIP_SIGNATURES = [LOCAL_HEADER, CENTRAL_HEADER, END_OF_CENTRAL].map(signature);

/**
 * Whether the bytes hold a zip anywhere, not only at the start: the .xlsx reader (JSZip inside exceljs)
 * finds an archive behind any bytes placed before it, so every such body must pass the checks below.
 * A CSV (text) holds none of these binary signatures.
 */
export function looksLikeZip(bytes: Buffer): boolean {
  return bytes.subarray(0, 2).toString('latin1') === 'PK' || ZIP_SIGNATURES.some((s) => bytes.includes(s));
}

/** The end-of-central-directory record, found as both readers find it: the last signature from the end. */
function endOfCentralDirectory(bytes: Buffer): number {
  for (let i = bytes.length - END_SIZE; i >= Math.max(0, bytes.length - END_SIZE - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === END_OF_CENTRAL) return i;
  }
  return -1;
}

/**
 * The archive's layout, checked so that the guard and the .xlsx reader read the same archive: it starts
 * at byte 0 (nothing before it: JSZip shifts every offset by bytes placed in front, the guard would not),
 * ends with its end record (nothing after it), its central directory sits right before that record,
 * it is one disk and not zip64 (an .xlsx of a few MB never needs it; zip64 records can point the
 * readers at different directories). Returns the number of entries the directory declares.
 */
function checkLayout(bytes: Buffer, limits: ZipLimits): number {
  if (bytes.length < 30 + END_SIZE || bytes.readUInt32LE(0) !== LOCAL_HEADER) throw ZipErrors.invalid('prefixed');
  const end = endOfCentralDirectory(bytes);
  if (end < 0) throw ZipErrors.invalid('no end record');
  if (end + END_SIZE + bytes.readUInt16LE(end + 20) !== bytes.length) throw ZipErrors.invalid('trailing bytes');
  if (end >= 20 && bytes.readUInt32LE(end - 20) === ZIP64_LOCATOR) throw ZipErrors.invalid('zip64');
  const [disk, directoryDisk, entriesHere, entries] = [4, 6, 8, 10].map((at) => bytes.readUInt16LE(end + at));
  const directorySize = bytes.readUInt32LE(end + 12);
  const directoryOffset = bytes.readUInt32LE(end + 16);
  if (entries === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    throw ZipErrors.invalid('zip64');
  }
  if (disk !== 0 || directoryDisk !== 0 || entriesHere !== entries) throw ZipErrors.invalid('multi-disk');
  if (entries > limits.maxEntries) throw ZipErrors.tooManyEntries(limits);
  if (directoryOffset + directorySize !== end) throw ZipErrors.invalid('directory not before end record');
  return entries;
}

/** Inflates one entry, counting its bytes as they come; stops as soon as the archive's budget is spent. */
async function inflatedBytes(zip: yauzl.ZipFile, entry: yauzl.Entry, budget: number): Promise<number> {
  const stream = await zip.openReadStreamPromise(entry);
  return new Promise<number>((resolve, reject) => {
    let count = 0;
    stream.on('data', (chunk: Buffer) => {
      count += chunk.length;
      if (count > budget) {
        stream.destroy();
        reject(new BudgetSpent());
      }
    });
    stream.on('error', reject);
    stream.on('end', () => resolve(count));
  });
}

class BudgetSpent extends Error {}

/** What a checked archive holds. */
export interface ArchiveSummary {
  entries: number;
  unpackedBytes: number;
}

/**
 * Checks an uploaded body before any .xlsx reader sees it: null when it holds no zip at all (a CSV),
 * otherwise the archive is walked through its real central directory (yauzl) and every entry really
 * inflated and counted as it streams, whatever its headers claim, so a zip bomb costs at most
 * `maxUnpackedBytes` of work here and none in the reader. Refuses (AppError) a prefixed, padded,
 * zip64, multi-disk, encrypted or malformed archive, too many entries, or too many inflated bytes.
 */
export async function checkUploadedArchive(
  bytes: Buffer,
  limits: ZipLimits = ZIP_LIMITS,
): Promise<ArchiveSummary | null> {
  if (!looksLikeZip(bytes)) return null;
  const declared = checkLayout(bytes, limits);
  let zip: yauzl.ZipFile;
  try {
    // Sizes are not taken from the headers at all: the bytes are counted as they inflate.
    zip = await yauzl.fromBufferPromise(bytes, {
      lazyEntries: true,
      autoClose: false,
      validateEntrySizes: false,
      strictFileNames: true,
    });
  } catch (err) {
    throw ZipErrors.invalid((err as Error).message);
  }
  // The whole directory first (at most maxEntries records), so a misplaced archive is refused before any inflating.
  const entries: yauzl.Entry[] = [];
  let unpackedBytes = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      if (entries.push(entry) > limits.maxEntries) throw ZipErrors.tooManyEntries(limits);
      if (entry.extraFields.some((field) => field.id === ZIP64_EXTRA_FIELD)) throw ZipErrors.invalid('zip64');
    }
    if (entries.length !== declared) throw ZipErrors.invalid('entry count');
    if (entries.length > 0 && Math.min(...entries.map((e) => e.relativeOffsetOfLocalHeader)) !== 0) {
      throw ZipErrors.invalid('prefixed');
    }
    for (const entry of entries) {
      if (entry.fileName.endsWith('/')) continue;
      unpackedBytes += await inflatedBytes(zip, entry, limits.maxUnpackedBytes - unpackedBytes);
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    if (err instanceof BudgetSpent) throw ZipErrors.tooLarge(limits);
    throw ZipErrors.invalid((err as Error).message);
  } finally {
    zip.close();
  }
  return { entries: entries.length, unpackedBytes };
}
