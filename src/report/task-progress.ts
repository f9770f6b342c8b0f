import type { Plan } from '../model/plan.js';
import type { TaskStatus } from '../model/progress-entry.js';
import type { IsoDate } from './calendar-date.js';
import type { DateRange } from './periods.js';

/** What the check-ins of one task say over a report's window: its latest status and the notes. */
export interface TaskProgress {
  id: string;
  section: string;
  text: string;
  lead: string;
  /** Latest status in the window (by date; the later line wins a tie); null when no entry set one. */
  status: TaskStatus | null;
  /** The notes of the check-ins in the window, oldest first. */
  notes: { date: IsoDate; note: string }[];
}

/**
 * The tasks that reported in [window.start, min(asOf, window.end)], in plan order: the "tasks'
 * progress from check-ins and notes" part of a báo cáo. Pure; tasks that did not report are not listed
 * (late ones are what `findOverdue` lists).
 */
export function taskProgress(plan: Pick<Plan, 'tasks' | 'entries'>, window: DateRange, asOf: IsoDate): TaskProgress[] {
  const until = asOf < window.end ? asOf : window.end;
  const byTask = new Map<string, { date: IsoDate; status?: TaskStatus; note?: string }[]>();
  for (const e of plan.entries) {
    if (e.task === undefined || e.date < window.start || e.date > until) continue;
    let list = byTask.get(e.task);
    if (!list) byTask.set(e.task, (list = []));
    list.push({ date: e.date, ...(e.status ? { status: e.status } : {}), ...(e.note ? { note: e.note } : {}) });
  }
  const out: TaskProgress[] = [];
  for (const t of plan.tasks) {
    const list = byTask.get(t.id);
    if (!list) continue;
    // Stable sort: same-date entries keep their file order, so the later line wins.
    const sorted = [...list].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    let status: TaskStatus | null = null;
    for (const e of sorted) if (e.status) status = e.status;
    out.push({
      id: t.id,
      section: t.section,
      text: t.text,
      lead: t.lead,
      status,
      notes: sorted.filter((e) => e.note !== undefined).map((e) => ({ date: e.date, note: e.note! })),
    });
  }
  return out;
}
