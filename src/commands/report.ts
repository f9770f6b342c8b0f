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
import { parsePeriodCode, periodRange } from '../report/periods.js';
import { loadValidPlans } from '../cli/load-plans.js';
import { officialFor, renderReports, type ReportJob } from '../cli/report-render.js';
import { ensureFolder, refuseExisting, shown, writeOutput } from '../cli/report-write.js';
import { planConvention, reportAsOf } from '../report/report-spec.js';
import { buildStatusReport, type StatusReport } from '../report/status-report.js';

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
  combined?: boolean;
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
    .option('--init', M.init)
    .option('--combined', M.combined)
    .action(async (paths: string[], opts: Options) => done(await runReport(paths, opts, program, ctx)));
}

async function runReport(paths: string[], opts: Options, program: Command, ctx: CommandContext): Promise<number> {
  const M = REPORT_COMMAND[ctx.lang];
  const L = REPORT_LABELS[ctx.lang];
  const format = parseFormat(opts.format, REPORT_FORMATS, ctx);
  if (opts.period === undefined && opts.asOf === undefined) throw new UsageError(M.needPeriod, L.errors.periodForms);
  if (opts.period !== undefined && !parsePeriodCode(opts.period).ok) throw new UsageError(L.errors.badPeriod(opts.period), L.errors.periodForms);
  if (opts.number !== undefined && !/^\d{1,6}$/.test(opts.number.trim())) throw new UsageError(M.badNumber(opts.number));
  if (opts.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date)) throw new UsageError(M.badDate(opts.date));
  const date = opts.date === undefined ? undefined : parseAsOf(opts.date, ctx.io.today, ctx.lang);
  const period = opts.period?.trim().toUpperCase();
  const given = opts.asOf === undefined ? undefined : parseAsOf(opts.asOf, ctx.io.today, ctx.lang);
  const checkAsOf = given ?? periodRange(period!, 'calendar').end;
  const plans = loadValidPlans(paths, checkAsOf, ctx);
  if (plans === null) return EXIT.planErrors;
  if (opts.init && plans.length !== 1) throw new UsageError(M.initOne);

  const code = period ?? `as-of-${given}`;
  const jobs: ReportJob[] = plans.map((plan) => {
    const convention = planConvention(plan, opts.calendar === true);
    const range = period === undefined ? null : periodRange(period, convention);
    const report: StatusReport = buildStatusReport(plan, {
      asOf: reportAsOf(range, given, ctx.io.today),
      convention,
      ...(period === undefined ? {} : { period }),
    });
    // plan.dir is as the user typed it: relative to the command's folder, not this process's.
    const file = resolve(ctx.io.cwd, narrativePath(plan, code));
    return { plan, report, narrativeFile: file, narrative: opts.init ? null : readNarrative(file) };
  });
  const common = { ...(opts.number === undefined ? {} : { number: opts.number.trim() }), ...(date === undefined ? {} : { date }) };

  if (opts.init) {
    const job = jobs[0]!;
    const file = resolve(ctx.io.cwd, job.narrativeFile);
    refuseExisting([file], opts.force === true, ctx);
    ensureFolder(resolve(file, '..'), ctx);
    const { report } = officialFor(job, common, ctx);
    await writeOutput(file, narrativeDraft(report, job.plan.header.symbol), opts.force === true, ctx);
    ctx.io.stderr(`${M.wroteNarrative(shown(file, ctx.io.cwd))}\n`);
    return EXIT.ok;
  }

  if (jobs.some((j) => j.report.illustrative)) ctx.io.stderr(`plan: ${M.banner}\n`);
  const outputs = await renderReports(jobs, { format, code, combined: opts.combined === true, out: opts.out, ...common }, ctx);
  const force = opts.force === true;
  refuseExisting(outputs.map((o) => o.file), force, ctx);
  // Only the folder of several reports is made; a single --out must name an existing folder.
  if (outputs.length > 1) ensureFolder(resolve(outputs[0]!.file, '..'), ctx);
  for (const o of outputs) await writeOutput(o.file, o.bytes, force, ctx);
  return EXIT.ok;
}
