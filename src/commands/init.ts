import { resolve } from 'node:path';
import type { Command } from 'commander';
import { validatePlan } from '../check/validate-plan.js';
import { parseAsOf } from '../cli/as-of.js';
import type { CommandContext } from '../cli/context.js';
import { EXIT } from '../cli/exit-codes.js';
import { UsageError } from '../cli/usage-error.js';
import { initDraft } from '../import/init-draft.js';
import { renderDraft } from '../import/render.js';
import { findSchemaAbove, OutExistsError, writeDraftFolder } from '../import/write-draft.js';
import { renderDiagnosticsText } from '../render/diagnostics-text.js';
import { displayPath } from '../cli/display-path.js';

interface Options {
  year?: string;
  place?: string;
  symbol?: string;
  asOf?: string;
}

export function registerInit(program: Command, ctx: CommandContext, done: (code: number) => void): void {
  const t = ctx.text.init;
  program
    .command('init')
    .description(t.description)
    .argument('<dir>', t.dir)
    .option('-y, --year <year>', t.year)
    .option('--place <name>', t.place)
    .option('--symbol <symbol>', t.symbol)
    .option('--as-of <date>', ctx.text.asOf)
    .addHelpText('after', t.examples)
    .action(async (dir: string, opts: Options) => done(await runInit(dir, opts, ctx)));
}

async function runInit(dir: string, opts: Options, ctx: CommandContext): Promise<number> {
  const t = ctx.text.init;
  const asOf = parseAsOf(opts.asOf, ctx.io.today, ctx.lang);
  const year = opts.year === undefined ? Number(asOf.slice(0, 4)) : Number(opts.year);
  if (!Number.isInteger(year) || year < 1900 || year > 2200) throw new UsageError(t.badYear(String(opts.year)));
  const out = resolve(ctx.io.cwd, dir);
  const schema = findSchemaAbove(out);
  const files = renderDraft(initDraft({ year, ...(opts.place ? { place: opts.place } : {}), ...(opts.symbol ? { symbol: opts.symbol } : {}) }), {
    schemaFromFolder: schema ?? 'plan.schema.json',
    source: 'plan init',
  });
  let written: string[];
  try {
    written = await writeDraftFolder(out, files, schema === undefined);
  } catch (e) {
    if (e instanceof OutExistsError) throw new UsageError(ctx.text.import.outExists(displayPath(out, ctx.io.cwd)), t.existsHint);
    throw e;
  }
  const checked = validatePlan(out, { cwd: ctx.io.cwd, asOf });
  const chalk = ctx.chalk;
  if (checked.all.length) ctx.io.stderr(`${renderDiagnosticsText(checked.all, { lang: ctx.lang, chalk, sourceText: () => undefined })}\n`);
  ctx.io.stdout(`${chalk.green('✓')} ${t.done(displayPath(out, ctx.io.cwd), written.length, year)}\n`);
  return checked.all.some((d) => d.severity === 'error') ? EXIT.planErrors : EXIT.ok;
}
