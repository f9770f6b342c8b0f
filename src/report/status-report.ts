import type { Plan } from '../model/plan.js';
import type { Section } from '../model/section.js';
import { minIso, type IsoDate } from './calendar-date.js';
import { findOverdue, type OverdueItem } from './overdue.js';
import { parsePeriodCode, periodRange, type DateRange, type PeriodConvention } from './periods.js';
import { evaluateTarget, summarize, type Summary, type TargetEvaluation } from './variance.js';
import { planRange, targetWindow } from './window.js';
import type { ProgressEntry } from '../model/progress-entry.js';

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
  /** Section ids to keep (already resolved, children included); undefined: all. */
  sections?: readonly string[];
  /** Unit ids: keep targets (and tasks) a unit leads or supports; undefined: all. */
  units?: readonly string[];
  /** Target ids to keep; undefined: all. */
  targets?: readonly string[];
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
  /** place and issuer name the ward in a rollup across plans. */
  plan: { id: string; symbol: string; title: string; dir: string; place: string; issuer: string };
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
  /** Unit id -> name, for renderers. */
  unitNames: Record<string, string>;
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

const fold = (s: string): string => s.normalize('NFC').trim().toLocaleLowerCase('vi').replace(/\s+/g, ' ');

/**
 * The section ids a --field value names: a section id ("II.3" also takes II.3.1, II.3.2, ...), or a
 * section's short name or title (case-insensitive). null when nothing matches.
 */
export function matchField(sections: readonly Section[], query: string): string[] | null {
  const q = fold(query);
  const root =
    sections.find((s) => s.id.toLowerCase() === q) ??
    sections.find((s) => fold(s.short ?? '') === q) ??
    sections.find((s) => fold(s.title) === q);
  if (!root) return null;
  return sections.filter((s) => s.id === root.id || s.id.startsWith(`${root.id}.`)).map((s) => s.id);
}

function planRef(plan: Plan): StatusReport['plan'] {
  const h = plan.header;
  return { id: h.id, symbol: h.symbol, title: h.title, dir: plan.dir, place: h.place, issuer: h.issuer };
}

export function buildStatusReport(plan: Plan, o: StatusOptions): StatusReport {
  const period: ReportPeriod | null =
    o.period === undefined ? null : { code: o.period, ...periodRange(o.period, o.convention), convention: o.convention };
  // One window rule (issue 11): targets are yearly, judged in the plan year's window under the
  // convention (15/12 of the year before to 14/12 under Nghị định 09/2019), or in the year of the
  // report period; closed once asOf reaches its end. So `--as-of 2024-12-14` and `--period 2024`
  // are the same report, and a level below plan at 14/06 is "chưa đạt", not "không đạt".
  const parsed = o.period === undefined ? undefined : parsePeriodCode(o.period);
  const yearCode = parsed?.ok ? String(parsed.period.year) : String(plan.header.year);
  const entries = o.previousEntries === undefined ? plan.entries : [...o.previousEntries, ...plan.entries];
  const keepSection = (s: string | undefined) => o.sections === undefined || (s !== undefined && o.sections.includes(s));
  const keepUnit = (lead: string, support: readonly string[] | undefined) =>
    o.units === undefined || o.units.includes(lead) || (support ?? []).some((u) => o.units!.includes(u));
  const keepTarget = (id: string) => o.targets === undefined || o.targets.includes(id);

  const chosen = plan.targets.filter((t) => keepSection(t.section) && keepUnit(t.lead, t.support) && keepTarget(t.id));
  const sectionIds = new Set(plan.header.sections.map((s) => s.id));
  const groups: StatusGroup[] = plan.header.sections.map((s) => ({ section: s.id, name: s.short ?? s.title, rows: [] }));
  const other: StatusGroup = { section: null, name: '', rows: [] };
  const byId = new Map(groups.map((g) => [g.section, g]));

  const rows: StatusRow[] = [];
  for (const t of chosen) {
    const window = targetWindow(plan.header, t, { period: yearCode, convention: o.convention });
    const named = t.period === undefined ? undefined : plan.header.periods?.find((p) => p.id === t.period);
    // Sums accrue over the plan's own year (the budget year 01/01-31/12) or the named period.
    const accrual = named ? { start: named.start, end: named.end } : planRange(plan.header);
    const evaluation = evaluateTarget(t, entries, {
      asOf: o.asOf,
      window,
      accrual,
      // A target judged over its own named period (a school year) has no report-period "cùng kỳ".
      ...(named === undefined ? { period: o.period ?? yearCode } : {}),
      convention: o.convention,
      ...(o.against === undefined ? {} : { against: o.against }),
    });
    const row: StatusRow = {
      ...evaluation,
      no: 0,
      section: t.section !== undefined && sectionIds.has(t.section) ? t.section : null,
      window,
      namedPeriod: named ? { id: named.id, name: named.name } : null,
      closed: o.asOf >= window.end,
      lead: t.lead,
      support: [...(t.support ?? [])],
    };
    (row.section === null ? other : byId.get(row.section)!).rows.push(row);
    rows.push(row);
  }
  const shown = [...groups, other].filter((g) => g.rows.length > 0);
  const targets = shown.flatMap((g) => g.rows);
  targets.forEach((r, i) => (r.no = i + 1));

  const targetIds = o.targets;
  const overdue = findOverdue(plan, plan.entries, { asOf: o.asOf }).filter((item) => {
    const task = plan.tasks.find((t) => t.id === item.id);
    if (!task) return false;
    if (!keepSection(task.section)) return false;
    if (!keepUnit(task.lead, task.support)) return false;
    if (targetIds !== undefined && !(task.targets ?? []).some((id) => targetIds.includes(id))) return false;
    return true;
  });

  return {
    plan: planRef(plan),
    asOf: o.asOf,
    period,
    convention: o.convention,
    illustrative: plan.illustrative,
    groups: shown,
    targets,
    summary: summarize(targets),
    overdue,
    unitNames: Object.fromEntries(plan.units.map((u) => [u.id, u.name])),
  };
}

export interface OverdueReport {
  plan: StatusReport['plan'];
  asOf: IsoDate;
  within: number | null;
  illustrative: boolean;
  items: OverdueItem[];
  unitNames: Record<string, string>;
}

/**
 * The data behind `plan overdue`: late tasks (and, with `within`, upcoming ones), most late first;
 * with `units`, only the tasks those units lead; with `sections`, only those sections' tasks.
 */
export function buildOverdueReport(
  plan: Plan,
  o: { asOf: IsoDate; within?: number; units?: readonly string[]; sections?: readonly string[] },
): OverdueReport {
  const items = findOverdue(plan, plan.entries, { asOf: o.asOf, ...(o.within === undefined ? {} : { within: o.within }) });
  return {
    plan: planRef(plan),
    asOf: o.asOf,
    within: o.within ?? null,
    illustrative: plan.illustrative,
    items: items.filter((i) => (o.units === undefined || o.units.includes(i.leadUnit)) && (o.sections === undefined || o.sections.includes(i.section))),
    unitNames: Object.fromEntries(plan.units.map((u) => [u.id, u.name])),
  };
}
