import type { PlanHeader } from './plan-header.js';

export interface DateRange {
  start: string;
  end: string;
}

type RangeHeader = Pick<PlanHeader, 'year' | 'term' | 'start' | 'end'>;

/** The first and last calendar year the plan covers: its year, or its term (2021-2025). */
export function planYears(header: Pick<PlanHeader, 'year' | 'term'>): { first: number; last: number } {
  if (header.term !== undefined) return { first: header.term.start, last: header.term.end };
  // A plan with neither is an error (check/plan-term.ts); 1970 keeps the rest of the checks going.
  const y = header.year ?? 1970;
  return { first: y, last: y };
}

/** The plan's own period: the calendar year (or the years of the term) unless the header says otherwise. */
export function planRange(header: RangeHeader): DateRange {
  const { first, last } = planYears(header);
  return { start: header.start ?? `${first}-01-01`, end: header.end ?? `${last}-12-31` };
}

/** ISO dates compare correctly as strings. */
export const within = (date: string, range: DateRange): boolean => date >= range.start && date <= range.end;
