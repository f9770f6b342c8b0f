import { createRequire } from 'node:module';
import { resolve } from 'node:path';

// node:crypto loads sixteen modules (about 3 % of a start of `plan status`), and most runs never hash
// or draw a random name: it is loaded on first use. A built-in resolves the same from any folder;
// createRequire works both in the bundle and under the tests' ES modules.
let crypto: typeof import('node:crypto') | undefined;
const load = () => (crypto ??= createRequire(resolve('plan'))('node:crypto') as typeof import('node:crypto'));

/** The hex digest of `data`. */
export function hashHex(algorithm: 'sha1' | 'sha256', data: Uint8Array | string): string {
  return load().createHash(algorithm).update(data).digest('hex');
}

/** `bytes` random bytes as hex: unique names for temporary files and lock tokens. */
export function randomHex(bytes: number): string {
  return load().randomBytes(bytes).toString('hex');
}
