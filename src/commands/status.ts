import type { Command } from 'commander';
import { validatePlan } from '../check/validate-plan.js';
import { parseAsOf } from '../cli/as-of.js';
import type { CommandContext } from '../cli/context.js';
import { EXIT } from '../cli/exit-codes.js';
import { parseFormat } from '../cli/format-option.js';
import { resolvePlanFolders } from '../cli/resolve-plans.js';
import { UsageError } from '../cli/usage-error.js';
import { REPORT_LABELS } from '../i18n/report-labels.js';
import type { Plan } from '../model/plan.js';
import { renderDiagnosticsText } from '../render/diagnostics-text.js';
import { renderStatusRollupCsv, renderStatusRollupMarkdown } from '../render/rollup-formats.js';
import { renderStatusRollupTable, type RollupPart } from '../render/rollup-table.js';
import { renderStatusCsv } from '../render/status-csv.js';
import { renderStatusJson } from '../render/status-json.js';
import { renderStatusMarkdown } from '../render/status-markdown.js';
import { renderStatusTable } from '../render/status-table.js';
import { parsePeriodCode, periodRange } from '../report/periods.js';
import { buildStatusRollup } from '../report/rollup.js';
import { buildStatusReport, matchField, planConvention, reportAsOf } from '../report/status-report.js';
import { closest } from '../text/closest.js';

const FORMATS = ['table', 'json', 'csv', 'markdown'] as const;

interface Options {
  asOf?: string;
  period?: string;
  calendar?: boolean;
  field?: string[];
  unit?: string[];
  target?: string[];
  format?: string;
  overdue?: string;
  bom?: boolean;
  color?: boolean;
  rollup?: string;
}

export const ROLLUP_VALUES = ['auto', 'wards', 'targets', 'off'] as const;
export type RollupChoice = (typeof ROLLUP_VALUES)[number];

/** --rollup: what several plans print (auto: both rollup tables, or for CSV the plans' own rows). */
export function parseRollup<const V extends string>(value: string | undefined, allowed: readonly V[], ctx: CommandContext): V {
  if (value === undefined) return allowed[0]!;
  const v = value.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(v)) return v as V;
  throw new UsageError(REPORT_LABELS[ctx.lang].errors.badRollup(value, allowed.join(', ')));
}

export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
const collectList = (value: string, previous: string[] = []): string[] => [
  ...previous,
  ...value.split(',').map((v) => v.trim()).filter((v) => v !== ''),
];

/** A whole number >= 0 from an option, else a usage error. */
export function parseCount(value: string | undefined, option: string, fallback: number, ctx: CommandContext): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value.trim())) throw new UsageError(REPORT_LABELS[ctx.lang].errors.badCount(option, value));
  return Number(value.trim());
}

/**
 * Loads and checks the plan folders named on the line. A plan with errors stops the report: its
 * diagnostics go to stderr and the caller exits 1. Returns null in that case.
 */
export function loadValidPlans(paths: readonly string[], asOf: string, ctx: CommandContext, colorFlag: boolean | undefined): Plan[] | null {
  const folders = resolvePlanFolders(paths, ctx.io.cwd, ctx.lang);
  const chalk = ctx.chalkFor(colorFlag);
  const plans: Plan[] = [];
  let errorCount = 0;
  // One plan at a time: only the plain data of valid plans is kept, never their sources.
  for (const folder of folders) {
    const r = validatePlan(folder, { cwd: ctx.io.cwd, asOf, cache: ctx.planCache });
    const errors = r.all.filter((d) => d.severity === 'error');
    if (errors.length === 0 && r.plan) {
      plans.push(r.plan);
      continue;
    }
    errorCount += Math.max(1, errors.length);
    const sources = new Map(r.sources.map((s) => [s.path, s.text] as const));
    const body = renderDiagnosticsText(errors, { lang: ctx.lang, chalk, sourceText: (f) => sources.get(f) });
    if (body) ctx.io.stderr(`${body}\n\n`);
  }
  if (errorCount > 0) {
    ctx.io.stderr(`plan: ${chalk.red(REPORT_LABELS[ctx.lang].errors.hasErrors(errorCount))}\n`);
    return null;
  }
  return plans;
}

/** --target, --unit and --field must each name something in at least one of the plans (else exit 2, with a guess). */
export function checkFilters(plans: readonly Plan[], f: { target?: string[]; unit?: string[]; field?: string[] }, ctx: CommandContext): void {
  const targetIds = [...new Set(plans.flatMap((p) => p.targets.map((t) => t.id)))];
  for (const id of f.target ?? []) if (!targetIds.includes(id)) throw unknownId('target', id, targetIds, ctx);
  const unitIds = [...new Set(plans.flatMap((p) => p.units.map((u) => u.id)))];
  for (const id of f.unit ?? []) if (!unitIds.includes(id)) throw unknownId('unit', id, unitIds, ctx);
  for (const field of f.field ?? []) {
    if (!plans.some((p) => matchField(p.header.sections, field) !== null)) {
      const names = [...new Set(plans.flatMap((p) => p.header.sections.flatMap((s) => [s.id, ...(s.short ? [s.short] : [])])))];
      throw unknownId('field', field, names, ctx);
    }
  }
}

