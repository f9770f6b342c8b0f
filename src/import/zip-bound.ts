/**
 * A bound on what a .docx inflates to, checked before mammoth opens it. Zip headers may lie about the
 * uncompressed sizes, so every entry is actually inflated, with an output cap (zlib's maxOutputLength),
 * against one budget for the whole archive: a bomb stops at the cap, in bounded memory, and is refused.
 */
import { inflateRawSync } from 'node:zlib';

export type ZipVerdict = { ok: true; inflated: number } | { ok: false; reason: 'bomb' | 'not-zip' };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function findEndOfCentralDirectory(b: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) if (b.readUInt32LE(i) === EOCD) return i;
  return -1;
}

/** Inflates every entry of `zip` with a total output cap of `maxInflated` bytes. */
export function checkZipBound(zip: Buffer, maxInflated: number): ZipVerdict {
  const eocd = findEndOfCentralDirectory(zip);
  if (eocd < 0) return { ok: false, reason: 'not-zip' };
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  let budget = maxInflated;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) return { ok: false, reason: 'not-zip' };
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    at += 46 + nameLength + extraLength + commentLength;
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL) return { ok: false, reason: 'not-zip' };
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + compressed);
    let size: number;
    if (method === 0) size = data.length;
    else if (method === 8) {
      try {
        size = inflateRawSync(data, { maxOutputLength: Math.max(1, budget + 1) }).length;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) return { ok: false, reason: 'bomb' };
        return { ok: false, reason: 'not-zip' };
      }
    } else return { ok: false, reason: 'not-zip' };
    budget -= size;
    if (budget < 0) return { ok: false, reason: 'bomb' };
  }
  return { ok: true, inflated: maxInflated - budget };
}
