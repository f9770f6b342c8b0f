import type { PlanHeader } from '../model/plan-header.js';
import type { Target } from '../model/target.js';
import { periodRange, type DateRange, type PeriodConvention } from './periods.js';

import { planRange } from '../model/plan-range.js';

export { planRange };

/**
 * The window a target is judged in: its own named period when it has one (school year 2024-2025),
 * else the report period under the convention, else the plan's span. An unknown named period falls
 * back to the others (reference checks report it elsewhere).
 */
export function targetWindow(
  header: Pick<PlanHeader, 'year' | 'start' | 'end' | 'periods'>,
  target: Pick<Target, 'period'>,
  report: { period?: string; convention: PeriodConvention },
): DateRange {
  const named = target.period === undefined ? undefined : header.periods?.find((p) => p.id === target.period);
  if (named) return { start: named.start, end: named.end };
  if (report.period !== undefined) return periodRange(report.period, report.convention);
  return planRange(header);
}
