import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Row, TableBlock } from '../../document/table.js';
import type { Value } from '../../document/value.js';
import type { Lang } from '../../i18n/lang.js';
import { valueText } from '../value-text.js';
import { bar } from './bar.js';
import { displayWidth, fitColumns, type ColumnSpec } from './fit-columns.js';
import { safeLines } from './safe.js';
import { verdictColour } from './verdict-colour.js';

/** Box characters shared by the report tables. */
const TABLE_STYLE = { head: [] as string[], border: [] as string[], 'padding-left': 1, 'padding-right': 1 };

export interface GridOptions {
  lang: Lang;
  chalk: ChalkInstance;
  /** Terminal width the table must fit (borders included). */
  width: number;
}

/** A cell's text; a ratio with its bar under it when colours are on (a terminal that shows them draws blocks well). */
function cellText(v: Value, o: GridOptions): string {
  const text = safeLines(valueText(v, o.lang, { verdictSeparator: ';\n' }));
  return v.kind === 'percent' && v.progress !== undefined && o.chalk.level > 0 ? `${text}\n${bar(v.progress)}` : text;
}

function colourOf(v: Value, chalk: ChalkInstance): (text: string) => string {
  if (v.kind === 'verdict') return verdictColour(chalk, v.code);
  if (v.kind === 'days-late') return v.upcoming ? chalk.cyan : chalk.red;
  return (t) => t;
}

const rowLabel = (r: Extract<Row, { kind: 'section' | 'group' }>): string =>
  r.kind === 'section' ? (r.code === null ? r.label : `${r.code}. ${r.label}`) : r.count === undefined ? r.label : `${r.label} (${r.count})`;

function specsOf(table: TableBlock, o: GridOptions): { specs: ColumnSpec[]; texts: Map<Row, string[]> } {
  const texts = new Map<Row, string[]>();
  for (const r of table.rows) if (r.kind === 'data' || r.kind === 'total') texts.set(r, r.cells.map((c) => cellText(c, o)));
  const body = [...texts.values()];
  const specs = table.columns.map((c, i) => ({ header: c.label, texts: body.map((b) => b[i]!), flex: c.role === 'name', wrap: c.wrap }));
  return { specs, texts };
}

/**
 * Whether a wide table fits the width with its cells' lines unbroken where they must not wrap, and
 * its name column not squeezed below 24 columns (or its own length): else the narrow one is printed.
 */
export function gridFits(table: TableBlock, o: GridOptions): boolean {
  const { specs } = specsOf(table, o);
  const widths = fitColumns(specs, o.width);
  const nameAt = table.columns.findIndex((c) => c.role === 'name');
  const total = widths.reduce((a, b) => a + b, 0) + widths.length + 1;
  if (nameAt < 0) return total <= o.width;
  const natural = Math.max(...[specs[nameAt]!.header, ...specs[nameAt]!.texts].flatMap((t) => t.split('\n')).map(displayWidth)) + 2;
  return total <= o.width && widths[nameAt]! >= Math.min(natural, 24);
}

/** A table block on a terminal: cli-table3 fitted to the width, section and group rows across it. */
export function renderGrid(table: TableBlock, o: GridOptions): string {
  const { specs, texts } = specsOf(table, o);
  const t = new Table({
    head: table.columns.map((c) => o.chalk.bold(safeLines(c.label))),
    colWidths: fitColumns(specs, o.width),
    wordWrap: true,
    wrapOnWordBoundary: true,
    colAligns: table.columns.map((c) => c.align),
    style: TABLE_STYLE,
  });
  for (const r of table.rows) {
    if (r.kind === 'section' || r.kind === 'group') {
      t.push([{ colSpan: table.columns.length, hAlign: 'left', content: o.chalk.bold(safeLines(rowLabel(r))) }]);
    } else if (r.kind === 'total') {
      t.push(texts.get(r)!.map((c) => o.chalk.bold(c)));
    } else {
      t.push(texts.get(r)!.map((c, i) => colourOf(r.cells[i]!, o.chalk)(c)));
    }
  }
  return t.toString();
}