function unknownId(kind: 'target' | 'unit' | 'field', value: string, known: readonly string[], ctx: CommandContext): UsageError {
  const E = REPORT_LABELS[ctx.lang].errors;
  const message = kind === 'target' ? E.unknownTarget(value) : kind === 'unit' ? E.unknownUnit(value) : E.unknownField(value);
  const guess = closest(value, known);
  return new UsageError(message, guess !== undefined ? E.didYouMean(guess) : E.known(known.join(', ')));
}

export function registerStatus(program: Command, ctx: CommandContext, done: (code: number) => void): void {
  const H = REPORT_LABELS[ctx.lang].help.status;
  program
    .command('status')
    .description(H.description)
    .argument('[paths...]', ctx.text.paths)
    .option('--as-of <date>', ctx.text.asOf)
    .option('--period <period>', H.period)
    .option('--calendar', H.calendar)
    .option('--field <field>', H.field, collect)
    .option('--unit <unit>', H.unit, collect)
    .option('--target <ids>', H.target, collectList)
    .option('-f, --format <format>', H.format)
    .option('--overdue <n>', H.overdue)
    .option('--bom', H.bom)
    .option('--rollup <what>', H.rollup)
    .action((paths: string[], opts: Options) => {
      const L = REPORT_LABELS[ctx.lang];
      const format = parseFormat(opts.format, FORMATS, ctx);
      const rollupChoice = parseRollup(opts.rollup, ROLLUP_VALUES, ctx);
      const overdueLimit = parseCount(opts.overdue, '--overdue', 5, ctx);
      const given = opts.asOf === undefined ? undefined : parseAsOf(opts.asOf, ctx.io.today, ctx.lang);
      if (opts.period !== undefined && !parsePeriodCode(opts.period).ok) {
        throw new UsageError(L.errors.badPeriod(opts.period), L.errors.periodForms);
      }
      const period = opts.period === undefined ? undefined : opts.period.trim().toUpperCase();
      // Checks run as of the date asked for; for a period without --as-of, its calendar end (never the clock).
      const checkAsOf = given ?? (period !== undefined ? periodRange(period, 'calendar').end : parseAsOf(undefined, ctx.io.today, ctx.lang));
      const colorFlag = program.opts<{ color?: boolean }>().color ?? opts.color;
      const plans = loadValidPlans(paths, checkAsOf, ctx, colorFlag);
      if (plans === null) return done(EXIT.planErrors);

      checkFilters(plans, opts, ctx);

      const reports = plans.map((plan) => {
        const convention = planConvention(plan, opts.calendar === true);
        const range = period === undefined ? null : periodRange(period, convention);
        const asOf = reportAsOf(range, given, ctx.io.today);
        return buildStatusReport(plan, {
          asOf,
          convention,
          ...(period === undefined ? {} : { period }),
          ...(opts.field ? { sections: opts.field.flatMap((f) => matchField(plan.header.sections, f) ?? []) } : {}),
          ...(opts.unit ? { units: opts.unit } : {}),
          ...(opts.target ? { targets: opts.target } : {}),
        });
      });

      // Several plans: the rollup by ward and by shared target (docs/json.md), unless --rollup off.
      const rollup = reports.length > 1 && rollupChoice !== 'off' ? buildStatusRollup(reports) : undefined;
      const part: RollupPart = rollupChoice === 'wards' || rollupChoice === 'targets' ? rollupChoice : 'all';
      if (format === 'json') ctx.io.stdout(`${renderStatusJson(reports, ctx.lang, rollup)}\n`);
      else if (format === 'csv') {
        // The banner is not data: it goes to stderr, so the CSV stays one clean table.
        if (reports.some((r) => r.illustrative)) ctx.io.stderr(`plan: ${L.banner}\n`);
        if (rollup && part !== 'all') ctx.io.stdout(renderStatusRollupCsv(rollup, part, { lang: ctx.lang, bom: opts.bom === true }));
        else ctx.io.stdout(renderStatusCsv(reports, { lang: ctx.lang, bom: opts.bom === true }));
      } else if (format === 'markdown') {
        if (rollup) ctx.io.stdout(`${renderStatusRollupMarkdown(rollup, reports, { lang: ctx.lang, part })}\n`);
        else ctx.io.stdout(`${reports.map((r) => renderStatusMarkdown(r, { lang: ctx.lang, overdueLimit })).join('\n\n')}\n`);
      } else {
        const chalk = ctx.chalkFor(colorFlag);
        const width = ctx.io.columns ?? 100;
        if (rollup) ctx.io.stdout(`${renderStatusRollupTable(rollup, reports, { lang: ctx.lang, chalk, width, part })}\n`);
        else ctx.io.stdout(`${reports.map((r) => renderStatusTable(r, { lang: ctx.lang, chalk, width, overdueLimit })).join('\n\n')}\n`);
      }
      done(EXIT.ok);
    });
}
