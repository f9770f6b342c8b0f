/** A GitHub table cell: `|` escaped as `\|`, backslashes kept literal, newlines as `<br>`. */
export function markdownCell(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r\n|\r|\n/g, '<br>')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** A GitHub table: header, alignment row, body rows. `align`: 'l' or 'r' per column. */
export function markdownTable(header: readonly string[], align: readonly ('l' | 'r')[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  const rule = `|${align.map((a) => (a === 'r' ? '---:' : ':---')).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** Text outside tables: one line, markdown-active characters at the start neutralised. */
export function markdownInline(text: string): string {
  return text.normalize('NFC').replace(/[\r\n]+/g, ' ').replace(/([\\`*_[\]<>|#])/g, '\\$1');
}
