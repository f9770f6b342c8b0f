import { isValid, parseISO } from 'date-fns';
import type { Lang } from '../i18n/lang.js';
import { vnDateToIso } from '../parse/vn-date.js';
import { UsageError } from './usage-error.js';

/** --as-of YYYY-MM-DD, dd/mm/yyyy or d/m/yyyy: a real calendar date, else a usage error. */
export function parseAsOf(value: string | undefined, today: () => string, lang: Lang): string {
  if (value === undefined) return today();
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && isValid(parseISO(value)) && parseISO(value).getDate() === Number(value.slice(8))) return value;
  const vn = /\//.test(value) ? vnDateToIso(value) : undefined;
  if (vn !== undefined) return vn;
  throw new UsageError(
    lang === 'vi' ? `--as-of "${value}" không phải ngày hợp lệ.` : `--as-of "${value}" is not a valid date.`,
    lang === 'vi' ? 'Viết dạng dd/mm/yyyy hoặc YYYY-MM-DD, vd. --as-of 14/06/2024.' : 'Write YYYY-MM-DD or dd/mm/yyyy, e.g. --as-of 2024-06-14.',
  );
}
