import { resolve } from 'node:path';
import type { Command } from 'commander';
import { validatePlan } from '../check/validate-plan.js';
import { parseAsOf } from '../cli/as-of.js';
import type { CommandContext } from '../cli/context.js';
import { EXIT } from '../cli/exit-codes.js';
import { parseFormat } from '../cli/format-option.js';
import { UsageError } from '../cli/usage-error.js';
import { draftFromBlocks } from '../import/draft-document.js';
import type { Draft, DraftOptions } from '../import/draft.js';
import { NoPlanYearError } from '../import/draft-header.js';
import type { Block } from '../import/blocks.js';
import { DocumentError, readDocument } from '../import/read-document.js';
import { renderDraft } from '../import/render.js';
import { renderReview } from '../import/review.js';
import { findSchemaAbove, OutExistsError, writeDraftFolder } from '../import/write-draft.js';
import { MAX_FILE_BYTES } from '../load/read-text.js';
import { renderDiagnosticsText } from '../render/diagnostics-text.js';
import { displayPath } from '../cli/display-path.js';

const FORMATS = ['text', 'json'] as const;

interface Options {
  out?: string;
  dryRun?: boolean;
  format?: string;
  asOf?: string;
  year?: string;
  strict?: boolean;
}

export function registerImport(program: Command, ctx: CommandContext, done: (code: number) => void): void {
  const t = ctx.text.import;
  program
    .command('import')
    .description(t.description)
    .argument('<file>', t.file)
    .option('-o, --out <dir>', t.out)
    .option('--dry-run', t.dryRun)
    .option('-f, --format <format>', t.format)
    .option('--as-of <date>', ctx.text.asOf)
    .option('--year <year>', t.year)
    .option('--strict', t.strict)
    .addHelpText('after', t.examples)
    .action(async (file: string, opts: Options) => done(await runImport(file, opts, ctx)));
}

