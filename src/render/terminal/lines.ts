import type { TableBlock } from '../../document/table.js';
import { valueText } from '../value-text.js';
import { displayWidth, truncateLine } from './fit-columns.js';
import type { GridOptions } from './grid.js';
import { safe } from './safe.js';

/**
 * A short extract as aligned lines, no borders or header: every column but the last padded to its
 * widest text (days written as in a sentence, "trễ 134 ngày", as there is no header to say it), the
 * last cut to the width. Days are coloured like the table's.
 */
export function renderLines(table: TableBlock, o: GridOptions): string[] {
  const rows = table.rows.flatMap((r) => (r.kind === 'data' ? [r] : []));
  if (rows.length === 0) return [];
  const last = table.columns.length - 1;
  // A row's indent (a part under its total) as two spaces a level before its name.
  const texts = rows.map((r) => r.cells.map((c, i) => `${table.columns[i]!.role === 'name' ? '  '.repeat(r.indent) : ''}${safe(valueText(c, o.lang, { days: 'sentence' }))}`));
  const widths = table.columns.map((_, i) => Math.max(...texts.map((t) => displayWidth(t[i]!))));
  return rows.map((r, ri) => {
    const parts: string[] = [];
    const colour: { text: string; paint: (s: string) => string }[] = [];
    for (let i = 0; i < last; i++) {
      const t = texts[ri]![i]!;
      parts.push(table.columns[i]!.align === 'right' ? t.padStart(widths[i]!) : t.padEnd(widths[i]!));
      const v = r.cells[i]!;
      if (v.kind === 'days-late') colour.push({ text: t, paint: v.upcoming ? o.chalk.cyan : o.chalk.red });
    }
    const head = `  ${parts.join('  ')}  `;
    const rest = truncateLine(texts[ri]![last]!, Math.max(20, o.width - displayWidth(head)));
    let painted = head;
    for (const c of colour) painted = painted.replace(c.text, c.paint(c.text));
    return `${painted}${rest}`;
  });
}
