import { existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { writeFileAtomic } from '../write/atomic-write.js';
import { wardReadme, wardWorkflow, type WardReadmeOptions } from './ward-readme.js';

/**
 * The ward repository a new plan folder belongs to: the nearest folder above it with a .git, else
 * the folder holding its plans/ folder, else the folder it was made in.
 */
export function wardRoot(planDir: string, cwd: string): string {
  const abs = resolve(planDir);
  for (let dir = dirname(abs); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) break;
  }
  const parent = dirname(abs);
  return basename(parent) === 'plans' ? dirname(parent) : resolve(cwd);
}

export interface WardFile {
  /** Relative to the repository root, "/"-separated. */
  path: string;
  written: boolean;
}

/**
 * Writes the ward repository's README.md and CI workflow where there are none yet; a file the ward
 * already has is kept as it is (reported as not written).
 */
export async function writeWardFiles(root: string, planDir: string, o: Omit<WardReadmeOptions, 'planPath'>): Promise<WardFile[]> {
  const planPath = relative(root, resolve(planDir)).split('\\').join('/') || '.';
  const files: [string, string][] = [
    ['README.md', wardReadme({ ...o, planPath })],
    ['.github/workflows/plan.yml', wardWorkflow({ planPath, version: o.version })],
  ];
  const out: WardFile[] = [];
  for (const [path, text] of files) {
    const abs = join(root, ...path.split('/'));
    if (existsSync(abs)) {
      out.push({ path, written: false });
      continue;
    }
    mkdirSync(dirname(abs), { recursive: true });
    await writeFileAtomic(abs, text, { root, expected: null });
    out.push({ path, written: true });
  }
  return out;
}
