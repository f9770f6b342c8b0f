import { isValid, parseISO, subYears, format } from 'date-fns';
import { entryKey } from '../check/entries.js';
import type { Plan } from '../model/plan.js';
import type { Target } from '../model/target.js';
import { planRange } from '../model/plan-range.js';
import { TaskStatus, type ProgressEntry } from '../model/progress-entry.js';
import { parseVnNumber } from '../parse/vn-number.js';
import { parsePeriodCode, periodRange, formatPeriodCode, type PeriodConvention } from '../report/periods.js';
import { closest } from '../text/closest.js';
import type { BuiltEntry, RecordInput, RecordProblem } from './record-input.js';
import { senseProblems } from './sense.js';
import { isOrdinal, readOrdinal } from './figure-words.js';
import { statusCode } from './status-words.js';

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
      const parsed = readFigure(target, input.value);
      if (!parsed.ok) {
        problems.push(parsed.problem);
      } else {
        const implausible = plausibility(parsed.value, target.unit, target.comparison);
        if (implausible) problems.push(implausible);
        else {
          entry.value = parsed.value;
          const date = input.date?.trim() ?? ctx.asOf;
          // Sense is judged at the figure's date; a bad date is told below and judged again once mended.
          const sense = senseProblems(plan, target, parsed.value, parsed.writtenUnit, isRealDate(date) ? date : ctx.asOf);
          problems.push(...sense.filter((p) => p.code !== 'far-from-plan' || !input.yes));
        }
      }
    }
  } else {
    if (input.value !== undefined) problems.push({ code: 'value-for-task' });
    if (input.status === undefined || input.status.trim() === '') {
      // An entry with no status would clear the task's missed-report flag while saying nothing.
      problems.push({ code: 'missing-status', task: task!.id });
    } else {
      const status = input.status.trim();
      const ok = TaskStatus.safeParse(statusCode(status) ?? status);
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
    // "Ước thực hiện cả năm": an estimate may be dated after today, up to the end of the plan year;
    // reports count it only from the day it was recorded (report/figures.ts).
    else if (date > ctx.asOf && !(input.estimate === true && target)) problems.push({ code: 'date-in-future', date, asOf: ctx.asOf });
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
    const earlier = target && !entry.estimate ? plan.entries.filter((e) => sameSlot(e, entry)) : [];
    if (same && !input.correct) problems.push({ code: 'duplicate', ...ctx.whereIs(same) });
    else if (input.correct) {
      if (earlier.length === 0) problems.push({ code: 'nothing-to-correct', date: entry.date });
      else entry.correction = true;
    } else {
      const differs = earlier.find((e) => e.value !== entry.value);
      if (differs) problems.push({ code: 'conflict', ...ctx.whereIs(differs), value: differs.value!, date: entry.date });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, entry };
}

/**
 * The figure typed, in the target's unit. A state's or a level's figure is a code (1/0, the rank):
 * its number, or a word for it ("đạt", a level's name), record/figure-words.ts.
 */
function readFigure(target: Target, text: string): { ok: true; value: number; writtenUnit: string | null } | { ok: false; problem: RecordProblem } {
  const c = target.comparison;
  if (isOrdinal(c)) {
    const read = readOrdinal(c, target, text);
    return read.ok ? { ok: true, value: read.value, writtenUnit: null } : read;
  }
  const parsed = parseVnNumber(text, target.unit);
  if (parsed.ok) return parsed;
  return { ok: false, problem: { code: 'bad-number', text, reason: parsed.reason, unit: target.unit, ...(parsed.writtenUnit ? { writtenUnit: parsed.writtenUnit } : {}) } };
}

/** An actual figure already recorded for the same target, date and period: a second one must say it corrects it. */
function sameSlot(e: ProgressEntry, entry: ProgressEntry): boolean {
  return e.target === entry.target && e.date === entry.date && (e.period ?? null) === (entry.period ?? null) && e.value !== undefined && e.estimate !== true;
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
