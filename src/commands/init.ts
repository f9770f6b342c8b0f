import { resolve } from 'node:path';
import type { Command } from 'commander';
import { validatePlan } from '../check/validate-plan.js';
import { parseAsOf } from '../cli/as-of.js';
import type { CommandContext } from '../cli/context.js';
import { displayPath } from '../cli/display-path.js';
import { EXIT } from '../cli/exit-codes.js';
import { VERSION } from '../cli/program.js';
import { UsageError } from '../cli/usage-error.js';
import type { Draft } from '../import/draft.js';
import { initDraft } from '../import/init-draft.js';
import { renderDraft } from '../import/render.js';
import { renderReview } from '../import/review.js';
import { findSchemaAbove, OutExistsError, writeDraftFolder } from '../import/write-draft.js';
import { carryDraft } from '../init/carry-plan.js';
import { wardRoot, writeWardFiles } from '../init/ward-files.js';
import type { Plan } from '../model/plan.js';
import { planYears } from '../model/plan-range.js';
import { renderDiagnosticsText } from '../render/diagnostics-text.js';

interface Options {
  year?: string;
  place?: string;
  symbol?: string;
  from?: string;
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
    .option('--from <path>', t.from)
    .option('--as-of <date>', ctx.text.asOf)
    .addHelpText('after', t.examples)
    .action(async (dir: string, opts: Options) => done(await runInit(dir, opts, ctx)));
}

/** Last year's plan for --from: it must validate, since its ids and facts are carried as they are. */
function loadFrom(path: string, asOf: string, ctx: CommandContext): Plan {
  const t = ctx.text.init;
  const checked = validatePlan(resolve(ctx.io.cwd, path), { cwd: ctx.io.cwd, asOf });
  if (!checked.plan || checked.all.some((d) => d.severity === 'error')) throw new UsageError(t.fromInvalid(path), t.fromInvalidHint(path));
  return { ...checked.plan, dir: path };
}

async function runInit(dir: string, opts: Options, ctx: CommandContext): Promise<number> {
  const t = ctx.text.init;
  const asOf = parseAsOf(opts.asOf, ctx.io.today, ctx.lang);
  const from = opts.from !== undefined ? loadFrom(opts.from, asOf, ctx) : undefined;
  // From a term plan: the year after its last.
  const fromYear = from ? planYears(from.header).last : undefined;
  const year = opts.year !== undefined ? Number(opts.year) : fromYear !== undefined ? fromYear + 1 : Number(asOf.slice(0, 4));
  if (!Number.isInteger(year) || year < 1900 || year > 2200) throw new UsageError(t.badYear(String(opts.year)));
  if (fromYear !== undefined && year <= fromYear) throw new UsageError(t.fromYear(year, fromYear));
  const out = resolve(ctx.io.cwd, dir);
  const schema = findSchemaAbove(out);
  const draft: Draft = from
    ? carryDraft(from, { year, from: opts.from! })
    : initDraft({ year, ...(opts.place ? { place: opts.place } : {}), ...(opts.symbol ? { symbol: opts.symbol } : {}) });
  if (from && opts.place) draft.plan = { ...draft.plan, place: opts.place };
  if (from && opts.symbol) draft.plan = { ...draft.plan, symbol: opts.symbol };
  const files = renderDraft(draft, {
    schemaFromFolder: schema ?? 'plan.schema.json',
    source: 'plan init',
    comments: from ? { draft: t.draftFromComment(opts.from!, fromYear!), units: t.unitsFromComment(opts.from!) } : { draft: t.draftComment },
  });
  let written: string[];
  try {
    written = await writeDraftFolder(out, files, schema === undefined);
  } catch (e) {
    if (e instanceof OutExistsError) throw new UsageError(ctx.text.import.outExists(displayPath(out, ctx.io.cwd)), t.existsHint);
    throw e;
  }
  const root = wardRoot(out, ctx.io.cwd);
  const ward = await writeWardFiles(root, out, { year, version: VERSION, ...(draft.plan.place.includes('(chưa điền)') ? {} : { place: draft.plan.place }) });

  const checked = validatePlan(out, { cwd: ctx.io.cwd, asOf });
  const chalk = ctx.chalk;
  // Each "(chưa điền)" left is a warning of plan validate; here one count says it (a fresh folder is all placeholders).
  const shown = checked.all.filter((d) => d.code !== 'placeholder');
  const toFill = checked.all.length - shown.length;
  if (shown.length) ctx.io.stderr(`${renderDiagnosticsText(shown, { lang: ctx.lang, chalk, sourceText: () => undefined })}\n`);
  const lines = [`${chalk.green('✓')} ${t.done(displayPath(out, ctx.io.cwd), written.length, year)}`];
  if (toFill > 0) lines.push(`  ${t.toFill(toFill, displayPath(out, ctx.io.cwd))}`);
  for (const f of ward) lines.push(`  ${f.written ? t.wardWritten(displayPath(resolve(root, f.path), ctx.io.cwd)) : t.wardKept(displayPath(resolve(root, f.path), ctx.io.cwd))}`);
  if (from) lines.push('', renderReview(draft.review, t.reviewHeading, ctx.text.import.more));
  ctx.io.stdout(`${lines.join('\n')}\n`);
  return checked.all.some((d) => d.severity === 'error') ? EXIT.planErrors : EXIT.ok;
}
