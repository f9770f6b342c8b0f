import type { Plan } from '../model/plan.js';
import type { ProgressEntry, TaskStatus } from '../model/progress-entry.js';
import type { Task } from '../model/task.js';
import { daysBetween, type IsoDate } from './calendar-date.js';
import { checkInPeriods, reportDue, taggedRange, type CheckInPeriod } from './check-in-periods.js';
import { inRange, type PeriodConvention } from './periods.js';
import { planRange } from './window.js';
import { planYears } from '../model/plan-range.js';
import { compareViNumeric } from './vi-order.js';

export interface OverdueItem {
  id: string;
  section: string;
  text: string;
  /** Lead unit id (resolve names with the plan's units, or use groupByLead). */
  leadUnit: string;
  /** deadline: the task is past its due date; check-in: periodic progress reports were missed. */
  kind: 'deadline' | 'check-in';
  /** The day by whose end the task, or the first missed report, was due. */
  due: IsoDate;
  /** Days after `due` (> 0 late); <= 0 for an upcoming item (0 = due today). */
  daysLate: number;
  /** Falls due within the `within` days, not late yet. */
  upcoming: boolean;
  /** Check-ins: how many reporting periods were missed since the last check-in ("chưa báo cáo 11 kỳ"); null for a deadline. */
  missed: number | null;
  /** Check-ins: the start of the first missed period; null for a deadline. */
  since: IsoDate | null;
  /** Check-ins: the code of the first missed (or, upcoming, the next) period; null for a deadline. */
  period: string | null;
  /** Date of the latest entry for the task up to asOf. */
  lastCheckIn: IsoDate | null;
  /** Status of the latest entry with a status, up to asOf. */
  status: TaskStatus | null;
}

export interface OverdueOptions {
  asOf: IsoDate;
  /** Also list tasks falling due in [asOf, asOf + within] (due today included: a date means its end). */
  within?: number;
  /** Cut-offs of the reporting periods; default the plan's (Nghị định 09/2019 when not declared). */
  convention?: PeriodConvention;
}

/** Latest by date; at the same date the later entry in the input wins. */
function latest(entries: readonly ProgressEntry[]): ProgressEntry | null {
  let best: ProgressEntry | null = null;
  for (const e of entries) if (best === null || e.date >= best.date) best = e;
  return best;
}

type PlanPart = Pick<Plan, 'header' | 'tasks'>;

/** Does a check-in cover the period? Its tag's range holds the period's end; untagged, its date falls in the period. */
function covers(e: ProgressEntry, p: CheckInPeriod, convention: PeriodConvention): boolean {
  if (e.period !== undefined) {
    const r = taggedRange(e.period, convention);
    if (r !== null) return inRange(r, p.end) || (p.start <= r.end && r.end <= p.end);
  }
  return inRange(p, e.date);
}

/**
 * Late items as of `asOf` (and, with `within`, those falling due soon), in two kinds:
 * - deadline: a task with `due` is late when asOf > due (the due day counts as a whole);
 * - check-in: an ongoing task with a `cadence` reports once per period of the plan year (monthly,
 *   quarterly, 6-monthly, yearly under the plan's cut-offs; weeks Monday to Sunday). A period is
 *   missed once its cut-off plus the declared due working days has passed with no check-in covering
 *   it (tagged with the period, else dated inside it); periods that ended before the plan was issued
 *   are skipped. `missed` counts the periods missed after the last covered one.
 * A task is closed when its latest status up to asOf is done or cancelled (a later 'in-progress'
 * reopens it): closed tasks are never listed. A task with both `due` and `cadence` can give both.
 * Sorted deadlines first, then most late first, then by lead unit, then id (Intl.Collator('vi', numeric)).
 */
