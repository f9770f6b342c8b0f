import { isValid, parseISO, subYears, format } from 'date-fns';
import { entryKey } from '../check/entries.js';
import type { Plan } from '../model/plan.js';
import { planRange } from '../model/plan-range.js';
import { TaskStatus, type ProgressEntry } from '../model/progress-entry.js';
import { parseVnNumber } from '../parse/vn-number.js';
import { parsePeriodCode, periodRange, formatPeriodCode, type PeriodConvention } from '../report/periods.js';
import { closest } from '../text/closest.js';
import type { BuiltEntry, RecordInput, RecordProblem } from './record-input.js';

export interface BuildContext {
  asOf: string;
  /** Where an existing entry was written, to name it when the new one repeats it. */
  whereIs: (entry: ProgressEntry) => { file: string; line: number };
}

/**
 * Turns what the user typed into a progress entry, or says every reason it cannot be one. Nothing is
 * written unless this succeeds: a refused entry leaves every file as it was.
 */
export function buildEntry(plan: Plan, input: RecordInput, ctx: BuildContext): BuiltEntry {
  const problems: RecordProblem[] = [];
  const nfc = (s: string | undefined) => s?.normalize('NFC').trim();
  const targetId = nfc(input.target);
  const taskId = nfc(input.task);
  if (!targetId && !taskId) return { ok: false, problems: [{ code: 'no-subject' }] };
  if (targetId && taskId) return { ok: false, problems: [{ code: 'both-subjects' }] };

  const target = targetId ? plan.targets.find((t) => t.id === targetId) : undefined;
  const task = taskId ? plan.tasks.find((t) => t.id === taskId) : undefined;
  if (targetId && !target) {
    return { ok: false, problems: [{ code: 'unknown-target', id: targetId, ...suggest(targetId, plan.targets.map((t) => t.id)) }] };
  }
  if (taskId && !task) {
    return { ok: false, problems: [{ code: 'unknown-task', id: taskId, ...suggest(taskId, plan.tasks.map((t) => t.id)) }] };
  }

  const entry: ProgressEntry = target ? { target: target.id, date: ctx.asOf } : { task: task!.id, date: ctx.asOf };

  if (target) {
    if (input.status !== undefined) problems.push({ code: 'status-for-target' });
    if (input.value === undefined || input.value.trim() === '') {
      problems.push({ code: 'missing-value', target: target.id });
    } else {
      const parsed = parseVnNumber(input.value, target.unit);
      if (!parsed.ok) {
        problems.push({ code: 'bad-number', text: input.value, reason: parsed.reason, unit: target.unit, ...(parsed.writtenUnit ? { writtenUnit: parsed.writtenUnit } : {}) });
      } else {
        const implausible = plausibility(parsed.value, target.unit, target.comparison);
        if (implausible) problems.push(implausible);
        else entry.value = parsed.value;
      }
    }
  } else {
    if (input.value !== undefined) problems.push({ code: 'value-for-task' });
    if (input.status !== undefined) {
      const status = input.status.trim();
      const ok = TaskStatus.safeParse(status);
      if (ok.success) entry.status = ok.data;
      else problems.push({ code: 'bad-status', text: status, allowed: TaskStatus.options, ...suggest(status, TaskStatus.options) });
    }
  }

  const convention: PeriodConvention = plan.header.reporting?.convention ?? 'nd-09-2019';
  const date = input.date?.trim() ?? ctx.asOf;
  if (!isRealDate(date)) {
    problems.push({ code: 'bad-date', text: date });
  } else {
    entry.date = date;
    const range = planRange(plan.header);
    const named = target?.period ? plan.header.periods?.find((p) => p.id === target.period) : undefined;
    const end = named && named.end > range.end ? named.end : range.end;
    const start = format(subYears(parseISO(range.start), 1), 'yyyy-MM-dd');
    if (date < start || date > end) problems.push({ code: 'date-outside-plan', date, start, end });
    else if (date > ctx.asOf) problems.push({ code: 'date-in-future', date, asOf: ctx.asOf });
  }

  if (input.period !== undefined) {
    const parsed = parsePeriodCode(input.period);
    if (!parsed.ok) {
      problems.push({ code: 'bad-period', text: input.period });
    } else {
      entry.period = formatPeriodCode(parsed.period);
      const { start } = periodRange(parsed.period, convention);
      if (isRealDate(date) && date < start) problems.push({ code: 'date-before-period', date, period: entry.period, start });
    }
  }

  if (input.estimate) entry.estimate = true;
  for (const key of ['source', 'by', 'note'] as const) {
    // Kept as typed (NFC only): a note's spaces are the clerk's, not ours to trim.
    const v = input[key]?.normalize('NFC');
    if (v) entry[key] = v;
  }

  if (problems.length === 0) {
    const key = entryKey(entry);
    const same = plan.entries.find((e) => entryKey(e) === key);
    if (same) problems.push({ code: 'duplicate', ...ctx.whereIs(same) });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, entry };
}

function suggest(word: string, candidates: readonly string[]): { suggestion?: string } {
  const s = closest(word, candidates);
  return s ? { suggestion: s } : {};
}

function isRealDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = parseISO(text);
  return isValid(d) && format(d, 'yyyy-MM-dd') === text;
}

/** A figure that cannot be right for its unit: a rate above 100%, a negative count, more than the total. */
function plausibility(value: number, unit: string, comparison: Plan['targets'][number]['comparison']): RecordProblem | undefined {
  if (value < 0) return { code: 'implausible-value', value, unit, rule: 'negative' };
  if (unit.trim() === '%' && value > 100) return { code: 'implausible-value', value, unit, rule: 'percent', limit: 100 };
  if ('outOf' in comparison && comparison.outOf !== undefined && value > comparison.outOf) {
    return { code: 'implausible-value', value, unit, rule: 'out-of', limit: comparison.outOf };
  }
  return undefined;
}
