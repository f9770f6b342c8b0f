import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes a cache file whole or not at all (temp file, then rename). A cache is rebuilt when lost,
 * so there is no fsync and every failure is swallowed: a read-only home never stops a command.
 */
export function writeCacheFile(file: string, text: string): boolean {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    makeFolders(dirname(file));
    writeFileSync(tmp, text);
    renameSync(tmp, file);
    return true;
  } catch {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // Not even the temp file can be touched: there is nothing of ours to clean.
    }
    return false;
  }
}

/**
 * mkdir -p one level at a time: Node 20's recursive mkdirSync spins forever under some virtual
 * file systems (seen with PLAN_CACHE_DIR under /proc), and a cache must never hang a command.
 */
function makeFolders(dir: string): void {
  const missing: string[] = [];
  for (let d = dir; !existsSync(d); d = dirname(d)) {
    if (dirname(d) === d) break;
    missing.unshift(d);
  }
  for (const d of missing) mkdirSync(d);
}
