import type { Cadence } from '../model/task.js';
import { isoOf, plusDays, toDate, type IsoDate } from './calendar-date.js';
import { formatPeriodCode, parsePeriodCode, periodRange, type DateRange, type Period, type PeriodConvention } from './periods.js';

/**
 * The reporting periods of a cadence in a plan year, cut off by the convention (Nghị định 09/2019:
 * the month runs 15/(m-1)..14/m, the year 15/12..14/12; calendar: natural months, quarters, halves,
 * year). Weeks run Monday to Sunday under both, from the week of the plan's start to the plan's end.
 */
export interface CheckInPeriod extends DateRange {
  /** '2024-03', '2024-Q1', '2024-H1', '2024', or the week's Monday for weekly ('2024-01-15'). */
  code: string;
}

function codes(cadence: Exclude<Cadence, 'weekly'>, year: number): Period[] {
  switch (cadence) {
    case 'monthly':
      return Array.from({ length: 12 }, (_, i) => ({ kind: 'month', year, month: i + 1 }));
    case 'quarterly':
      return [1, 2, 3, 4].map((quarter) => ({ kind: 'quarter', year, quarter }));
    case 'half-yearly':
      return [1, 2].map((half) => ({ kind: 'half', year, half }));
    case 'yearly':
      return [{ kind: 'year', year }];
  }
}

export function checkInPeriods(cadence: Cadence, year: number, convention: PeriodConvention, plan: DateRange): CheckInPeriod[] {
  if (cadence !== 'weekly') return codes(cadence, year).map((p) => ({ code: formatPeriodCode(p), ...periodRange(p, convention) }));
  const out: CheckInPeriod[] = [];
  const day = toDate(plan.start).getDay(); // 0 = Sunday
  let monday = plusDays(plan.start, -((day + 6) % 7));
  while (monday <= plan.end) {
    out.push({ code: monday, start: monday, end: plusDays(monday, 6) });
    monday = plusDays(monday, 7);
  }
  return out;
}

/** The day a period's report is due: its cut-off plus `workingDays` days Monday to Friday (holidays are not modelled). */
export function reportDue(end: IsoDate, workingDays: number): IsoDate {
  let d = end;
  let left = workingDays;
  while (left > 0) {
    d = plusDays(d, 1);
    const wd = toDate(d).getDay();
    if (wd !== 0 && wd !== 6) left -= 1;
  }
  return d;
}

/** The range a check-in's `period` tag names, or null if it is not a period code. */
export function taggedRange(code: string, convention: PeriodConvention): DateRange | null {
  const parsed = parsePeriodCode(code);
  return parsed.ok ? periodRange(parsed.period, convention) : null;
}

export { isoOf };
