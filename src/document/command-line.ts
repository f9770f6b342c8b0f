import type { FilterQuery } from '../report/filters.js';

/** A value as typed on a command line: bare when safe in every shell, else in double quotes. */
const arg = (v: string): string => (/^[\p{L}\p{N}._\/:=@+-]+$/u.test(v) ? v : `"${v.replace(/(["\\$`])/g, '\\$1')}"`);

/**
 * The `plan overdue` line that lists what a status report only counts: the same date and the same
 * --field and --unit filters (the one filter meaning, report/filters.ts), so that it lists the same tasks.
 */
export function overdueCommand(asOf: string, filter: FilterQuery = {}): string {
  const parts = ['plan', 'overdue', '--as-of', asOf];
  for (const f of filter.fields ?? []) parts.push('--field', arg(f));
  for (const u of filter.units ?? []) parts.push('--unit', arg(u));
  return parts.join(' ');
}
