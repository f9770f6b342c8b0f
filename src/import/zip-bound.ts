/**
 * A bound on what a .docx inflates to, checked before mammoth opens it. Zip headers may lie about the
 * uncompressed sizes, so every entry is actually inflated, with an output cap (zlib's maxOutputLength),
 * against one budget for the whole archive: a bomb stops at the cap, in bounded memory, and is refused.
 */
import { inflateEntry, zipEntries } from './zip-entries.js';

export type ZipVerdict = { ok: true; inflated: number } | { ok: false; reason: 'bomb' | 'not-zip' };

/** Inflates every entry of `zip` with a total output cap of `maxInflated` bytes. */
export function checkZipBound(zip: Buffer, maxInflated: number): ZipVerdict {
  const entries = zipEntries(zip);
  if (!entries) return { ok: false, reason: 'not-zip' };
  let budget = maxInflated;
  for (const entry of entries) {
    if (entry.method !== 0 && entry.method !== 8) return { ok: false, reason: 'not-zip' };
    let size: number;
    try {
      size = inflateEntry(entry, budget).length;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) return { ok: false, reason: 'bomb' };
      return { ok: false, reason: 'not-zip' };
    }
    budget -= size;
    if (budget < 0) return { ok: false, reason: 'bomb' };
  }
  return { ok: true, inflated: maxInflated - budget };
}
