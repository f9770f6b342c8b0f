/** Plan files nest about six levels; far deeper input is generated junk and would only strain the stack. */
export const MAX_DEPTH = 64;

export class TooDeep extends Error {}

/**
 * Vietnamese typed on different systems arrives as NFC or NFD; ids and comparisons need one form.
 * Throws TooDeep past MAX_DEPTH levels.
 */
// Text below U+0300 (ASCII, Latin-1, Latin Extended) holds no combining marks and is already NFC.
const MAYBE_NOT_NFC = /[\u0300-\uffff]/;
const nfc = (s: string) => (MAYBE_NOT_NFC.test(s) ? s.normalize('NFC') : s);

export function normalizeText(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return nfc(value);
  // -0 means nothing in a plan, and YAML readers disagree on keeping it.
  if (Object.is(value, -0)) return 0;
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) throw new TooDeep();
  if (Array.isArray(value)) return value.map((v) => normalizeText(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const key = nfc(k);
    const item = normalizeText(v, depth + 1);
    // A "__proto__" key must stay data rather than set the prototype (the readers reject it anyway).
    if (key === '__proto__') Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
    else out[key] = item;
  }
  return out;
}
