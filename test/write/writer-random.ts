/**
 * Per-writer deterministic "random" bytes for the lock model: the tests mock randomHex of
 * src/runtime/node-crypto.ts with `deterministicBytes`, so replaying a schedule gives the same tokens and names.
 * Every value handed out is remembered with its writer, so that states differing only in which
 * fresh token a writer drew can be recognised as the same (`canonical`).
 * (No node:crypto here: this module is loaded by that mock.)
 */
export interface WriterDraws {
  id: number;
  n: number;
}

/**
 * Whose code runs now. The model resumes one writer at a time and lets it run alone until its next
 * scheduling point (every other writer waits at one), so a plain variable names the writer that
 * draws, without AsyncLocalStorage (whose promise hooks made every await of the model slower).
 */
export const writerRandom = {
  current: undefined as WriterDraws | undefined,
  getStore(): WriterDraws | undefined {
    return this.current;
  },
};

const owners = new Map<string, number>();

export function deterministicBytes(size: number): Buffer | undefined {
  const store = writerRandom.getStore();
  if (!store) return undefined;
  const out = Buffer.alloc(size);
  let x = ((store.id + 1) * 0x9e3779b1 + store.n++ * 0x85ebca6b) | 0 || 1;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  owners.set(out.toString('hex'), store.id);
  return out;
}

const HEX = /[0-9a-f]{12,}/g;

/** Texts already made canonical, while the values drawn stay the same (a few thousand texts). */
const memo = new Map<string, string>();
let memoOwners = 0;

/** The text with every drawn value replaced by its writer ("W0"): one name per writer. */
export function canonical(text: string): string {
  if (memoOwners !== owners.size || memo.size > 100_000) {
    memo.clear();
    memoOwners = owners.size;
  }
  let c = memo.get(text);
  if (c === undefined) {
    c = text.replace(HEX, (h) => {
      const w = owners.get(h);
      return w === undefined ? h : `W${w}`;
    });
    memo.set(text, c);
  }
  return c;
}
