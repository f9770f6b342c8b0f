/**
 * The entries of a zip archive (a .docx), read from its central directory: what zip-bound.ts checks
 * and what docx-fonts.ts reads one part of. Pure: a buffer in, entries out.
 */
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; any other method is refused by zip-bound.ts. */
  method: number;
  /** The compressed bytes. */
  data: Buffer;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function findEndOfCentralDirectory(b: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) if (b.readUInt32LE(i) === EOCD) return i;
  return -1;
}

/** Every entry of `zip`, in central-directory order; undefined when it is not a zip archive. */
export function zipEntries(zip: Buffer): ZipEntry[] | undefined {
  const eocd = findEndOfCentralDirectory(zip);
  if (eocd < 0) return undefined;
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const out: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) return undefined;
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    at += 46 + nameLength + extraLength + commentLength;
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL) return undefined;
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    out.push({ name, method, data: zip.subarray(start, start + compressed) });
  }
  return out;
}

/** An entry's bytes, inflated with an output cap; throws past the cap (zlib's ERR_BUFFER_TOO_LARGE) or on a bad stream or method. */
export function inflateEntry(entry: ZipEntry, maxInflated: number): Buffer {
  if (entry.method === 0) return entry.data;
  if (entry.method === 8) return inflateRawSync(entry.data, { maxOutputLength: Math.max(1, maxInflated + 1) });
  throw new Error(`zip method ${entry.method}`);
}
