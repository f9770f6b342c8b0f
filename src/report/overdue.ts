import type { Plan } from '../model/plan.js';
import type { ProgressEntry, TaskStatus } from '../model/progress-entry.js';
import type { Cadence, Task } from '../model/task.js';
import { daysBetween, plusDays, plusMonths, type IsoDate } from './calendar-date.js';
import { planRange } from './window.js';

export interface OverdueItem {
  id: string;
  section: string;
  text: string;
  /** Lead unit id (resolve names with the plan's units, or use groupByLead). */
  leadUnit: string;
  /** The day by whose end the task, or its next check-in, was due. */
  due: IsoDate;
  /** Days after `due` (> 0 late); <= 0 for an upcoming item (0 = due today). */
  daysLate: number;
  /** Falls due within the `within` days, not late yet. */
  upcoming: boolean;
  kind: 'deadline' | 'check-in';
  /** Date of the latest entry for the task up to asOf. */
  lastCheckIn: IsoDate | null;
  /** Status of the latest entry with a status, up to asOf. */
  status: TaskStatus | null;
}

export interface OverdueOptions {
  asOf: IsoDate;
  /** Also list tasks falling due in [asOf, asOf + within] (due today included: a date means its end). */
  within?: number;
}

const CADENCE: Record<Cadence, { days: number } | { months: number }> = {
  weekly: { days: 7 },
  monthly: { months: 1 },
  quarterly: { months: 3 },
  'half-yearly': { months: 6 },
  yearly: { months: 12 },
};

function nextCheckIn(from: IsoDate, cadence: Cadence): IsoDate {
  const step = CADENCE[cadence];
  return 'days' in step ? plusDays(from, step.days) : plusMonths(from, step.months);
}

/** Latest by date; at the same date the later entry in the input wins. */
function latest(entries: readonly ProgressEntry[]): ProgressEntry | null {
  let best: ProgressEntry | null = null;
  for (const e of entries) if (best === null || e.date >= best.date) best = e;
  return best;
}

type PlanPart = Pick<Plan, 'header' | 'tasks'>;

/**
 * Tasks that are late as of `asOf` (and, with `within`, those falling due soon).
 * - A task with `due` is late when asOf > due (the due day counts as a whole) and it is not closed.
 * - A task with `cadence` is late when its last check-in (any entry for it dated <= asOf; none: the
 *   plan's start) plus one interval (7 days; 1, 3, 6 or 12 calendar months) is before asOf. Check-ins
 *   that would fall due after the plan's end are not asked for.
 * - A task is closed when its latest status up to asOf is done or cancelled (a later 'in-progress'
 *   reopens it). Closed tasks are never listed.
 * - A task with both `due` and `cadence` yields one item: the later-running of the two.
 * Sorted most late first, then by lead unit, then id (Intl.Collator('vi', numeric)).
 */
export function findOverdue(plan: PlanPart, entries: readonly ProgressEntry[], options: OverdueOptions): OverdueItem[] {
  const { asOf } = options;
  const within = options.within ?? null;
  const { start: planStart, end: planEnd } = planRange(plan.header);
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
    const candidates: OverdueItem[] = [];
    const consider = (due: IsoDate, kind: OverdueItem['kind']): void => {
      const daysLate = daysBetween(due, asOf);
      const upcoming = daysLate <= 0 && within !== null && -daysLate <= within;
      if (daysLate > 0 || upcoming) candidates.push(item(task, { due, daysLate, upcoming, kind, lastCheckIn, status }));
    };
    if (task.due !== undefined) consider(task.due, 'deadline');
    if (task.cadence !== undefined) {
      const due = nextCheckIn(lastCheckIn ?? planStart, task.cadence);
      if (due <= planEnd) consider(due, 'check-in');
    }
    const worst = candidates.reduce<OverdueItem | null>((w, c) => (w === null || c.daysLate > w.daysLate ? c : w), null);
    if (worst) items.push(worst);
  }
  return items.sort(compareItems);
}

function item(task: Task, rest: Omit<OverdueItem, 'id' | 'section' | 'text' | 'leadUnit'>): OverdueItem {
  return { id: task.id, section: task.section, text: task.text, leadUnit: task.lead, ...rest };
}

const collator = new Intl.Collator('vi', { numeric: true });

function compareItems(a: OverdueItem, b: OverdueItem): number {
  return b.daysLate - a.daysLate || collator.compare(a.leadUnit, b.leadUnit) || collator.compare(a.id, b.id);
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
  return [...groups.values()].sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.lead, b.lead));
}
