/** Plan files nest about six levels; far deeper input is generated junk and would only strain the stack. */
export const MAX_DEPTH = 64;

export class TooDeep extends Error {}

// Text below U+0300 (ASCII, Latin-1, Latin Extended) holds no combining marks and is already NFC.
const MAYBE_NOT_NFC = /[\u0300-\uffff]/;
const nfc = (s: string) => (MAYBE_NOT_NFC.test(s) ? s.normalize('NFC') : s);

/**
 * Vietnamese typed on different systems arrives as NFC or NFD; ids and comparisons need one form.
 * Normalises a reader's fresh result in place (no copy of every object: a ward's data is thousands
 * of them, and copying them was about a fifth of reading a file the fast way, profiled); an object
 * whose keys change is rebuilt, to keep its key order. Throws TooDeep past MAX_DEPTH levels.
 */
export function normalizeText(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return nfc(value);
  // -0 means nothing in a plan, and YAML readers disagree on keeping it.
  if (Object.is(value, -0)) return 0;
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) throw new TooDeep();
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = normalizeText(value[i], depth + 1);
    return value;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.some((k) => k === '__proto__' || nfc(k) !== k)) return rebuilt(record, keys, depth);
  for (const k of keys) record[k] = normalizeText(record[k], depth + 1);
  return record;
}

function rebuilt(record: Record<string, unknown>, keys: string[], depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const key = nfc(k);
    const item = normalizeText(record[k], depth + 1);
    // A "__proto__" key must stay data rather than set the prototype (the readers reject it anyway).
    if (key === '__proto__') Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
    else out[key] = item;
  }
  return out;
}
