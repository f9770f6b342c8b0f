import type { Plan, PlanGaps } from '../model/plan.js';
import type { IsoDate } from './calendar-date.js';
import { keepsTask, type ReportFilter } from './filters.js';
import { findOverdue, type OverdueItem } from './overdue.js';
import { planRef, type PlanRef } from './plan-ref.js';

// The plain-data report behind `plan overdue` (and the overdue list of `plan status`). Pure.

export interface OverdueReport {
  plan: PlanRef;
  asOf: IsoDate;
  within: number | null;
  illustrative: boolean;
  items: OverdueItem[];
  /** Items late, and items only upcoming (with `within`). */
  late: number;
  upcoming: number;
  unitNames: Record<string, string>;
  /** As in StatusReport: the plan has errors and this is the report of its valid part. */
  partial: PlanGaps | null;
}

/** The overdue items whose task the filter keeps. */
export function keptTasks(items: readonly OverdueItem[], plan: Pick<Plan, 'tasks'>, filter: ReportFilter): OverdueItem[] {
  const byId = new Map(plan.tasks.map((t) => [t.id, t]));
  return items.filter((item) => {
    const task = byId.get(item.id);
    return task !== undefined && keepsTask(filter, task);
  });
}

/**
 * The data behind `plan overdue`: late tasks (and, with `within`, upcoming ones), most late first,
 * those the filter keeps (filters.ts: the same meaning as under `plan status`).
 */
export function buildOverdueReport(plan: Plan, o: { asOf: IsoDate; within?: number; filter?: ReportFilter }): OverdueReport {
  const items = keptTasks(findOverdue(plan, plan.entries, { asOf: o.asOf, ...(o.within === undefined ? {} : { within: o.within }) }), plan, o.filter ?? {});
  const late = items.filter((i) => !i.upcoming).length;
  return {
    plan: planRef(plan),
    asOf: o.asOf,
    within: o.within ?? null,
    illustrative: plan.illustrative,
    items,
    late,
    upcoming: items.length - late,
    unitNames: Object.fromEntries(plan.units.map((u) => [u.id, u.name])),
    partial: plan.gaps ?? null,
  };
}
