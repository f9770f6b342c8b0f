import { resolve } from 'node:path';
import type { Command } from 'commander';
import { validatePlan } from '../check/validate-plan.js';
import { parseAsOf } from '../cli/as-of.js';
import type { CommandContext } from '../cli/context.js';
import { EXIT } from '../cli/exit-codes.js';
import { parseFormat } from '../cli/format-option.js';
import { UsageError } from '../cli/usage-error.js';
import { buildDraft } from '../import/draft.js';
import { DocumentError, readDocument } from '../import/read-document.js';
import { renderDraft } from '../import/render.js';
import { renderReview } from '../import/review.js';
import { findParts } from '../import/structure.js';
import { findSchemaAbove, OutExistsError, writeDraftFolder } from '../import/write-draft.js';
import { renderDiagnosticsText } from '../render/diagnostics-text.js';
import { displayPath } from '../cli/display-path.js';

const FORMATS = ['text', 'json'] as const;

interface Options {
  out?: string;
  dryRun?: boolean;
  format?: string;
  asOf?: string;
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
    .addHelpText('after', t.examples)
    .action(async (file: string, opts: Options) => done(await runImport(file, opts, ctx)));
}

async function runImport(file: string, opts: Options, ctx: CommandContext): Promise<number> {
  const t = ctx.text.import;
  const format = parseFormat(opts.format, FORMATS, ctx);
  const asOf = parseAsOf(opts.asOf, ctx.io.today, ctx.lang);
  if (!opts.out && !opts.dryRun) throw new UsageError(t.needOut, t.needOutHint);
  const out = opts.out ? resolve(ctx.io.cwd, opts.out) : undefined;

  let doc;
  try {
    doc = await readDocument(resolve(ctx.io.cwd, file));
  } catch (e) {
    if (e instanceof DocumentError) throw new UsageError(t.cannotRead(file, e.reason, e.message), t.formatsHint);
    throw e;
  }
  const draft = buildDraft(findParts(doc.blocks));
  const schema = out ? findSchemaAbove(out) : undefined;
  const files = renderDraft(draft, { schemaFromFolder: schema ?? 'plan.schema.json', source: file });

  if (opts.dryRun) {
    if (format === 'json') {
      const { review, tasks, ...rest } = draft;
      const json = { draft: { ...rest, tasks: tasks.flatMap((s) => s.tasks) }, files: Object.keys(files), review };
      ctx.io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    } else {
      for (const [name, content] of Object.entries(files)) ctx.io.stdout(`--- ${name}\n${content}\n`);
      ctx.io.stdout(`${renderReview(draft.review, t.reviewHeading, t.more)}\n`);
    }
    return EXIT.ok;
  }

  let written: string[];
  try {
    written = await writeDraftFolder(out!, files, schema === undefined);
  } catch (e) {
    if (e instanceof OutExistsError) throw new UsageError(t.outExists(displayPath(out!, ctx.io.cwd)), t.outExistsHint);
    throw e;
  }
  const checked = validatePlan(out!, { cwd: ctx.io.cwd, asOf });
  const errors = checked.all.filter((d) => d.severity === 'error');
  const chalk = ctx.chalk;
  if (checked.all.length) {
    const sources = new Map(checked.sources.map((s) => [s.path, s.text] as const));
    ctx.io.stderr(`${renderDiagnosticsText(checked.all, { lang: ctx.lang, chalk, sourceText: (f) => sources.get(f) })}\n\n`);
  }
  const summary = t.written(displayPath(out!, ctx.io.cwd), written.length, draft.targets.length, draft.tasks.reduce((n, s) => n + s.tasks.length, 0), draft.legalBases.length);
  if (format === 'json') {
    ctx.io.stdout(`${JSON.stringify({ out: displayPath(out!, ctx.io.cwd), files: written, valid: errors.length === 0, review: draft.review }, null, 2)}\n`);
  } else {
    ctx.io.stdout(`${chalk.green('✓')} ${summary}\n\n${renderReview(draft.review, t.reviewHeading, t.more)}\n`);
  }
  return errors.length ? EXIT.planErrors : EXIT.ok;
}
