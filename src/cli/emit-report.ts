import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPORT_LABELS } from '../i18n/report-labels.js';
import { writeErrorText } from '../i18n/write-messages.js';
import type { Format, ReportSource } from '../render/format.js';
import { FORMATS, type FormatName } from '../render/formats.js';
import { isWriteError } from '../write/errors.js';
import { writeFileAtomic } from '../write/atomic-write.js';
import type { CommandContext } from './context.js';
import { UsageError } from './usage-error.js';

export interface EmitOptions {
  bom: boolean;
  /** --out: a file instead of stdout (required for binary formats). */
  out?: string;
  /** --force: overwrite an existing --out file. */
  force: boolean;
}

/**
 * Renders a report source in the chosen format and sends it where it goes: stdout, or the --out file
 * written atomically (an existing file only with --force). Data formats say "illustrative" on stderr.
 */
export async function emitReport(source: ReportSource, name: FormatName, ctx: CommandContext, o: EmitOptions): Promise<void> {
  await emitFormatted(source, name, FORMATS[name], ctx, o);
}

/** emitReport with the format given (tests pass formats of their own). */
export async function emitFormatted(source: ReportSource, name: string, format: Format, ctx: CommandContext, o: EmitOptions): Promise<void> {
  const L = REPORT_LABELS[ctx.lang];
  if (format.binary && o.out === undefined) throw new UsageError(L.errors.needsOut(name), L.errors.needsOutHint(name));
  const target = o.out === undefined ? undefined : resolve(ctx.io.cwd, o.out);
  if (target !== undefined && !o.force && existsSync(target)) throw new UsageError(L.errors.outExists(o.out!), L.errors.outExistsHint);
  // The banner is not data: it goes to stderr, so a CSV stays one clean table.
  if (source.illustrative && format.banner === 'stderr') ctx.io.stderr(`plan: ${L.banner}\n`);
  const output = await format.render(source, { chalk: ctx.chalk, width: ctx.io.columns ?? 100, bom: o.bom });
  if (target === undefined) {
    if (typeof output !== 'string') throw new UsageError(L.errors.needsOut(name), L.errors.needsOutHint(name));
    ctx.io.stdout(output);
    return;
  }
  try {
    await writeFileAtomic(target, output, o.force ? {} : { expected: null });
  } catch (e) {
    if (!isWriteError(e)) throw e;
    const { message, hint } = writeErrorText(e, ctx.lang);
    throw new UsageError(message, hint);
  }
}
