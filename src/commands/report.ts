import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { parseAsOf } from '../cli/as-of.js';
import type { CommandContext } from '../cli/context.js';
import { EXIT } from '../cli/exit-codes.js';
import { parseFormat } from '../cli/format-option.js';
import { UsageError } from '../cli/usage-error.js';
import { parseNarrative, type Narrative } from '../document/narrative-file.js';
import { narrativeDraft } from '../document/narrative-draft.js';
import { REPORT_COMMAND } from '../i18n/report-command-messages.js';
import { REPORT_LABELS } from '../i18n/report-labels.js';
import type { Plan } from '../model/plan.js';
import { SEMANTICS_LABELS } from '../i18n/semantics-labels.js';
import { checkDate, statusOptionsFor } from '../report/report-spec.js';
import { buildStatusReport, type StatusReport } from '../report/status-report.js';
import { loadValidPlans, previousYearEntries } from '../cli/load-plans.js';
import { checkTermPeriod, parseReportRequest } from '../cli/report-options.js';
import { combinedFor, combinedNarrativePath, officialFor, renderReports, type ReportJob } from '../cli/report-render.js';
import { ensureFolder, refuseExisting, shown, writeOutput } from '../cli/report-write.js';
import { takeBack } from '../cli/report-take-back.js';

