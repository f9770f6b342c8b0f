import type { IO } from '../cli/io.js';
import { CLI_MESSAGES } from '../i18n/cli-messages.js';
import type { Lang } from '../i18n/lang.js';
import type { Plan } from '../model/plan.js';
import type { TaskStatus } from '../model/progress-entry.js';
import { findOverdue } from '../report/overdue.js';
import type { RecordInput } from './record-input.js';

/** One key per task: the first letter of the Vietnamese word (x for xong), or of the English code. */
const KEYS: Readonly<Record<string, TaskStatus>> = {
  x: 'done',
  h: 'done',
  đ: 'in-progress',
  d: 'in-progress',
  c: 'not-started',
  t: 'blocked',
  b: 'blocked',
  i: 'in-progress',
};

/**
 * `plan record --due`: every task whose report is due (late check-ins and deadlines, as `plan overdue`
 * lists them), one after another; a key gives the status, Enter skips, q stops. Returns the
 * check-ins to record, each with the options typed on the command line (date, note, by).
 */
export async function walkDueTasks(plan: Plan, typed: RecordInput, o: { asOf: string; lang: Lang; io: IO }): Promise<RecordInput[]> {
  const t = CLI_MESSAGES[o.lang].record;
  const due = findOverdue(plan, plan.entries, { asOf: o.asOf }).filter((i) => !i.upcoming);
  if (due.length === 0) {
    o.io.stderr(`${t.dueNone}\n`);
    return [];
  }
  o.io.stderr(`${t.dueKeys}\n`);
  const out: RecordInput[] = [];
  for (const [n, item] of due.entries()) {
    o.io.stderr(`\n(${n + 1}/${due.length}) ${item.id} — ${item.text}\n`);
    for (;;) {
      // One key where the terminal gives keys, else a line (tests, terminals without raw mode).
      const answer = (await (o.io.key ?? o.io.prompt!)('> '))?.trim().toLowerCase();
      if (answer === undefined || answer === 'q') return out;
      if (answer === '') break;
      const status = KEYS[answer.normalize('NFC').charAt(0)];
      if (status) {
        const { target: _t, value: _v, ...rest } = typed;
        void _t;
        void _v;
        out.push({ ...rest, task: item.id, status });
        break;
      }
      o.io.stderr(`${t.dueKeys}\n`);
    }
  }
  return out;
}
