import { neutralizeControls } from '../text/control-chars.js';

/**
 * HTML in plan text is shown, never run: a markdown report is often viewed as a web page (GitHub,
 * an editor's preview), where `<img onerror=...>` would act. A `<` that could open a tag (before a
 * letter, `/`, `!` or `?`) and a `&` that could start an entity become entities; "< 11,16" stays.
 */
function escapeHtml(text: string): string {
  return text.replace(/&(?=[A-Za-z#])/g, '&amp;').replace(/<(?=[A-Za-z/!?])/g, '&lt;');
}

/**
 * A GitHub table cell: HTML escaped, `|` escaped as `\|`, backslashes kept literal, newlines as
 * `<br>`, control characters shown as symbols (control-chars.ts).
 */
export function markdownCell(text: string): string {
  return neutralizeControls(escapeHtml(text.normalize('NFC')))
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r\n|\r|\n/g, '<br>')
    .replace(/\t/g, ' ');
}

/** A GitHub table: header, alignment row, body rows. `align`: 'l' or 'r' per column. */
export function markdownTable(header: readonly string[], align: readonly ('l' | 'r')[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  const rule = `|${align.map((a) => (a === 'r' ? '---:' : ':---')).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** Text outside tables: one line, markdown-active characters escaped, HTML and controls shown as text. */
export function markdownInline(text: string): string {
  return neutralizeControls(text.normalize('NFC'))
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/([\\`*_[\]<>|#])/g, '\\$1');
}
