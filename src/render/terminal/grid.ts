import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Row, TableBlock } from '../../document/table.js';
import type { Value } from '../../document/value.js';
import type { Lang } from '../../i18n/lang.js';
import { valueText } from '../value-text.js';
import { bar } from './bar.js';
import { displayWidth, fitColumns, PAD, wrapText, type ColumnSpec } from './fit-columns.js';
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

/** Spaces per level of a row's indent (a part under its total), before each line of its name. */
const INDENT_STEP = 2;

type BodyRow = Extract<Row, { kind: 'data' | 'total' }>;

interface Measured {
  specs: ColumnSpec[];
  texts: Map<Row, string[]>;
  widths: number[];
}

// A table is measured by gridFits (is there room?), by narrowTable (once per column it drops) and by
// renderGrid: once per table and options is enough.
const measuredTables = new WeakMap<TableBlock, { o: GridOptions; m: Measured }>();

function measure(table: TableBlock, o: GridOptions): Measured {
  const seen = measuredTables.get(table);
  if (seen?.o === o) return seen.m;
  const { specs, texts } = specsOf(table, o);
  const m = { specs, texts, widths: fitColumns(specs, o.width) };
  measuredTables.set(table, { o, m });
  return m;
}

function specsOf(table: TableBlock, o: GridOptions): { specs: ColumnSpec[]; texts: Map<Row, string[]> } {
  const texts = new Map<Row, string[]>();
  const clip = (t: string, i: number) => {
    const n = table.columns[i]?.clip;
    return n === undefined || [...t].length <= n ? t : `${[...t.replace(/\s+/g, ' ')].slice(0, n - 1).join('')}…`;
  };
  const body: BodyRow[] = [];
  for (const r of table.rows) {
    if (r.kind !== 'data' && r.kind !== 'total') continue;
    body.push(r);
    texts.set(r, r.cells.map((c, i) => clip(cellText(c, o), i)));
  }
  const specs = table.columns.map((c, i) => ({
    header: c.label,
    texts: body.map((r) => texts.get(r)![i]!),
    flex: c.role === 'name',
    wrap: c.wrap,
    ...(c.role === 'name' ? { indents: body.map((r) => r.indent * INDENT_STEP) } : {}),
  }));
  return { specs, texts };
}

/**
 * A name indented under its total: wrapped here to the column, every line after the same spaces
 * (cli-table3 would wrap the continuation lines back to the border). Widths are display columns,
 * so Vietnamese letters with their marks line up.
 */
function indented(text: string, indent: number, width: number, wrap: boolean): string {
  const pad = ' '.repeat(indent * INDENT_STEP);
  if (pad === '') return text;
  return wrap ? wrapText(text, width - PAD, pad).join('\n') : text.split('\n').map((l) => pad + l).join('\n');
}

/**
 * Whether a wide table fits the width with its cells' lines unbroken where they must not wrap, and
 * its name column not squeezed below 24 columns (or its own length): else the narrow one is printed.
 */
export function gridFits(table: TableBlock, o: GridOptions): boolean {
  const { specs, widths } = measure(table, o);
  const nameAt = table.columns.findIndex((c) => c.role === 'name');
  const total = widths.reduce((a, b) => a + b, 0) + widths.length + 1;
  if (nameAt < 0) return total <= o.width;
  const name = specs[nameAt]!;
  const lineWidths = (t: string, inset: number) => t.split('\n').map((l) => displayWidth(l) + inset);
  const natural = Math.max(...lineWidths(name.header, 0), ...name.texts.flatMap((t, i) => lineWidths(t, name.indents?.[i] ?? 0))) + PAD;
  return total <= o.width && widths[nameAt]! >= Math.min(natural, 24);
}

/** A table block on a terminal: cli-table3 fitted to the width, section and group rows across it. */
export function renderGrid(table: TableBlock, o: GridOptions): string {
  const { texts, widths } = measure(table, o);
  const nameAt = table.columns.findIndex((c) => c.role === 'name');
  const t = new Table({
    head: table.columns.map((c) => o.chalk.bold(safeLines(c.label))),
    colWidths: [...widths],
    wordWrap: true,
    wrapOnWordBoundary: true,
    colAligns: table.columns.map((c) => c.align),
    style: TABLE_STYLE,
  });
  for (const r of table.rows) {
    if (r.kind === 'section' || r.kind === 'group') {
      t.push([{ colSpan: table.columns.length, hAlign: 'left', content: o.chalk.bold(safeLines(rowLabel(r))) }]);
    } else {
      const cells = texts.get(r)!.map((c, i) => (i === nameAt ? indented(c, r.indent, widths[i]!, table.columns[i]!.wrap) : c));
      t.push(r.kind === 'total' ? cells.map((c) => o.chalk.bold(c)) : cells.map((c, i) => colourOf(r.cells[i]!, o.chalk)(c)));
    }
  }
  return t.toString();
}
