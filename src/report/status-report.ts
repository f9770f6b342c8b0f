import type { Plan, PlanGaps } from '../model/plan.js';
import type { IsoDate } from './calendar-date.js';
import { keepsTarget, type ReportFilter } from './filters.js';
import { findOverdue, type OverdueItem } from './overdue.js';
import { keptTasks } from './overdue-report.js';
import { partsUnderTotals, topTotal } from './parts-order.js';
import { planRef, type PlanRef } from './plan-ref.js';
import { progressOf } from './progress.js';
import { parsePeriodCode, parseTermCode, periodRange, reportPeriodRange, termRange, type DateRange, type PeriodConvention } from './periods.js';
import { overYears, type YearCounts, type YearRow } from './term-years.js';
import { evaluateTarget, summarize, type Summary, type TargetEvaluation } from './variance.js';
import { planRange, targetWindow } from './window.js';
import type { ProgressEntry } from '../model/progress-entry.js';
import { kindOf } from '../kinds/comparison-kinds.js';
import type { Target } from '../model/target.js';
import { overOf, termYear, yearFigure } from '../model/term.js';
import { partLoops } from '../model/part-loops.js';

/**
 * The plain-data report behind `plan status` (every renderer and the JSON read this): the targets
 * evaluated as of a date or for a report period, grouped by field (plan.header.sections), with the
 * summary and the overdue tasks. Pure: no I/O, no clock, no language.
 */

export interface StatusOptions {
  /** Figures dated after this day are not known yet. */
  asOf: IsoDate;
  /** Report period code ('2024-Q2'); undefined: the plan's own span (each target's own period if named). */
  period?: string;
  convention: PeriodConvention;
  /** The targets and tasks to keep (filters.ts); undefined: all. */
  filter?: ReportFilter;
  /** Judge against this plan figure source (`--against`), where a target has it. */
  against?: string;
  /**
   * Entries of the previous year's plan (the folder beside this one): last year's final figures for
   * the baselines of change targets, and "cùng kỳ", without copying them into this year's files.
   */
  previousEntries?: readonly ProgressEntry[];
}

export interface StatusRow extends TargetEvaluation {
  /** Row number in the printed table ("TT"), 1-based over the rows shown, in group order. */
  no: number;
  section: string | null;
  /**
   * The window the target was judged in: the target's named period (a school year); else, with a
   * report period, the year it belongs to under the convention (targets are yearly); else the plan span.
   */
  window: DateRange;
  /** The target's own named period ("năm học 2024-2025"), if any. */
  namedPeriod: { id: string; name: string } | null;
  /** asOf is on or after the window's end: the verdict words are final. */
  closed: boolean;
  lead: string;
  support: string[];
  /** How far the figure has come towards what is judged (progress.ts); null when unknown. */
  progress: number | null;
  /** Some entry of the target has an error and was not counted (a partial report). */
  incomplete: boolean;
  /** The total this target is a part of ("trong đó: + Lúa 507 ha"), when it is in the report; shown under it. */
  partOf: string | null;
  /**
   * How many totals the row stands under in the table: 0 for a target of its own (or a part whose
   * total is not in the report), its total's depth + 1 for a part ("+ Lúa" under the total: 1).
   */
  depth: number;
  /** In a term plan: the span judged (the year of the report, or the whole term); null in a yearly plan. */
  term: RowTerm | null;
  /**
   * A yearly target in the report of a whole term (`--period 2021-2025`): each year of the term so
   * far, judged as that year's report judges it (term-years.ts); the row's own verdict is over the
   * years, and its own figures (actual, variance, ratio, cùng kỳ) are empty. Null otherwise.
   */
  byYear: YearRow[] | null;
}

/** A term plan's target: judged in one year of the term (`year`), or over the whole term. */
export interface RowTerm {
  over: 'year' | 'term';
  /** The year judged, for a yearly target; null for a term target. */
  year: number | null;
  start: number;
  end: number;
  /** The figure of this year written in `years`, which replaced the comparison's ("năm 2023: 35"). */
  yearFigure: boolean;
  /**
   * A term target with no figure to expect by now (a state, a level: nothing accrues), not reached
   * while the term is open: under way, due by the term's end ("đang thực hiện, hạn năm 2025"), not
   * behind. Its verdict stays "Chưa đạt" (not-yet); docs/quy-tac-danh-gia.md.
   */
  underWay: boolean;
  /** A yearly target in the report of a whole term: how its years came out; absent otherwise. */
  yearCounts?: YearCounts;
}

/** The term of a term plan, and the year its yearly targets are judged in. */
export interface ReportTerm {
  start: number;
  end: number;
  name: string | null;
  /** The year of --period, else of --as-of, kept inside the term; with a whole-term period, the last year shown. */
  year: number;
  /** The report is of the whole term (`--period 2021-2025`): yearly targets are shown year by year. */
  whole: boolean;
}

export interface StatusGroup {
  /** Section id; null for targets with no (known) section. */
  section: string | null;
  /** Short name of the field (section.short, else its title); '' for the null group. */
  name: string;
  rows: StatusRow[];
}

