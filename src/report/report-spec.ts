import type { Plan } from '../model/plan.js';
import { minIso, type IsoDate } from './calendar-date.js';
import { resolveFilter, type FilterQuery, type ReportFilter } from './filters.js';
import { parsePeriodCode, parseTermCode, reportPeriodRange, type DateRange, type PeriodConvention } from './periods.js';
import type { StatusOptions } from './status-report.js';
import { matchTermPeriod } from './term-period.js';

/**
 * What a report is asked for, as the command line says it (`--as-of`, `--period`, `--calendar`, the
 * filters), and how it becomes the options of one plan's report: the one place that works out the
 * as-of date, the convention and the window. Pure; "today" is passed in (the CLI's clock).
 */
export interface ReportRequest {
  /** --as-of (a checked date); undefined: the period's end, else today. */
  asOf?: IsoDate;
  /** --period, normalised ("2024-H1"); undefined: as of a date. */
  period?: string;
  /** --calendar: calendar periods, whatever the plan's convention. */
  calendar: boolean;
  filter: FilterQuery;
  /** --against: the plan figure source to judge against ("hdnd"), where a target has one. */
  against?: string;
}

/**
 * A --period value as the reports take it ("2024-h1" → "2024-H1"; a whole term "2021-2025", which
 * the plan's term must match: term-period.ts), or null when it is not a period code.
 */
export function normalizePeriod(value: string): string | null {
  const term = parseTermCode(value);
  if (term !== null) return `${term.start}-${term.end}`;
  return parsePeriodCode(value).ok ? value.trim().toUpperCase() : null;
}

/** The plan's report convention: header.reporting.convention, default Nghị định 09/2019. */
export function planConvention(plan: Pick<Plan, 'header'>, calendar: boolean): PeriodConvention {
  if (calendar) return 'calendar';
  return plan.header.reporting?.convention ?? 'nd-09-2019';
}

/** asOf for a report period: its end, or the given date when earlier. */
export function reportAsOf(period: DateRange | null, given: IsoDate | undefined, today: () => IsoDate): IsoDate {
  if (period === null) return given ?? today();
  return given === undefined ? period.end : minIso(given, period.end);
}

/** The date plans are checked as of: the one asked for; for a period without --as-of, its calendar end (never the clock). */
export function checkDate(req: Pick<ReportRequest, 'asOf' | 'period'>, today: () => IsoDate): IsoDate {
  return req.asOf ?? (req.period !== undefined ? reportPeriodRange(req.period, 'calendar').end : today());
}

/** The options of one plan's status report. */
export function statusOptionsFor(plan: Plan, req: ReportRequest, today: () => IsoDate): StatusOptions {
  const convention = planConvention(plan, req.calendar);
  // A whole term as its name's years ("2020-2025" for "nhiệm kỳ 2020-2025") is the plan's years.
  const term = req.period === undefined ? null : matchTermPeriod(plan.header, req.period);
  const period = term?.ok ? term.code : req.period;
  const range = period === undefined ? null : reportPeriodRange(period, convention);
  return {
    asOf: reportAsOf(range, req.asOf, today),
    convention,
    ...(period === undefined ? {} : { period }),
    ...(req.against === undefined ? {} : { against: req.against }),
    filter: resolveFilter(plan, req.filter),
  };
}

/** The options of one plan's overdue report (as of a date; `within`: also the tasks due soon). */
export function overdueOptionsFor(
  plan: Plan,
  req: Pick<ReportRequest, 'asOf' | 'filter'> & { within?: number },
  today: () => IsoDate,
): { asOf: IsoDate; within?: number; filter: ReportFilter } {
  return { asOf: req.asOf ?? today(), ...(req.within === undefined ? {} : { within: req.within }), filter: resolveFilter(plan, req.filter) };
}