export const REPORT_FORMATS = ['docx', 'xlsx', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

interface Options {
  period?: string;
  asOf?: string;
  calendar?: boolean;
  format?: string;
  out?: string;
  force?: boolean;
  number?: string;
  date?: string;
  init?: boolean;
  against?: string;
  combined?: boolean;
  fromDocx?: string;
  color?: boolean;
}

/** The narrative file of a plan for a report: <plan>/reports/<period>.md (or as-of-<date>.md). */
export const narrativePath = (plan: Plan, code: string): string => join(plan.dir, 'reports', `${code}.md`);

function readNarrative(file: string): Narrative | null {
  if (!existsSync(file)) return null;
  return parseNarrative(readFileSync(file, 'utf8'));
}

export function registerReport(program: Command, ctx: CommandContext, done: (code: number) => void): void {
  const M = REPORT_COMMAND[ctx.lang];
  const H = REPORT_LABELS[ctx.lang].help.status;
  program
    .command('report')
    .description(M.description)
    .argument('[paths...]', ctx.text.paths)
    .option('--period <period>', H.period)
    .option('--as-of <date>', ctx.text.asOf)
    .option('--calendar', H.calendar)
    .option('-f, --format <format>', M.format)
    .option('-o, --out <file>', M.out)
    .option('--force', M.force)
    .option('--number <n>', M.number)
    .option('--date <date>', M.date)
    .option('--against <source>', SEMANTICS_LABELS[ctx.lang].help.against)
    .option('--combined', M.combined)
    .option('--init', M.init)
    .option('--from-docx <file>', M.fromDocx)
    .action(async (paths: string[], opts: Options) => done(await runReport(paths, opts, program, ctx)));
}

async function runReport(paths: string[], opts: Options, program: Command, ctx: CommandContext): Promise<number> {
  const M = REPORT_COMMAND[ctx.lang];
  const L = REPORT_LABELS[ctx.lang];
  const format = parseFormat(opts.format, REPORT_FORMATS, ctx);
  if (opts.period === undefined && opts.asOf === undefined) throw new UsageError(M.needPeriod, L.errors.periodForms);
  if (opts.number !== undefined && !/^\d{1,6}$/.test(opts.number.trim())) throw new UsageError(M.badNumber(opts.number));
  if (opts.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date)) throw new UsageError(M.badDate(opts.date));
  const date = opts.date === undefined ? undefined : parseAsOf(opts.date, ctx.io.today, ctx.lang);
  // The window, the convention and --against as `plan status` reads them (report-spec.ts).
  const request = parseReportRequest(opts, ctx);
  const plans = loadValidPlans(paths, checkDate(request, ctx.io.today), ctx);
  if (plans === null) return EXIT.planErrors;
  checkTermPeriod(plans, request.period, ctx);
  const combined = opts.combined === true;
  if (combined && plans.length < 2) throw new UsageError(M.combinedMany);
  if (opts.init && plans.length !== 1 && !combined) throw new UsageError(M.initOne);
  if (opts.fromDocx !== undefined && opts.init) throw new UsageError(M.fromDocxInit);
  if (opts.fromDocx !== undefined && plans.length !== 1 && !combined) throw new UsageError(M.fromDocxOne);

  // A whole term named by its name's years ("2020-2025") files its narrative under the plan's years.
  const code = request.period === undefined ? `as-of-${request.asOf}` : (plans[0] === undefined ? request.period : (statusOptionsFor(plans[0], request, ctx.io.today).period ?? request.period));
  const jobs: ReportJob[] = plans.map((plan) => {
    const options = statusOptionsFor(plan, request, ctx.io.today);
    const previousEntries = previousYearEntries(plan, options.asOf, ctx);
    const report: StatusReport = buildStatusReport(plan, { ...options, ...(previousEntries === undefined ? {} : { previousEntries }) });
    // plan.dir is as the user typed it: relative to the command's folder, not this process's.
    const file = resolve(ctx.io.cwd, narrativePath(plan, code));
    return { plan, report, narrativeFile: file, narrative: opts.init || combined ? null : readNarrative(file) };
  });
  const common = { ...(opts.number === undefined ? {} : { number: opts.number.trim() }), ...(date === undefined ? {} : { date }) };
  const combinedFile = combined ? combinedNarrativePath(jobs, code, ctx) : null;
  let combinedNarrative = combinedFile === null || opts.init ? null : readNarrative(combinedFile);
  const force = opts.force === true;
  // People's words back from an edited .docx: they become the narrative of this run (and its file).
  const taken = opts.fromDocx === undefined ? null : await takeBack(opts.fromDocx, combinedFile ?? jobs[0]!.narrativeFile, force, ctx);
  if (taken !== null) {
    if (combinedFile !== null) combinedNarrative = taken.narrative;
    else jobs[0]!.narrative = taken.narrative;
  }

  if (opts.init) {
    const file = combinedFile ?? resolve(ctx.io.cwd, jobs[0]!.narrativeFile);
    refuseExisting([file], opts.force === true, ctx);
    ensureFolder(resolve(file, '..'), ctx);
    const draft = combinedFile === null
      ? narrativeDraft(officialFor(jobs[0]!, common, ctx).report, jobs[0]!.plan.header.symbol)
      : narrativeDraft(combinedFor(jobs, { ...common, narrativeFile: file, narrative: null }, ctx).report, M.combinedSymbol(jobs.length));
    await writeOutput(file, draft, opts.force === true, ctx);
    ctx.io.stderr(`${M.wroteNarrative(shown(file, ctx.io.cwd))}\n`);
    return EXIT.ok;
  }

  if (jobs.some((j) => j.report.illustrative)) ctx.io.stderr(`plan: ${M.banner}\n`);
  const outputs = await renderReports(
    jobs,
    { format, code, out: opts.out, ...common, ...(combinedFile === null ? {} : { combined: { file: combinedFile, narrative: combinedNarrative } }) },
    ctx,
  );
  refuseExisting(outputs.map((o) => o.file), force, ctx);
  // Only the folder of several reports is made; a single --out must name an existing folder.
  if (outputs.length > 1) ensureFolder(resolve(outputs[0]!.file, '..'), ctx);
  if (taken !== null && !taken.unchanged) {
    ensureFolder(resolve(taken.file, '..'), ctx);
    // Replacing is safe here: takeBack refused (without --force) if a paragraph of the file would go.
    await writeOutput(taken.file, taken.markdown, true, ctx);
    ctx.io.stderr(`${M.tookBack(shown(resolve(ctx.io.cwd, opts.fromDocx!), ctx.io.cwd), shown(taken.file, ctx.io.cwd))}\n`);
  }
  for (const o of outputs) await writeOutput(o.file, o.bytes, force, ctx);
  return EXIT.ok;
}