export interface ReportPeriod {
  code: string;
  start: IsoDate;
  end: IsoDate;
  convention: PeriodConvention;
}

export interface StatusReport {
  /** place and issuer name the ward in a rollup across plans; year: a yearly plan's year (null for a term plan). */
  plan: PlanRef;
  asOf: IsoDate;
  period: ReportPeriod | null;
  convention: PeriodConvention;
  illustrative: boolean;
  groups: StatusGroup[];
  /** All rows, in table order (the groups' rows concatenated). */
  targets: StatusRow[];
  summary: Summary;
  /** Overdue tasks as of asOf (same filters: field, unit, target), most late first. */
  overdue: OverdueItem[];
  /** How many of them are late (not upcoming). */
  late: number;
  /** Unit id -> name, for renderers. */
  unitNames: Record<string, string>;
  /** The plan has errors and this is the report of its valid part; null when it has none. */
  partial: PlanGaps | null;
  /** A term plan's term ("nhiệm kỳ 2020-2025"); null for a yearly plan. */
  term: ReportTerm | null;
}

export function buildStatusReport(plan: Plan, o: StatusOptions): StatusReport {
  const period: ReportPeriod | null =
    o.period === undefined ? null : { code: o.period, ...reportPeriodRange(o.period, o.convention), convention: o.convention };
  // A whole term ("2021-2025", checked against the plan's term by the caller: report-spec.ts).
  const whole = o.period !== undefined && parseTermCode(o.period) !== null;
  // One window rule (issue 11): targets are yearly, judged in the plan year's window under the
  // convention (15/12 of the year before to 14/12 under Nghị định 09/2019), or in the year of the
  // report period; closed once asOf reaches its end. So `--as-of 2024-12-14` and `--period 2024`
  // are the same report, and a level below plan at 14/06 is "chưa đạt", not "không đạt".
  const parsed = o.period === undefined ? undefined : parsePeriodCode(o.period);
  // A term plan (plan.term): its yearly targets are judged in the year of the period, else of as-of;
  // its term targets over the whole term, from the cut-off before its first year to that of its last.
  const termSpec = plan.header.term;
  const term: ReportTerm | null =
    termSpec === undefined
      ? null
      : { start: termSpec.start, end: termSpec.end, name: termSpec.name ?? null, year: termYear(termSpec, o.asOf, parsed?.ok ? parsed.period.year : undefined), whole };
  const yearCode = term !== null ? String(term.year) : parsed?.ok ? String(parsed.period.year) : String(plan.header.year);
  const range = planRange(plan.header);
  const termWindow: DateRange | null = term === null ? null : termRange(term, o.convention);
  const entries = o.previousEntries === undefined ? plan.entries : [...o.previousEntries, ...plan.entries];
  const filter = o.filter ?? {};
  // A ring of partOf (the `part-loop` error) is cut where it closes: that target stands as the total.
  const closers = new Set(partLoops(plan.targets).map((l) => l.closer));
  const totalIn = (kept: ReadonlyMap<string, Target>) => (t: Target): Target | undefined => (t.partOf === undefined || closers.has(t.id) ? undefined : kept.get(t.partOf));
  // A part is in the field of the total at the top (below), for --field too: "Kinh tế" keeps "+ Lúa".
  const inPlan = totalIn(new Map(plan.targets.map((t) => [t.id, t])));
  const chosen = plan.targets.filter((t) => keepsTarget(filter, { ...t, section: topTotal(t, inPlan).section }));
  const sectionIds = new Set(plan.header.sections.map((s) => s.id));
  const groups: StatusGroup[] = plan.header.sections.map((s) => ({ section: s.id, name: s.short ?? s.title, rows: [] }));
  const other: StatusGroup = { section: null, name: '', rows: [] };
  const byId = new Map(groups.map((g) => [g.section, g]));

  const rows: StatusRow[] = [];
  const totalOf = totalIn(new Map(chosen.map((t) => [t.id, t])));
  for (const t of chosen) {
    // A part stands under its total, a part of a part under its part: all in the field of the
    // total at the top, whatever their own.
    const total = totalOf(t);
    const sectionOf = topTotal(t, totalOf).section;
    const over = overOf(plan.header, t);
    const named = t.period === undefined ? undefined : plan.header.periods?.find((p) => p.id === t.period);
    /** The target judged in one year of the plan (or of the term), or over the whole term. */
    const judgeIn = (code: string) => {
      const window = over === 'term' && termWindow !== null ? termWindow : targetWindow(plan.header, t, { period: code, convention: o.convention });
      // Sums accrue over the plan's own year (the budget year 01/01-31/12) or the named period; in a
      // term plan, a yearly sum over its calendar year, a term total over the whole term.
      const accrual = named ? { start: named.start, end: named.end } : over === 'year' ? yearAccrual(Number(code), range) : range;
      const ownFigure = over === 'year' ? yearFigure(t, Number(code)) : undefined;
      const judged = ownFigure === undefined ? t : withYearFigure(t, ownFigure);
      const evaluation = evaluateTarget(judged, entries, {
        asOf: o.asOf,
        window,
        accrual,
        // A target judged over its own named period (a school year) has no report-period "cùng kỳ";
        // a year of a whole term has that year's.
        ...(named === undefined ? { period: whole && over === 'year' ? code : (o.period ?? code) } : {}),
        convention: o.convention,
        ...(o.against === undefined ? {} : { against: o.against }),
      });
      return { evaluation, window, ownFigure, closed: o.asOf >= window.end };
    };
    const byYear = whole && term !== null && over === 'year' ? termYears(term, (y) => judgeIn(String(y)), t) : null;
    const { evaluation, window, ownFigure, closed } =
      byYear !== null && termWindow !== null ? overTheYears(t, byYear, termWindow, o.asOf, o.convention) : judgeIn(yearCode);
    const row: StatusRow = {
      ...evaluation,
      no: 0,
      section: sectionOf !== undefined && sectionIds.has(sectionOf) ? sectionOf : null,
      window,
      namedPeriod: named ? { id: named.id, name: named.name } : null,
      closed,
      lead: t.lead,
      support: [...(t.support ?? [])],
      progress: progressOf({ ...evaluation, direction: t.direction }),
      incomplete: plan.gaps?.incomplete.targets.includes(t.id) ?? false,
      partOf: total === undefined ? null : total.id,
      depth: 0,
      term:
        term === null || over === null
          ? null
          : {
              over,
              year: over === 'year' && byYear === null ? Number(yearCode) : null,
              start: term.start,
              end: term.end,
              yearFigure: ownFigure !== undefined,
              underWay: over === 'term' && underWay(t, evaluation, closed),
              ...(byYear === null ? {} : { yearCounts: overYears(byYear, closed).counts }),
            },
      byYear,
    };
    (row.section === null ? other : byId.get(row.section)!).rows.push(row);
    rows.push(row);
  }
  for (const g of [...groups, other]) g.rows = partsUnderTotals(g.rows);
  const shown = [...groups, other].filter((g) => g.rows.length > 0);
  const targets = shown.flatMap((g) => g.rows);
  targets.forEach((r, i) => (r.no = i + 1));

  const overdue = keptTasks(findOverdue(plan, plan.entries, { asOf: o.asOf }), plan, filter);

  return {
    plan: planRef(plan),
    asOf: o.asOf,
    period,
    convention: o.convention,
    illustrative: plan.illustrative,
    groups: shown,
    targets,
    // A term plan's summary speaks of a closed result once every row's window has closed.
    summary: summarize(targets, term !== null && targets.length > 0 ? targets.every((r) => r.closed) : o.asOf >= periodRange(yearCode, o.convention).end),
    overdue,
    late: overdue.filter((i) => !i.upcoming).length,
    unitNames: Object.fromEntries(plan.units.map((u) => [u.id, u.name])),
    partial: plan.gaps ?? null,
    term,
  };
}

