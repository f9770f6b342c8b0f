import type { IO } from '../cli/io.js';
import { terminalSafe } from '../text/terminal-safe.js';
import type { Lang } from '../i18n/lang.js';
import { recordProblemText } from '../i18n/record-messages.js';
import type { Plan } from '../model/plan.js';
import { buildEntry, type BuildContext } from './build-entry.js';
import type { RecordInput, RecordProblem } from './record-input.js';

type Field = 'target' | 'value' | 'date';

const FIELD_OF: Partial<Record<RecordProblem['code'], Field>> = {
  'no-subject': 'target',
  'unknown-target': 'target',
  'missing-value': 'value',
  'bad-number': 'value',
  'implausible-value': 'value',
  'bad-date': 'date',
  'date-outside-plan': 'date',
  'date-in-future': 'date',
};

const TRIES = 3;

/**
 * On a terminal, asks for what the command line left out and asks again, with the reason, when an
 * answer is refused: a clerk who types "93.5.1" gets told why, not a stack of flags to retype.
 */
export async function askForMissing(
  plan: Plan,
  typed: RecordInput,
  o: BuildContext & { lang: Lang; io: IO },
): Promise<RecordInput> {
  if (typed.task !== undefined) return typed;
  const vi = o.lang === 'vi';
  const input: RecordInput = { ...typed };
  // Questions carry units from plan files: shown safely, like every text from files (issue 9 item 6).
  const ask = async (question: string) => (await o.io.prompt!(terminalSafe(question)))?.trim();
  const target = () => plan.targets.find((t) => t.id === input.target);

  if (input.target === undefined) {
    o.io.stderr(`${vi ? 'Các chỉ tiêu' : 'Targets'}:\n${plan.targets.map((t) => terminalSafe(`  ${t.id.padEnd(24)} ${t.name}`)).join('\n')}\n`);
  }
  const questions: Record<Field, () => string> = {
    target: () => (vi ? 'Mã chỉ tiêu: ' : 'Target id: '),
    value: () => (vi ? `Số liệu (${target()?.unit ?? ''}): ` : `Figure (${target()?.unit ?? ''}): `),
    date: () => (vi ? `Ngày số liệu [${o.asOf}]: ` : `Date of the figure [${o.asOf}]: `),
  };
  const needs: Field[] = [];
  if (input.target === undefined) needs.push('target');
  if (input.value === undefined) needs.push('value');
  if (needs.length === 0) return input;
  if (input.date === undefined) needs.push('date');

  for (const field of needs) {
    for (let attempt = 0; attempt < TRIES; attempt++) {
      const answer = await ask(questions[field]());
      if (answer === undefined) return input; // end of input: let the normal checks refuse
      if (field === 'date' && answer === '') break;
      input[field] = answer;
      const problems = fieldProblems(plan, input, o, field);
      if (problems.length === 0) break;
      for (const p of problems) {
        const { message, hint } = recordProblemText(p, o.lang);
        o.io.stderr(`  ${terminalSafe(`${message}${hint ? ` ${hint}` : ''}`)}\n`);
      }
    }
  }
  if (input.source === undefined) input.source = (await ask(vi ? 'Nguồn số liệu (Enter để bỏ qua): ' : 'Source (Enter to skip): ')) || undefined;
  if (input.by === undefined) input.by = (await ask(vi ? 'Người/đơn vị ghi (Enter để bỏ qua): ' : 'Recorded by (Enter to skip): ')) || undefined;
  if (!input.estimate) {
    const est = await ask(vi ? 'Là số ước thực hiện? (c/K): ' : 'Is it an estimate? (y/N): ');
    input.estimate = /^(c|có|y|yes)$/i.test(est ?? '');
  }
  return input;
}

function fieldProblems(plan: Plan, input: RecordInput, ctx: BuildContext, field: Field): RecordProblem[] {
  const result = buildEntry(plan, input, ctx);
  return result.ok ? [] : result.problems.filter((p) => FIELD_OF[p.code] === field);
}
