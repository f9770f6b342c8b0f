import { isoOf, lastDayOfMonth } from '../report/calendar-date.js';

/**
 * A date as a clerk writes it, to ISO: "05/09/2024", "5/9/2024", "5-9-2024", "5.9.2024" (day
 * first, as in every Vietnamese document), and ISO itself, padded or not ("2024-9-5"). Undefined
 * when it is not one of these shapes or not a real day (30/02/2024).
 */
export function vnDateToIso(text: string): string | undefined {
  const s = text.trim();
  const dmy = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(s);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const [y, m, d] = dmy ? [Number(dmy[4]), Number(dmy[3]), Number(dmy[1])] : ymd ? [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])] : [];
  if (y === undefined || m === undefined || d === undefined) return undefined;
  if (m < 1 || m > 12 || d < 1 || d > lastDayOfMonth(y, m)) return undefined;
  return isoOf(y, m, d);
}