/** Each year of the term from its first to the year of the as-of date (a mid-term review stops there), judged as that year's report. */
function termYears(term: ReportTerm, judgeIn: (year: number) => { evaluation: TargetEvaluation; window: DateRange; ownFigure: number | undefined; closed: boolean }, t: Target): YearRow[] {
  const out: YearRow[] = [];
  for (let y = term.start; y <= term.year; y++) {
    const { evaluation, window, ownFigure, closed } = judgeIn(y);
    out.push({ ...evaluation, year: y, window, closed, yearFigure: ownFigure !== undefined, progress: progressOf({ ...evaluation, direction: t.direction }) });
  }
  return out;
}

/**
 * The row of a yearly target over the whole term: the comparison as written (no one year's figure),
 * the verdict over the years (term-years.ts), no figures of its own; its entries are the years'.
 */
function overTheYears(t: Target, years: readonly YearRow[], termWindow: DateRange, asOf: IsoDate, convention: PeriodConvention) {
  const closed = asOf >= termWindow.end;
  const general = evaluateTarget(t, [], { asOf, window: termWindow, convention });
  const { verdict, final } = overYears(years, closed);
  // Each entry once, in the years' order (oldest first).
  const entries = [...new Set(years.flatMap((y) => y.entries))];
  const evaluation: TargetEvaluation = { ...general, verdict, final, stretch: null, sources: [], judgements: [], entries };
  return { evaluation, window: termWindow, ownFigure: undefined, closed };
}

/** A term target that only the term's end judges (a state, a level), not reached yet while it is open. */
function underWay(t: Target, e: TargetEvaluation, closed: boolean): boolean {
  return !closed && e.verdict === 'not-yet' && kindOf(t.comparison).scoring === 'ordinal';
}

/** The calendar year a yearly sum of a term plan accrues over (the budget year), inside the plan's span. */
function yearAccrual(year: number, range: DateRange): DateRange {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  return { start: start < range.start ? range.start : start, end: end > range.end ? range.end : end };
}

/** The target with this year's own figure ("years") in place of its comparison's. */
function withYearFigure(t: Target, value: number): Target {
  const comparison = kindOf(t.comparison).withFigure(t.comparison, value);
  return comparison === null ? t : { ...t, comparison };
}
