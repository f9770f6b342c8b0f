import type { Pace } from '../model/target.js';
import { daysBetween, type IsoDate } from './calendar-date.js';
import type { DateRange } from './periods.js';

/**
 * Tiến độ: how far a cumulative figure should be by its date, given how the target accrues over its
 * year (`pace` in targets.yaml). Judged at the figure's date, not at the report's as-of date, and
 * never mixed into the verdict.
 */
export interface PaceJudgement {
  /** The date the figure was measured at. */
  date: IsoDate;
  /** Share of the year's plan due by `date` (0..1). */
  share: number;
  /** Plan × share: the figure the pace asks for by `date`. */
  expected: number;
  /** "đạt tiến độ" (on-track) or "chậm tiến độ" (behind). */
  status: 'on-track' | 'behind';
}

function dayShare(range: DateRange, date: IsoDate): number {
  const total = daysBetween(range.start, range.end) + 1;
  const done = daysBetween(range.start, date) + 1;
  return Math.min(1, Math.max(0, done / total));
}

/** Shares by month (12) or quarter (4) of a calendar year, with the current part counted by days. */
function partShare(shares: readonly number[], range: DateRange, date: IsoDate): number {
  const total = shares.reduce((s, v) => s + v, 0);
  if (total <= 0) return dayShare(range, date);
  const months = 12 / shares.length;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [sy] = range.start.split('-').map(Number) as [number];
  if (y < sy) return 0;
  if (y > sy) return 1;
  const part = Math.floor((m - 1) / months);
  const done = shares.slice(0, part).reduce((s, v) => s + v, 0);
  const firstMonth = part * months + 1;
  const partStart = `${y}-${String(firstMonth).padStart(2, '0')}-01`;
  const lastMonth = firstMonth + months - 1;
  const partEnd = `${y}-${String(lastMonth).padStart(2, '0')}-${String(new Date(y, lastMonth, 0).getDate()).padStart(2, '0')}`;
  return Math.min(1, (done + (shares[part] ?? 0) * dayShare({ start: partStart, end: partEnd }, `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)) / total);
}

export function paceShare(pace: Pace, accrual: DateRange, date: IsoDate): number {
  if (pace === 'even') return dayShare(accrual, date);
  const shares = 'monthly' in pace ? pace.monthly : pace.quarterly;
  const first = Number(accrual.start.slice(0, 4));
  const last = Number(accrual.end.slice(0, 4));
  if (last <= first) return partShare(shares, accrual, date);
  // A term total ("thời kỳ 2021-2025") with a yearly profile: the profile repeats every year of the
  // term, each year an equal part of the total.
  let done = 0;
  for (let y = first; y <= last; y++) done += partShare(shares, { start: `${y}-01-01`, end: `${y}-12-31` }, date);
  return done / (last - first + 1);
}

/** Null without a profile, a figure or a plan figure. */
export function judgePace(pace: Pace | undefined, accrual: DateRange, planned: number | null, actual: number | null, date: IsoDate | null): PaceJudgement | null {
  if (pace === undefined || planned === null || actual === null || date === null) return null;
  const share = paceShare(pace, accrual, date);
  const expected = planned * share;
  return { date, share, expected, status: actual >= expected - 1e-9 * Math.max(1, Math.abs(expected)) ? 'on-track' : 'behind' };
}
