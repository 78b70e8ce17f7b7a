import { inflateRawSync } from 'node:zlib';

export type ZipEntry = { name: string; method: number; compressedSize: number; size: number; localOffset: number };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * The entries of a ZIP archive from its central directory, or null when the archive does not hold
 * together (no end record, entries outside the file, ZIP64). Only names and sizes are read.
 */
export function zipEntries(bytes: Buffer): ZipEntry[] | null {
  const end = findEndRecord(bytes);
  if (end < 0) return null;
  const count = bytes.readUInt16LE(end + 10);
  const dirSize = bytes.readUInt32LE(end + 12);
  const dirOffset = bytes.readUInt32LE(end + 16);
  if (dirOffset + dirSize > end) return null;
  const entries: ZipEntry[] = [];
  let pos = dirOffset;
  for (let i = 0; i < count; i++) {
    if (pos + 46 > end || bytes.readUInt32LE(pos) !== CENTRAL) return null;
    const nameLength = bytes.readUInt16LE(pos + 28);
    const entry = {
      method: bytes.readUInt16LE(pos + 10),
      compressedSize: bytes.readUInt32LE(pos + 20),
      size: bytes.readUInt32LE(pos + 24),
      localOffset: bytes.readUInt32LE(pos + 42),
      name: bytes.toString('utf8', pos + 46, pos + 46 + nameLength),
    };
    if (entry.localOffset >= dirOffset) return null;
    entries.push(entry);
    pos += 46 + nameLength + bytes.readUInt16LE(pos + 30) + bytes.readUInt16LE(pos + 32);
  }
  return entries;
}

// The end record is the last 22 bytes, or earlier when the archive has a comment (≤ 65,535 bytes).
function findEndRecord(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let pos = bytes.length - 22; pos >= lowest; pos--) if (bytes.readUInt32LE(pos) === EOCD) return pos;
  return -1;
}

/**
 * One small entry's content (stored or deflated), at most `limit` bytes once inflated, so a
 * crafted archive cannot make the check itself expand gigabytes; null when it cannot be read.
 */
export function readZipEntry(bytes: Buffer, entry: ZipEntry, limit: number): Buffer | null {
  const pos = entry.localOffset;
  if (pos + 30 > bytes.length || bytes.readUInt32LE(pos) !== LOCAL) return null;
  const start = pos + 30 + bytes.readUInt16LE(pos + 26) + bytes.readUInt16LE(pos + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize || entry.size > limit) return null;
  if (entry.method === 0) return data;
  if (entry.method !== 8) return null;
  try {
    return inflateRawSync(data, { maxOutputLength: limit });
  } catch {
    return null;
  }
}
