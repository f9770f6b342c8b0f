import type { PlanHeader } from './plan-header.js';

export interface DateRange {
  start: string;
  end: string;
}

/** The plan's own period: the calendar year unless the header says otherwise. */
export function planRange(header: Pick<PlanHeader, 'year' | 'start' | 'end'>): DateRange {
  return { start: header.start ?? `${header.year}-01-01`, end: header.end ?? `${header.year}-12-31` };
}

/** ISO dates compare correctly as strings. */
export const within = (date: string, range: DateRange): boolean => date >= range.start && date <= range.end;
