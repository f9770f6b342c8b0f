import { addDays, addMonths, differenceInCalendarDays, format, isValid, parseISO } from 'date-fns';

/**
 * Calendar dates as ISO strings ('YYYY-MM-DD'). Inside, date-fns works on local-midnight `Date`s and
 * only ever reads calendar fields back (`format`, `differenceInCalendarDays`), so the result is the
 * same in every time zone: no instant is ever compared or stored.
 */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Parse 'YYYY-MM-DD' into a local-midnight Date; throws RangeError on anything else. */
export function toDate(iso: IsoDate): Date {
  const d = ISO_DATE.test(iso) ? parseISO(iso) : new Date(Number.NaN);
  if (!isValid(d) || format(d, 'yyyy-MM-dd') !== iso) throw new RangeError(`not a calendar date: ${JSON.stringify(iso)}`);
  return d;
}

export function toIso(d: Date): IsoDate {
  return format(d, 'yyyy-MM-dd');
}

/** Calendar date of year/month(1-12)/day, built from fields (never from an instant). */
export function isoOf(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(year, month, 0).getDate();
}

export function plusDays(iso: IsoDate, days: number): IsoDate {
  return toIso(addDays(toDate(iso), days));
}

/** Adds calendar months; the day is clamped to the month's end (01-31 + 1 month = 02-29 in 2024). */
export function plusMonths(iso: IsoDate, months: number): IsoDate {
  return toIso(addMonths(toDate(iso), months));
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toDate(to), toDate(from));
}

/** ISO dates compare correctly as strings. */
export function minIso(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}