async function runImport(file: string, opts: Options, ctx: CommandContext): Promise<number> {
  const t = ctx.text.import;
  const format = parseFormat(opts.format, FORMATS, ctx);
  // Read only when needed: a dry run never asks for today; an explicit --as-of is checked at once.
  const asOfGiven = opts.asOf !== undefined ? parseAsOf(opts.asOf, ctx.io.today, ctx.lang) : undefined;
  const asOf = () => asOfGiven ?? parseAsOf(undefined, ctx.io.today, ctx.lang);
  if (!opts.out && !opts.dryRun) throw new UsageError(t.needOut, t.needOutHint);
  const out = opts.out ? resolve(ctx.io.cwd, opts.out) : undefined;

  let doc;
  try {
    doc = await readDocument(resolve(ctx.io.cwd, file));
  } catch (e) {
    if (e instanceof DocumentError && e.reason === 'too-large') throw new UsageError(t.tooLarge(file, mib(e.size ?? 0), mib(e.limit ?? 0)), t.tooLargeHint);
    if (e instanceof DocumentError && e.reason === 'bomb') throw new UsageError(t.bomb(file, mib(e.limit ?? 0)), t.formatsHint);
    if (e instanceof DocumentError && e.reason === 'legacy-mixed') throw new UsageError(t.legacyMixed(file, e.message, e.sample ?? ''), t.legacyMixedHint(e.message));
    if (e instanceof DocumentError && e.reason === 'pdf-no-text') throw new UsageError(t.pdfNoText(file), t.pdfNoTextHint);
    if (e instanceof DocumentError && e.reason === 'pdf-encrypted') throw new UsageError(t.pdfEncrypted(file), t.pdfEncryptedHint);
    if (e instanceof DocumentError && e.reason === 'pdf-too-many-pages') throw new UsageError(t.pdfTooManyPages(file, e.size ?? 0, e.limit ?? 0), t.tooLargeHint);
    if (e instanceof DocumentError) throw new UsageError(t.cannotRead(file, e.reason, e.message), t.formatsHint);
    throw e;
  }
  const draft = await draftWithYear(doc.blocks, opts, asOfGiven, ctx);
  // How the text was read (a PDF's text layer) comes first in the review.
  draft.review.unshift(...doc.review);
  // Never a silent success: what was left unread is said first.
  const warnings = unreadWarning(draft, ctx);
  if (warnings && format !== 'json') ctx.io.stderr(`${warnings}\n\n`);
  const strictExit = opts.strict && draft.unread.length > 0;
  const schema = out ? findSchemaAbove(out) : undefined;
  const files = renderDraft(draft, { schemaFromFolder: schema ?? 'plan.schema.json', source: file });
  // Never write a file the loader would refuse (issue 9 item 13: a 50 MB .md made a 53 MB plan.yaml).
  if (Object.values(files).some((c) => Buffer.byteLength(c) > MAX_FILE_BYTES)) throw new UsageError(t.draftTooLarge(mib(MAX_FILE_BYTES)), t.tooLargeHint);

  if (opts.dryRun) {
    if (format === 'json') {
      const { review, tasks, ...rest } = draft;
      const json = { draft: { ...rest, tasks: tasks.flatMap((s) => s.tasks) }, files: Object.keys(files), review };
      ctx.io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    } else {
      for (const [name, content] of Object.entries(files)) ctx.io.stdout(`--- ${name}\n${content}\n`);
      ctx.io.stdout(`${renderReview(draft.review, t.reviewHeading, t.more)}\n`);
    }
    if (strictExit) ctx.io.stderr(`${t.strictFailed}\n`);
    return strictExit ? EXIT.planErrors : EXIT.ok;
  }

  let written: string[];
  try {
    written = await writeDraftFolder(out!, files, schema === undefined);
  } catch (e) {
    if (e instanceof OutExistsError) throw new UsageError(t.outExists(displayPath(out!, ctx.io.cwd)), t.outExistsHint);
    throw e;
  }
  const checked = validatePlan(out!, { cwd: ctx.io.cwd, asOf: asOf() });
  const errors = checked.all.filter((d) => d.severity === 'error');
  const chalk = ctx.chalk;
  if (checked.all.length) {
    const sources = new Map(checked.sources.map((s) => [s.path, s.text] as const));
    ctx.io.stderr(`${renderDiagnosticsText(checked.all, { lang: ctx.lang, chalk, sourceText: (f) => sources.get(f) })}\n\n`);
  }
  const summary = t.written(displayPath(out!, ctx.io.cwd), written.length, draft.targets.length, draft.tasks.reduce((n, s) => n + s.tasks.length, 0), draft.legalBases.length);
  if (format === 'json') {
    ctx.io.stdout(`${JSON.stringify({ out: displayPath(out!, ctx.io.cwd), files: written, valid: errors.length === 0, targets: draft.targets.length, unread: draft.unread, review: draft.review }, null, 2)}\n`);
  } else {
    ctx.io.stdout(`${chalk.green('✓')} ${summary}\n\n${renderReview(draft.review, t.reviewHeading, t.more)}\n`);
  }
  if (strictExit) ctx.io.stderr(`${t.strictFailed}\n`);
  return errors.length || strictExit ? EXIT.planErrors : EXIT.ok;
}

/** The year from the document; else --year, else an explicit --as-of; else ask at a terminal; else refuse. */
async function draftWithYear(blocks: Block[], opts: Options, asOf: string | undefined, ctx: CommandContext): Promise<Draft> {
  const t = ctx.text.import;
  const options: DraftOptions = {};
  if (opts.year !== undefined) options.fallbackYear = { year: parseYear(opts.year, ctx), from: '--year' };
  else if (asOf !== undefined) options.fallbackYear = { year: Number(asOf.slice(0, 4)), from: '--as-of' };
  try {
    return draftFromBlocks(blocks, options);
  } catch (e) {
    if (!(e instanceof NoPlanYearError)) throw e;
    if (!ctx.io.stdinIsTTY || !ctx.io.prompt) throw new UsageError(t.noYear, t.noYearHint);
    const answer = (await ctx.io.prompt(t.askYear))?.trim();
    if (!answer) throw new UsageError(t.noYear, t.noYearHint);
    return draftFromBlocks(blocks, { fallbackYear: { year: parseYear(answer, ctx), from: '--year' } });
  }
}

function parseYear(text: string, ctx: CommandContext): number {
  if (!/^(?:19|20)\d{2}$/u.test(text.trim())) throw new UsageError(ctx.text.import.badYear(text), ctx.text.import.noYearHint);
  return Number(text.trim());
}

function unreadWarning(draft: Draft, ctx: CommandContext): string | undefined {
  const t = ctx.text.import;
  if (draft.unread.length === 0) return undefined;
  const list = draft.unread.map((u) => `  - "${u.length > 160 ? `${u.slice(0, 157)}…` : u}"`).join('\n');
  return `${draft.targets.length === 0 ? t.noTargets(draft.unread.length) : t.unread(draft.unread.length)}\n${list}`;
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
