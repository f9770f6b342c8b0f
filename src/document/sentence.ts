import type { Run } from './run.js';
import type { Value } from './value.js';

/** Private-use characters around a placeholder's index: never in labels or plan text after neutralisation. */
const OPEN = '\u{F0000}';
const CLOSE = '\u{F0001}';
const PLACEHOLDER = new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'u');

/**
 * A sentence of the label catalogue with typed values in it: `write` is a label function taking
 * strings ("Kỳ báo cáo ${code} (${start} - ${end}, ...)"); each argument is passed as given (a string)
 * or as a value, which comes back as a value run for the renderer to write in its own way.
 */
export function sentence(write: (...args: string[]) => string, ...args: (string | Value)[]): Run[] {
  const values: Value[] = [];
  const text = write(
    ...args.map((a) => {
      if (typeof a === 'string') return a;
      values.push(a);
      return `${OPEN}${values.length - 1}${CLOSE}`;
    }),
  );
  const runs: Run[] = [];
  let rest = text;
  for (let m = PLACEHOLDER.exec(rest); m !== null; m = PLACEHOLDER.exec(rest)) {
    if (m.index > 0) runs.push({ kind: 'text', text: rest.slice(0, m.index) });
    runs.push({ kind: 'value', value: values[Number(m[1])]! });
    rest = rest.slice(m.index + m[0].length);
  }
  if (rest !== '') runs.push({ kind: 'text', text: rest });
  return runs;
}

/** Runs of plain text only. */
export const textRuns = (text: string): Run[] => [{ kind: 'text', text }];
