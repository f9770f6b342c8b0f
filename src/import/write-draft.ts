import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { planJsonSchema } from '../model/json-schema.js';
import { writeFileAtomic } from '../write/atomic-write.js';

export class OutExistsError extends Error {
  constructor(readonly dir: string) {
    super(`${dir} exists`);
    this.name = 'OutExistsError';
  }
}

/** The nearest plan.schema.json above `folder`, relative to it; undefined when there is none. */
export function findSchemaAbove(folder: string): string | undefined {
  for (let dir = dirname(resolve(folder)); ; dir = dirname(dir)) {
    const candidate = join(dir, 'plan.schema.json');
    if (existsSync(candidate)) return relative(resolve(folder), candidate).split('\\').join('/');
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Creates `dir` (it must not exist: a draft never overwrites a plan) and writes the files, each
 * atomically. Without a plan.schema.json above the folder, one is written inside it so the editor
 * schema line resolves.
 */
export async function writeDraftFolder(dir: string, files: Record<string, string>, withSchema: boolean): Promise<string[]> {
  const abs = resolve(dir);
  mkdirSync(dirname(abs), { recursive: true });
  try {
    mkdirSync(abs);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new OutExistsError(dir);
    throw e;
  }
  const all = { ...files, ...(withSchema ? { 'plan.schema.json': `${JSON.stringify(planJsonSchema(), null, 2)}\n` } : {}) };
  const written: string[] = [];
  for (const [name, content] of Object.entries(all)) {
    const path = join(abs, name);
    mkdirSync(dirname(path), { recursive: true });
    await writeFileAtomic(path, content, { root: abs, expected: null });
    written.push(name);
  }
  return written;
}
