import { createRequire } from 'node:module';
import { resolve } from 'node:path';

/**
 * A start reads one ward's plan (about 90 KB); a district's validate or rollup reads hundreds. Tuned
 * for the one, a process switches to what pays over many once it has read MANY characters of plan
 * text: zod's compiled parsers (src/load/shape-parse.ts), and V8's young generation growing as usual
 * again (bin/plan.js keeps it at its start size, which a ward's run gains by and 400 wards lose by:
 * docs/performance.md). Each worker thread counts its own share.
 */
const MANY = 1_000_000;
let seen = 0;
let many = false;

/** Counts `chars` more characters read; true once the process has read many. */
export function readingMany(chars: number): boolean {
  seen += chars;
  if (!many && seen >= MANY) {
    many = true;
    growYoungGeneration();
  }
  return many;
}

// The setting bin/plan.js changes (V8 11 and 12 only); its default, 2, is what this restores.
function growYoungGeneration(): void {
  if (!/^1[12]\./.test(process.versions.v8)) return;
  const v8 = createRequire(resolve('plan'))('node:v8') as typeof import('node:v8');
  v8.setFlagsFromString('--semi-space-growth-factor=2');
}
