import { deflateRawSync } from 'node:zlib';

/** One entry of a hand-made zip: its data is deflated; the headers claim `claimedSize` (default: the truth). */
export interface ZipEntrySpec {
  name: string;
  data: Buffer;
  claimedSize?: number;
}

export interface ZipShape {
  /** Bytes placed before the archive; its offsets still count from the archive's own start. */
  before?: Buffer;
  /** Like `before`, but the offsets are shifted to count from the start of the file (a valid "self-extractor"). */
  beforeShifted?: Buffer;
  /** Bytes after the end record. */
  after?: Buffer;
  /** Each central directory entry carries a zip64 extra field (id 0x0001). */
  zip64Extra?: boolean;
  /** A zip64 end record and locator before the end record, whose fields say "see zip64". */
  zip64End?: boolean;
  /** Central directory entries that all point at the first entry's data (an overlapping-entries bomb). */
  overlapping?: number;
}

/** A zip made byte by byte, so tests can build the archives an attacker would. */
export function zipArchive(entries: ZipEntrySpec[], shape: ZipShape = {}): Buffer {
  const shift = shape.beforeShifted?.length ?? 0;
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const central = (entry: ZipEntrySpec, packedLength: number, localOffset: number) => {
    const file = Buffer.from(entry.name);
    const extra = shape.zip64Extra ? Buffer.alloc(4 + 8) : Buffer.alloc(0);
    if (shape.zip64Extra) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(8, 2);
      extra.writeBigUInt64LE(BigInt(entry.claimedSize ?? entry.data.length), 4);
    }
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(45, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(8, 10);
    header.writeUInt32LE(packedLength, 20);
    header.writeUInt32LE(shape.zip64Extra ? 0xffffffff : (entry.claimedSize ?? entry.data.length), 24);
    header.writeUInt16LE(file.length, 28);
    header.writeUInt16LE(extra.length, 30);
    header.writeUInt32LE(localOffset + shift, 42);
    return Buffer.concat([header, file, extra]);
  };
  let first: { packedLength: number } | null = null;
  for (const entry of entries) {
    const packed = deflateRawSync(entry.data);
    const file = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(entry.claimedSize ?? entry.data.length, 22);
    local.writeUInt16LE(file.length, 26);
    centrals.push(central(entry, packed.length, offset));
    first ??= { packedLength: packed.length };
    locals.push(local, file, packed);
    offset += local.length + file.length + packed.length;
  }
  const firstEntry = entries[0];
  for (let n = 0; n < (shape.overlapping ?? 0) && first && firstEntry; n++) {
    centrals.push(central({ ...firstEntry, name: `xl/copy${n}.xml` }, first.packedLength, 0));
  }
  const body = Buffer.concat(locals);
  const directory = Buffer.concat(centrals);
  const tail: Buffer[] = [];
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length, 8);
  end.writeUInt16LE(centrals.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(body.length + shift, 16);
  if (shape.zip64End) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(centrals.length), 24);
    record.writeBigUInt64LE(BigInt(centrals.length), 32);
    record.writeBigUInt64LE(BigInt(directory.length), 40);
    record.writeBigUInt64LE(BigInt(body.length + shift), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(body.length + directory.length + shift), 8);
    locator.writeUInt32LE(1, 16);
    end.writeUInt16LE(0xffff, 8);
    end.writeUInt16LE(0xffff, 10);
    end.writeUInt32LE(0xffffffff, 12);
    end.writeUInt32LE(0xffffffff, 16);
    tail.push(record, locator);
  }
  return Buffer.concat([
    shape.before ?? Buffer.alloc(0),
    shape.beforeShifted ?? Buffer.alloc(0),
    body,
    directory,
    ...tail,
    end,
    shape.after ?? Buffer.alloc(0),
  ]);
}

/** A one-entry zip whose headers claim `claimedSize` unpacked bytes, whatever the data really holds. */
export function zipOf(name: string, data: Buffer, claimedSize: number): Buffer {
  return zipArchive([{ name, data, claimedSize }]);
}
