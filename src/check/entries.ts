import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/make.js';
import type { ProgressEntry } from '../model/progress-entry.js';
import type { Check } from './context.js';

/** A progress entry is about one target (with a value) or one task (with a status), and is not recorded twice. */
export const entries: Check = ({ plan, origins }) => {
  const out: Diagnostic[] = [];
  const seen = new Map<string, ProgressEntry>();
  for (const e of plan.entries) {
    if ((e.target === undefined) === (e.task === undefined)) {
      out.push(diagnostic('entry-subject', origins.at(e), { both: e.target !== undefined ? 1 : 0 }));
      continue;
    }
    if (e.target !== undefined) {
      if (e.value === undefined) out.push(diagnostic('entry-field', origins.at(e), { subject: 'target', field: 'value', problem: 'missing' }));
      if (e.status !== undefined) out.push(diagnostic('entry-field', origins.at(e, ['status'], 'key'), { subject: 'target', field: 'status', problem: 'not-allowed' }));
    } else if (e.value !== undefined) {
      out.push(diagnostic('entry-field', origins.at(e, ['value'], 'key'), { subject: 'task', field: 'value', problem: 'not-allowed' }));
    }
    const key = entryKey(e);
    const first = seen.get(key);
    if (first) {
      const where = origins.at(first);
      out.push(diagnostic('entry-duplicate', origins.at(e), { first: `${where.file}:${where.line}` }));
    } else {
      seen.set(key, e);
    }
  }
  return out;
};

/** Two entries are the same record when they say the same thing about the same subject on the same date. */
export function entryKey(e: ProgressEntry): string {
  return JSON.stringify([e.target ?? null, e.task ?? null, e.date, e.period ?? null, e.value ?? null, e.status ?? null, e.estimate ?? false]);
}
