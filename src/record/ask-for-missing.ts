import type { IO } from '../cli/io.js';
import { terminalSafe } from '../text/terminal-safe.js';
import type { Lang } from '../i18n/lang.js';
import { recordProblemText } from '../i18n/record-messages.js';
import type { Plan } from '../model/plan.js';
import { planRange } from '../model/plan-range.js';
import { vnDateToIso } from '../parse/vn-date.js';
import { buildEntry, type BuildContext } from './build-entry.js';
import type { RecordInput, RecordProblem } from './record-input.js';
import { statusCode } from './status-words.js';

type Field = 'target' | 'value' | 'date' | 'status';

/** The question each refusal is asked again at. */
const FIELD_OF: Partial<Record<RecordProblem['code'], Field>> = {
  'no-subject': 'target',
  'unknown-target': 'target',
  'missing-value': 'value',
  'bad-number': 'value',
  'bad-ordinal': 'value',
  'implausible-value': 'value',
  'not-whole': 'value',
  'money-unit': 'value',
  'far-from-plan': 'value',
  'bad-date': 'date',
  'date-outside-plan': 'date',
  'date-in-future': 'date',
  'date-before-period': 'date',
  duplicate: 'date',
  conflict: 'date',
  'missing-status': 'status',
  'bad-status': 'status',
};

/** Enough for a clerk to fix a typo; a script feeding answers in a loop still ends. */
const TRIES = 10;

/**
 * On a terminal, asks for what the command line left out, and asks again, with the reason, every
 * answer that is refused, at the question it concerns, keeping the answers already given: a clerk
 * who types 935 for a rate is asked the figure again, not sent through the date and source first.
 */
export async function askForMissing(plan: Plan, typed: RecordInput, o: BuildContext & { lang: Lang; io: IO }): Promise<RecordInput> {
  const vi = o.lang === 'vi';
  const input: RecordInput = { ...typed };
  // Questions carry units from plan files: shown safely, like every text from files (issue 9 item 6).
  const ask = async (question: string) => (await o.io.prompt!(terminalSafe(question)))?.trim();
  const target = () => plan.targets.find((t) => t.id === input.target);
  const defaultDate = dateInsidePlan(plan, o.asOf);
  const shown = `${defaultDate.slice(8, 10)}/${defaultDate.slice(5, 7)}/${defaultDate.slice(0, 4)}`;
  const questions: Record<Field, () => string> = {
    target: () => (vi ? 'Mã chỉ tiêu: ' : 'Target id: '),
    value: () => {
      const c = target()?.comparison;
      // A state or a level is answered in words (record/figure-words.ts); its unit says nothing.
      if (c?.kind === 'state') return vi ? 'Số liệu (đạt hoặc chưa đạt): ' : 'Figure (yes or no): ';
      if (c?.kind === 'level') return vi ? `Mức đạt được (tên mức hoặc thứ bậc 1-${c.scale.length}): ` : `Level reached (its name or rank 1-${c.scale.length}): `;
      return vi ? `Số liệu (${target()?.unit ?? ''}): ` : `Figure (${target()?.unit ?? ''}): `;
    },
    date: () => (vi ? `Ngày số liệu [${shown}]: ` : `Date of the figure [${shown}]: `),
    status: () =>
      vi ? 'Trạng thái (hoàn thành, đang thực hiện, chưa thực hiện, tạm dừng): ' : 'Status (done, in-progress, not-started, blocked): ',
  };
  const tell = (problems: readonly RecordProblem[]) => {
    for (const p of problems) {
      const { message, hint } = recordProblemText(p, o.lang);
      o.io.stderr(`  ${terminalSafe(`${message}${hint ? ` ${hint}` : ''}`)}\n`);
    }
  };
  const problemsOf = (field: Field) => {
    const r = buildEntry(plan, input, o);
    return r.ok ? [] : r.problems.filter((p) => FIELD_OF[p.code] === field && p.code !== 'far-from-plan');
  };
  /** Asks one question until its answer passes; false at the end of input. */
  const askField = async (field: Field, refused: readonly RecordProblem[] = []): Promise<boolean> => {
    let problems = refused;
    const c = target()?.comparison;
    if (field === 'value' && c?.kind === 'level') {
      o.io.stderr(`${vi ? 'Thang xếp loại' : 'Scale'}:\n${c.scale.map((l, i) => terminalSafe(`  ${i + 1}  ${l}`)).join('\n')}\n`);
    }
    for (let attempt = 0; attempt < TRIES; attempt++) {
      tell(problems);
      const answer = await ask(questions[field]());
      if (answer === undefined) return false;
      if (field === 'date') input.date = answer === '' ? defaultDate : (vnDateToIso(answer) ?? answer);
      else if (field === 'status') input.status = statusCode(answer) ?? answer;
      else input[field] = answer;
      problems = problemsOf(field);
      if (problems.length === 0) return true;
    }
    return false;
  };

  const needs: Field[] = [];
  if (input.task !== undefined) {
    if (input.status === undefined && !(await askField('status'))) return input;
  } else {
    if (input.target === undefined) {
      o.io.stderr(`${vi ? 'Các chỉ tiêu' : 'Targets'}:\n${plan.targets.map((t) => terminalSafe(`  ${t.id.padEnd(24)} ${t.name}`)).join('\n')}\n`);
      needs.push('target');
    }
    if (input.value === undefined) needs.push('value');
    if (needs.length === 0) return input;
    if (input.date === undefined) needs.push('date');
    for (const field of needs) if (!(await askField(field))) return input;
    if (input.source === undefined) input.source = (await ask(vi ? 'Nguồn số liệu (Enter để bỏ qua): ' : 'Source (Enter to skip): ')) || undefined;
    if (input.by === undefined) input.by = (await ask(vi ? 'Người/đơn vị ghi (Enter để bỏ qua): ' : 'Recorded by (Enter to skip): ')) || undefined;
    if (!input.estimate) {
      const est = await ask(vi ? 'Là số ước thực hiện? (c/K): ' : 'Is it an estimate? (y/N): ');
      input.estimate = /^(c|có|y|yes)$/i.test(est ?? '');
    }
  }

  // What only the whole entry shows (a figure already recorded that day, an estimate that changes
  // the check) is asked again at its question too.
  for (let round = 0; round < TRIES; round++) {
    const r = buildEntry(plan, input, o);
    if (r.ok) return input;
    const far = r.problems.filter((p) => p.code === 'far-from-plan');
    if (far.length === r.problems.length) {
      tell(far);
      const sure = await ask(vi ? 'Vẫn ghi số này? (c/K): ' : 'Record this figure anyway? (y/N): ');
      if (sure === undefined) return input;
      if (/^(c|có|y|yes)$/i.test(sure)) return { ...input, yes: true };
      if (!(await askField('value'))) return input;
      continue;
    }
    const first = r.problems.find((p) => FIELD_OF[p.code] !== undefined && p.code !== 'far-from-plan');
    if (!first) return input;
    const field = FIELD_OF[first.code]!;
    if (!(await askField(field, r.problems.filter((p) => FIELD_OF[p.code] === field)))) return input;
  }
  return input;
}

/** Today when it lies inside the plan; else the plan's nearest end (a clerk catching up in January records December). */
function dateInsidePlan(plan: Plan, asOf: string): string {
  const { start, end } = planRange(plan.header);
  return asOf < start ? start : asOf > end ? end : asOf;
}
