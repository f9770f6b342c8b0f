import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { WriteFs } from '../../src/write/fs-facade.js';

const dirs: string[] = [];

/** A fresh temp folder, removed after the test. */
export function tempDir(prefix = 'plan-write-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
}

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

export function errno(code: string, syscall = 'write'): NodeJS.ErrnoException {
  const e: NodeJS.ErrnoException = new Error(`${code}: injected ${syscall} failure`);
  e.code = code;
  e.syscall = syscall;
  return e;
}

/** Files in a folder other than the ones expected: temp files, locks. */
export function leftovers(dir: string, expected: string[]): string[] {
  return readdirSync(dir).filter((f) => !expected.includes(f));
}

/** An fs facade whose file handles fail on one method. */
export function failingHandle(base: WriteFs, method: 'writeFile' | 'sync', error: Error): WriteFs {
  return {
    ...base,
    open: async (path, flags, mode) => {
      const h = await base.open(path, flags, mode);
      if (flags === 'r') return h;
      return {
        writeFile: method === 'writeFile' ? async () => Promise.reject(error) : (d) => h.writeFile(d),
        sync: method === 'sync' ? async () => Promise.reject(error) : () => h.sync(),
        close: () => h.close(),
      };
    },
  };
}