export function findOverdue(plan: PlanPart, entries: readonly ProgressEntry[], options: OverdueOptions): OverdueItem[] {
  const { asOf } = options;
  const within = options.within ?? null;
  const convention = options.convention ?? plan.header.reporting?.convention ?? 'nd-09-2019';
  const dueDays = plan.header.reporting?.dueWorkingDays ?? 0;
  const range = planRange(plan.header);
  const byTask = new Map<string, ProgressEntry[]>();
  for (const e of entries) {
    if (e.task === undefined || e.date > asOf) continue;
    const list = byTask.get(e.task) ?? [];
    list.push(e);
    byTask.set(e.task, list);
  }
  const items: OverdueItem[] = [];
  for (const task of plan.tasks) {
    const own = byTask.get(task.id) ?? [];
    const status = latest(own.filter((e) => e.status !== undefined))?.status ?? null;
    if (status === 'done' || status === 'cancelled') continue;
    const lastCheckIn = latest(own)?.date ?? null;
    const common = { lastCheckIn, status };
    if (task.due !== undefined) {
      const daysLate = daysBetween(task.due, asOf);
      const upcoming = daysLate <= 0 && within !== null && -daysLate <= within;
      if (daysLate > 0 || upcoming) items.push(item(task, { kind: 'deadline', due: task.due, daysLate, upcoming, missed: null, since: null, period: null, ...common }));
    }
    if (task.cadence !== undefined) {
      // A term plan's tasks report every period of every year of the term.
      const { first: y0, last: y1 } = planYears(plan.header);
      const years = task.cadence === 'weekly' ? [y0] : Array.from({ length: y1 - y0 + 1 }, (_, i) => y0 + i);
      const periods = years.flatMap((y) => checkInPeriods(task.cadence!, y, convention, range)).filter((p) => p.end >= plan.header.issued && p.end <= range.end);
      let last = -1;
      periods.forEach((p, i) => {
        if (own.some((e) => covers(e, p, convention))) last = i;
      });
      const after = periods.slice(last + 1).map((p) => ({ p, due: reportDue(p.end, dueDays) }));
      const missed = after.filter((x) => x.due < asOf);
      const first = missed[0];
      if (first) {
        items.push(item(task, { kind: 'check-in', due: first.due, daysLate: daysBetween(first.due, asOf), upcoming: false, missed: missed.length, since: first.p.start, period: first.p.code, ...common }));
      } else if (within !== null) {
        const next = after.find((x) => x.due >= asOf);
        if (next && daysBetween(asOf, next.due) <= within) {
          items.push(item(task, { kind: 'check-in', due: next.due, daysLate: daysBetween(next.due, asOf), upcoming: true, missed: 0, since: null, period: next.p.code, ...common }));
        }
      }
    }
  }
  return items.sort(compareItems);
}

function item(task: Task, rest: Omit<OverdueItem, 'id' | 'section' | 'text' | 'leadUnit'>): OverdueItem {
  return { id: task.id, section: task.section, text: task.text, leadUnit: task.lead, ...rest };
}


const KIND_ORDER = { deadline: 0, 'check-in': 1 } as const;

function compareItems(a: OverdueItem, b: OverdueItem): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || b.daysLate - a.daysLate || compareViNumeric(a.leadUnit, b.leadUnit) || compareViNumeric(a.id, b.id);
}

export interface LeadGroup<T> {
  lead: string;
  /** The unit's name from the plan (its id when the plan does not declare it). */
  name: string;
  items: T[];
}

/** Group items by lead unit, groups ordered by unit name (Intl.Collator('vi')); items keep their order. */
export function groupByLead<T extends { leadUnit: string }>(items: readonly T[], units: Plan['units']): LeadGroup<T>[] {
  const names = new Map(units.map((u) => [u.id, u.name]));
  const groups = new Map<string, LeadGroup<T>>();
  for (const it of items) {
    let g = groups.get(it.leadUnit);
    if (!g) {
      g = { lead: it.leadUnit, name: names.get(it.leadUnit) ?? it.leadUnit, items: [] };
      groups.set(it.leadUnit, g);
    }
    g.items.push(it);
  }
  return [...groups.values()].sort((a, b) => compareViNumeric(a.name, b.name) || compareViNumeric(a.lead, b.lead));
}
