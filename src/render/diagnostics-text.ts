import type { ChalkInstance } from 'chalk';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticMessage } from '../i18n/diagnostic-messages.js';
import type { Lang } from '../i18n/lang.js';
import { terminalSafe } from '../text/terminal-safe.js';

const LABEL = {
  vi: { error: 'lỗi', warning: 'cảnh báo', hint: 'gợi ý' },
  en: { error: 'error', warning: 'warning', hint: 'hint' },
} as const;

export interface TextOptions {
  lang: Lang;
  chalk: ChalkInstance;
  /** The text of a file by its displayed path, for the excerpt; undefined when it could not be read. */
  sourceText: (file: string) => string | undefined;
}

/**
 * hledger-style diagnostics: `file:line:col: error[code]: message`, the source line with a caret
 * under the span, then the hint.
 */
export function renderDiagnosticsText(list: readonly Diagnostic[], o: TextOptions): string {
  const lines = new Map<string, string[]>();
  const lineOf = (file: string, n: number) => {
    let split = lines.get(file);
    if (!split) {
      split = (o.sourceText(file) ?? '').split('\n');
      lines.set(file, split);
    }
    return split[n - 1]?.replace(/\r$/, '');
  };
  const label = LABEL[o.lang];
  return list
    .map((d) => {
      const { message, hint } = diagnosticMessage(d, o.lang);
      const { file, line, column, endColumn } = d.location;
      const colour = d.severity === 'error' ? o.chalk.red.bold : o.chalk.yellow.bold;
      const out = [`${o.chalk.bold(`${file}:${line}:${column}`)}: ${colour(`${label[d.severity]}[${d.code}]`)}: ${terminalSafe(message)}`];
      const src = lineOf(file, line);
      const gutter = ' '.repeat(String(line).length);
      if (src !== undefined && src.length > 0) {
        // Cut the window first: a long line with many diagnostics is then not rescanned whole for each.
        const start = Math.max(1, column);
        const ex = excerpt(src, start);
        const shown = terminalSafe(ex.text.replace(/\t/g, ' '));
        const width = Math.max(1, Math.min((endColumn ?? start + 1) - start, [...shown].length - ex.start + 1));
        out.push(o.chalk.blue(`${gutter} |`));
        out.push(`${o.chalk.blue(`${line} |`)} ${ex.head}${shown}${ex.tail}`);
        out.push(`${o.chalk.blue(`${gutter} |`)} ${' '.repeat(ex.head.length + ex.start - 1)}${colour('^'.repeat(width))}`);
      }
      if (hint) out.push(`${o.chalk.cyan(`${gutter} = ${label.hint}:`)} ${terminalSafe(hint)}`);
      return out.join('\n');
    })
    .join('\n\n');
}

const EXCERPT = 200;

/**
 * Keeps excerpts of very long lines readable: at most 200 characters around the column, and the
 * column within them (an error at column 5 000 000 of a one-line file prints one short line and
 * one short caret, not millions of spaces).
 */
function excerpt(line: string, start: number): { text: string; start: number; head: string; tail: string } {
  if (line.length <= EXCERPT) return { text: line, start, head: '', tail: '' };
  const from = Math.max(0, Math.min(start - 1 - EXCERPT / 2, line.length - EXCERPT));
  return {
    text: line.slice(from, from + EXCERPT),
    start: start - from,
    head: from > 0 ? '…' : '',
    tail: from + EXCERPT < line.length ? '…' : '',
  };
}
