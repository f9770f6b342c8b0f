import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll } from 'vitest';

/**
 * The write module (src/write, with yaml and zod) bundled into one ESM file, for the worker
 * processes of the concurrency and kill tests: the sources are TypeScript, the workers plain Node.
 */
export async function bundleWriteModule(): Promise<{ bundle: string; dir: string; remove: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'plan-write-bundle-'));
  const bundle = join(dir, 'write.mjs');
  await build({
    entryPoints: [resolve(import.meta.dirname, '../../src/write/index.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'silent',
    // yaml is CommonJS and require()s Node built-ins.
    banner: { js: "import { createRequire as __req } from 'node:module'; const require = __req(import.meta.url);" },
  });
  return { bundle, dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** For a test file: bundles the write module once before its tests and removes it after. */
export function useWriteBundle(): { readonly bundle: string; readonly dir: string } {
  const state = { bundle: '', dir: '' };
  let remove = () => {};
  beforeAll(async () => {
    const built = await bundleWriteModule();
    state.bundle = built.bundle;
    state.dir = built.dir;
    remove = built.remove;
  }, 60_000);
  afterAll(() => remove());
  return state;
}
