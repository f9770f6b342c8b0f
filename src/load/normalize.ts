/** Plan files nest about six levels; far deeper input is generated junk and would only strain the stack. */
export const MAX_DEPTH = 64;

export class TooDeep extends Error {}

/**
 * Vietnamese typed on different systems arrives as NFC or NFD; ids and comparisons need one form.
 * Throws TooDeep past MAX_DEPTH levels.
 */
export function normalizeText(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  // -0 means nothing in a plan, and YAML readers disagree on keeping it.
  if (Object.is(value, -0)) return 0;
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) throw new TooDeep();
  if (Array.isArray(value)) return value.map((v) => normalizeText(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    // defineProperty: a "__proto__" key stays data instead of setting the prototype.
    Object.defineProperty(out, k.normalize('NFC'), { value: normalizeText(v, depth + 1), enumerable: true, writable: true, configurable: true });
  }
  return out;
}
