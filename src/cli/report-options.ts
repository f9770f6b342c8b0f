import { REPORT_LABELS } from '../i18n/report-labels.js';
import type { Plan } from '../model/plan.js';
import { normalizePeriod, type ReportRequest } from '../report/report-spec.js';
import { matchTermPeriod } from '../report/term-period.js';
import { parseAsOf } from './as-of.js';
import type { CommandContext } from './context.js';
import { UsageError } from './usage-error.js';

/** Option parsing shared by the report commands (status, overdue, report): values checked here, refused in the user's language. */

/** A repeatable option: every value, in order. */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** A repeatable option that also takes comma-separated lists ("--target a,b --target c"). */
export const collectList = (value: string, previous: string[] = []): string[] => [
  ...previous,
  ...value.split(',').map((v) => v.trim()).filter((v) => v !== ''),
];

/** A whole number >= 0 from an option, else a usage error. */
export function parseCount(value: string | undefined, option: string, fallback: number, ctx: CommandContext): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value.trim())) throw new UsageError(REPORT_LABELS[ctx.lang].errors.badCount(option, value));
  return Number(value.trim());
}

/** --rollup: what several plans print; the first allowed value is the default. */
export function parseRollup<const V extends string>(value: string | undefined, allowed: readonly V[], ctx: CommandContext): V {
  if (value === undefined) return allowed[0]!;
  const v = value.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(v)) return v as V;
  throw new UsageError(REPORT_LABELS[ctx.lang].errors.badRollup(value, allowed.join(', ')));
}

export interface RequestOptions {
  asOf?: string;
  period?: string;
  calendar?: boolean;
  field?: string[];
  unit?: string[];
  target?: string[];
  against?: string;
}

/** --as-of, --period, --calendar and the filters as a report request (report-spec.ts works out the rest). */
export function parseReportRequest(opts: RequestOptions, ctx: CommandContext): ReportRequest {
  const L = REPORT_LABELS[ctx.lang];
  const asOf = opts.asOf === undefined ? undefined : parseAsOf(opts.asOf, ctx.io.today, ctx.lang);
  let period: string | undefined;
  if (opts.period !== undefined) {
    const p = normalizePeriod(opts.period);
    if (p === null) throw new UsageError(L.errors.badPeriod(opts.period), L.errors.periodForms);
    period = p;
  }
  return {
    ...(asOf === undefined ? {} : { asOf }),
    ...(period === undefined ? {} : { period }),
    calendar: opts.calendar === true,
    ...(opts.against === undefined || opts.against.trim() === '' ? {} : { against: opts.against.trim() }),
    filter: {
      ...(opts.field ? { fields: opts.field } : {}),
      ...(opts.unit ? { units: opts.unit } : {}),
      ...(opts.target ? { targets: opts.target } : {}),
    },
  };
}

/**
 * A whole-term --period ("2021-2025") must name each plan's term (its years, or its name's years):
 * on a yearly plan, or another term, one usage error saying which plan and what to write instead.
 */
export function checkTermPeriod(plans: readonly Pick<Plan, 'header'>[], period: string | undefined, ctx: CommandContext): void {
  if (period === undefined) return;
  const E = REPORT_LABELS[ctx.lang].errors;
  for (const plan of plans) {
    const m = matchTermPeriod(plan.header, period);
    if (m === null || m.ok) continue;
    if (m.reason === 'yearly-plan') throw new UsageError(E.termOfYearlyPlan(period, plan.header.symbol, m.year), E.termOfYearlyPlanHint(m.year));
    throw new UsageError(E.otherTerm(period, plan.header.symbol, m.term.name, m.term.start, m.term.end), E.otherTermHint(m.term.start, m.term.end));
  }
}
