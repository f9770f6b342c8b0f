import type { ProgressEntry } from '../model/progress-entry.js';
import { minIso, plusMonths, type IsoDate } from './calendar-date.js';
import { inRange, parsePeriodCode, periodRange, previousYear, type DateRange, type PeriodConvention } from './periods.js';

export interface FigureQuery {
  /** Figures dated after this day are not known yet. */
  asOf: IsoDate;
  /** The period being reported; entries dated outside it do not count. */
  window: DateRange;
  /**
   * Convention used to place entries that carry a `period` code: such an entry counts only when its
   * period ends inside the window (a '2023' figure recorded on 2024-01-05 is not a 2024 figure;
   * a '2024-03' figure counts for 2024). Default 'calendar'.
   */
  convention?: PeriodConvention;
  /**
   * First day a figure may be dated: for a sum target the start of its accrual year (01/01 for the
   * budget, whatever the report's cut-off), so last December's cumulative total is not this
   * January's. Default window.start.
   */
  from?: IsoDate;
  /**
   * With a closed window: estimates dated after its end up to this day ("ước thực hiện cả năm",
   * up to the end of the plan year) also count, if they were recorded on or before asOf.
   */
  estimatesUntil?: IsoDate;
}

export interface FigureChoice {
  /** The entry whose value counts, or null when none qualifies. */
  entry: ProgressEntry | null;
  value: number | null;
  /** The chosen figure is an "ước thực hiện" (estimate). */
  estimate: boolean;
  /** Every entry that qualified, oldest first (ties: actual after estimate, then input order). */
  considered: ProgressEntry[];
}

interface Ranked {
  entry: ProgressEntry;
  index: number;
}

/**
 * Order of precedence: later date; at the same date an actual beats an estimate, a correction beats
 * what it corrects; then a later
 * `recorded` date; then later in the input (a later line of the progress file). So an estimate older
 * than a later actual never counts, and an actual is replaced only by a later figure.
 */
function compare(a: Ranked, b: Ranked): number {
  if (a.entry.date !== b.entry.date) return a.entry.date < b.entry.date ? -1 : 1;
  const ae = a.entry.estimate === true ? 0 : 1;
  const be = b.entry.estimate === true ? 0 : 1;
  if (ae !== be) return ae - be;
  // `plan record --correct`: a correction supersedes the figures of its date, wherever it was written.
  const ac = a.entry.correction === true ? 1 : 0;
  const bc = b.entry.correction === true ? 1 : 0;
  if (ac !== bc) return ac - bc;
  const ar = a.entry.recorded ?? '';
  const br = b.entry.recorded ?? '';
  if (ar !== br) return ar < br ? -1 : 1;
  return a.index - b.index;
}

function periodEndsInside(code: string, window: DateRange, convention: PeriodConvention): boolean {
  const parsed = parsePeriodCode(code);
  if (!parsed.ok) return false;
  return inRange(window, periodRange(parsed.period, convention).end);
}

/** Pick the latest by the order above among the given entries (which must carry a value). */
export function pickLatest(entries: readonly ProgressEntry[]): FigureChoice {
  const ranked = entries.map((entry, index) => ({ entry, index })).sort(compare);
  const considered = ranked.map((r) => r.entry);
  const entry = considered.at(-1) ?? null;
  return { entry, value: entry?.value ?? null, estimate: entry?.estimate === true, considered };
}

/**
 * The figure that counts for a target as of a date within a window: among the target's entries with
 * a value and a date in [window.start, min(asOf, window.end)], the latest (see `compare`).
 *
 * For `accrual: sum` targets (budget revenue, ...), recorded figures are cumulative from the start of
 * the window (year to date), not increments: the latest one counts, by the same rule, and is never
 * added to earlier ones.
 */
export function figureThatCounts(targetId: string, entries: readonly ProgressEntry[], query: FigureQuery): FigureChoice {
  const convention = query.convention ?? 'calendar';
  const until = minIso(query.asOf, query.window.end);
  const from = query.from ?? query.window.start;
  const late = query.estimatesUntil;
  // An estimate counts only once it was recorded: a report re-run later at the same asOf is the same.
  const known = (e: ProgressEntry) => e.estimate !== true || e.recorded === undefined || e.recorded <= query.asOf;
  const lateEstimate = (e: ProgressEntry) =>
    late !== undefined && e.estimate === true && e.recorded !== undefined && e.recorded <= query.asOf && e.date > until && e.date <= late;
  const qualifying = entries.filter(
    (e) =>
      e.target === targetId &&
      typeof e.value === 'number' &&
      Number.isFinite(e.value) &&
      e.date >= from &&
      (e.date <= until || lateEstimate(e)) &&
      known(e) &&
      (e.period === undefined || periodEndsInside(e.period, query.window, convention)),
  );
  return pickLatest(qualifying);
}

export interface PreviousQuery extends FigureQuery {
  /** The report's period code; entries tagged with the same period one year earlier count. */
  period?: string;
}

/**
 * The figure for the same period one year earlier ("so với cùng kỳ"): entries tagged with
 * previousYear(period) (any date up to asOf), and untagged entries (all entries, when the report has
 * no period) dated inside the window moved back
 * one year, up to asOf moved back one year (so a year-to-date figure is compared with last year's
 * figure at the same point). Same precedence as figureThatCounts.
 */
export function previousFigure(targetId: string, entries: readonly ProgressEntry[], query: PreviousQuery): FigureChoice {
  const parsed = query.period === undefined ? null : parsePeriodCode(query.period);
  const tag = parsed?.ok ? previousYear(parsed.period) : null;
  const start = plusMonths(query.window.start, -12);
  const until = plusMonths(minIso(query.asOf, query.window.end), -12);
  const qualifying = entries.filter(
    (e) =>
      e.target === targetId &&
      typeof e.value === 'number' &&
      Number.isFinite(e.value) &&
      e.date <= query.asOf &&
      // Without a report period to match tags against, a tagged entry is placed by its date too.
      (e.period === undefined || tag === null ? e.date >= start && e.date <= until : e.period === tag),
  );
  return pickLatest(qualifying);
}
