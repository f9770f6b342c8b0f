import { isValid, parseISO } from 'date-fns';
import type { Lang } from '../i18n/lang.js';
import { UsageError } from './usage-error.js';

/** --as-of YYYY-MM-DD: a real calendar date, else a usage error. */
export function parseAsOf(value: string | undefined, today: () => string, lang: Lang): string {
  if (value === undefined) return today();
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && isValid(parseISO(value)) && parseISO(value).getDate() === Number(value.slice(8))) return value;
  throw new UsageError(
    lang === 'vi' ? `--as-of "${value}" không phải ngày hợp lệ.` : `--as-of "${value}" is not a valid date.`,
    lang === 'vi' ? 'Viết dạng YYYY-MM-DD, vd. --as-of 2024-06-14.' : 'Write YYYY-MM-DD, e.g. --as-of 2024-06-14.',
  );
}
