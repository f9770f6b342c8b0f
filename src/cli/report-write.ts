import { lstatSync, mkdirSync } from 'node:fs';
import { relative } from 'node:path';
import type { CommandContext } from './context.js';
import { UsageError } from './usage-error.js';
import { REPORT_COMMAND } from '../i18n/report-command-messages.js';
import { isWriteError, writeFileAtomic } from '../write/index.js';

const exists = (file: string): boolean => {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
};

/** A path as the user would type it from where they are. */
export const shown = (file: string, cwd: string): string => {
  const r = relative(cwd, file);
  return r === '' || r.startsWith('..') ? file : r;
};

/** Refuses (exit 2) before any work is written when a file is there and --force is not given. */
export function refuseExisting(files: readonly string[], force: boolean, ctx: CommandContext): void {
  if (force) return;
  const M = REPORT_COMMAND[ctx.lang];
  const there = files.find(exists);
  if (there !== undefined) throw new UsageError(M.exists(shown(there, ctx.io.cwd)), M.existsHint);
}

export function ensureFolder(dir: string, ctx: CommandContext): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    const M = REPORT_COMMAND[ctx.lang];
    throw new UsageError(M.cannotWrite(shown(dir, ctx.io.cwd), (e as NodeJS.ErrnoException).code ?? String(e)), M.cannotWriteHint);
  }
}

/**
 * Writes one output through the write module: atomically (a temp file renamed over the target, so a
 * reader never sees half a report) and, without --force, only if the file still does not exist.
 */
export async function writeOutput(file: string, data: Uint8Array | string, force: boolean, ctx: CommandContext): Promise<void> {
  const M = REPORT_COMMAND[ctx.lang];
  try {
    await writeFileAtomic(file, data, force ? {} : { expected: null });
  } catch (e) {
    if (isWriteError(e, 'file-changed')) throw new UsageError(M.exists(shown(file, ctx.io.cwd)), M.existsHint);
    if (isWriteError(e)) {
      const why = typeof e.details.syscallCode === 'string' ? e.details.syscallCode : e.code;
      throw new UsageError(M.cannotWrite(shown(file, ctx.io.cwd), why), M.cannotWriteHint);
    }
    throw e;
  }
  ctx.io.stderr(`${M.wrote(shown(file, ctx.io.cwd))}\n`);
}
