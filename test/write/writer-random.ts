import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Per-writer deterministic "random" bytes for the lock model: the tests mock node:crypto's
 * randomBytes with `deterministicBytes`, so replaying a schedule gives the same tokens and names.
 * Every value handed out is remembered with its writer, so that states differing only in which
 * fresh token a writer drew can be recognised as the same (`canonical`).
 * (No node:crypto here: this module is loaded by that mock.)
 */
export const writerRandom = new AsyncLocalStorage<{ id: number; n: number }>();

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

/** The text with every drawn value replaced by its writer ("W0"): one name per writer. */
export function canonical(text: string): string {
  return text.replace(HEX, (h) => {
    const w = owners.get(h);
    return w === undefined ? h : `W${w}`;
  });
}
