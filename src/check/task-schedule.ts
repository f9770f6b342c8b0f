import { diagnostic } from '../diagnostics/make.js';
import type { Check } from './context.js';

/** A task with neither a deadline nor a reporting cadence can never be overdue: nobody would notice it slip. */
export const taskSchedule: Check = ({ plan, origins }) =>
  plan.tasks
    .filter((t) => t.due === undefined && t.cadence === undefined)
    .map((t) => diagnostic('task-no-schedule', origins.at(t, ['id']), { id: t.id }));
