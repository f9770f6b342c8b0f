import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';

export const PLAN_HEADER_FILE = 'plan.yaml';
export const PLANS_FOLDER = 'plans';

const SKIPPED = new Set(['node_modules', '.git']);

/**
 * Finds the plans to work on from the working folder upward, as git finds `.git`: the plan folder
 * we stand in, or the nearest `plans/`.
 */
export function findPlansFolder(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    if (isPlanFolder(dir)) return dir;
    const candidate = join(dir, PLANS_FOLDER);
    if (existsSync(candidate) && statSync(candidate).isDirectory()) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** A plan folder is one that holds plan.yaml; a path may be one, hold several below it, or be a file inside one. */
export function planFoldersAt(path: string): string[] {
  const abs = resolve(path);
  const stat = statSync(abs);
  if (stat.isFile()) {
    const owner = owningPlanFolder(dirname(abs));
    return owner ? [owner] : [];
  }
  if (isPlanFolder(abs)) return [abs];
  const found: string[] = [];
  const walk = (dir: string, depth: number) => {
    if (depth > 6) return;
    for (const entry of sortedEntries(dir)) {
      if (!entry.isDirectory() || entry.name.startsWith('.') || SKIPPED.has(entry.name)) continue;
      const sub = join(dir, entry.name);
      if (isPlanFolder(sub)) found.push(sub);
      else walk(sub, depth + 1);
    }
  };
  walk(abs, 0);
  return found;
}

/** A folder link inside a plan that leads outside it: its files are not read, and that is said. */
export interface OutsideLink {
  path: string;
  target: string;
}

/**
 * The YAML files of one plan folder, excluding nested plan folders, and the folder links that lead
 * outside the plan (a `progress/` linked to a shared drive would otherwise be skipped silently, and
 * validate would call a plan with none of its figures valid). Links to folders inside the plan are
 * not followed: their files are read where they are.
 */
export function planFiles(folder: string): { files: string[]; outsideLinks: OutsideLink[] } {
  const files: string[] = [];
  const outsideLinks: OutsideLink[] = [];
  let root: string | undefined;
  const walk = (dir: string) => {
    for (const entry of sortedEntries(dir)) {
      const sub = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name.startsWith('.') || SKIPPED.has(entry.name) || isPlanFolder(sub)) continue;
        walk(sub);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && /\.ya?ml$/i.test(entry.name)) {
        // A link is read like a file; a dangling one is reported when reading fails.
        files.push(sub);
      } else if (entry.isSymbolicLink() && !entry.name.startsWith('.') && !SKIPPED.has(entry.name)) {
        const target = linkedFolder(sub);
        root ??= realpathSync(folder);
        if (target !== undefined && isOutside(root, target)) outsideLinks.push({ path: sub, target });
      }
    }
  };
  walk(folder);
  return { files, outsideLinks };
}

/** The real path of a link to a folder; undefined for a link to anything else, or a dangling one. */
function linkedFolder(link: string): string | undefined {
  try {
    return statSync(link).isDirectory() ? realpathSync(link) : undefined;
  } catch {
    return undefined;
  }
}

function isOutside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' ? false : rel.startsWith('..') || isAbsolute(rel);
}

function owningPlanFolder(dir: string): string | undefined {
  let d = dir;
  for (;;) {
    if (isPlanFolder(d)) return d;
    const parent = dirname(d);
    if (parent === d) return undefined;
    d = parent;
  }
}

function isPlanFolder(dir: string): boolean {
  return existsSync(join(dir, PLAN_HEADER_FILE));
}

function sortedEntries(dir: string) {
  return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
