import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Lang } from '../i18n/lang.js';
import { REPORT_LABELS } from '../i18n/report-labels.js';
import type { OverdueRollup, StatusRollup } from '../report/rollup.js';
import type { OverdueReport, StatusReport } from '../report/status-report.js';
import { displayWidth, fitColumns, wrapText, type ColumnSpec } from './fit-columns.js';
import { formatDate } from './report-format.js';
import { reportHeading, safe, TABLE_STYLE } from './report-heading.js';
import { condensedCells, overdueWardCells, sideBySideCells, wardCells } from './rollup-cells.js';

export type RollupPart = 'all' | 'wards' | 'targets';

export interface RollupTableOptions {
  lang: Lang;
  chalk: ChalkInstance;
  width: number;
  part: RollupPart;
}

/** A cli-table3 table fitted to the width; `right`: the columns aligned right. */
function table(header: readonly string[], rows: readonly (readonly string[])[], o: RollupTableOptions, right: (i: number) => boolean, flex: number, wrap: (i: number) => boolean, total?: readonly string[]): string {
  const specs: ColumnSpec[] = header.map((h, i) => ({
    header: h,
    texts: [...rows, ...(total ? [total] : [])].map((r) => r[i]!),
    flex: i === flex,
    wrap: wrap(i),
  }));
  const t = new Table({
    head: header.map((h) => o.chalk.bold(h.split('\n').map(safe).join('\n'))),
    colWidths: fitColumns(specs, o.width),
    wordWrap: true,
    wrapOnWordBoundary: true,
    colAligns: header.map((_, i) => (right(i) ? 'right' : 'left')),
    style: TABLE_STYLE,
  });
  // Cells may hold several lines: each line is made terminal-safe, the line breaks are kept.
  const cell = (c: string) => c.split('\n').map(safe).join('\n');
  for (const r of rows) t.push(r.map(cell));
  if (total) t.push(total.map((c) => o.chalk.bold(cell(c))));
  return t.toString();
}

/**
 * Whether the side-by-side table (one column per ward) fits the width with every line of a ward's
 * cell ("92,3", "Chưa đạt", "KH ≥ 90") on one line; else the condensed table is printed.
 */
function sideBySideFits(header: readonly string[], rows: readonly (readonly string[])[], width: number): boolean {
  if (header.length - SIDE_FIXED > SIDE_BY_SIDE_MAX) return false;
  const specs: ColumnSpec[] = header.map((h, i) => ({ header: h, texts: rows.map((r) => r[i]!), flex: i === 1, wrap: i > 0 && i < SIDE_FIXED }));
  const widths = fitColumns(specs, width);
  // The target's name must stay readable too: not squeezed below 24 columns (or its own length).
  const name = Math.max(...[header[1]!, ...rows.map((r) => r[1]!)].map(displayWidth)) + 2;
  return widths.reduce((a, b) => a + b, 0) + widths.length + 1 <= width && widths[1]! >= Math.min(name, 24);
}

/** Columns before the wards in the side-by-side table: TT, target, unit, plan. */
const SIDE_FIXED = 4;
/** More wards than this always get the condensed table, however wide the terminal. */
const SIDE_BY_SIDE_MAX = 12;

/** `plan status PATH...` on a terminal: the table by ward, then the targets several wards share. */
export function renderStatusRollupTable(rollup: StatusRollup, reports: readonly StatusReport[], o: RollupTableOptions): string {
  const R = REPORT_LABELS[o.lang].rollup;
  const first = reports[0]!;
  const out = reportHeading({ ...first, illustrative: reports.some((r) => r.illustrative) }, o, R.title(reports.length));
  if (o.part !== 'targets') {
    const w = wardCells(rollup, o.lang);
    out.push('', o.chalk.bold(R.wardsTitle));
    out.push(table(w.header, w.rows, o, (i) => i === 0 || i >= 3, 1, (i) => i === 1 || i === 2, w.total));
  }
  if (o.part !== 'wards') {
    out.push('', o.chalk.bold(R.targetsTitle(rollup.targets.length)));
    if (rollup.targets.length === 0) out.push(R.noShared);
    else {
      const side = sideBySideCells(rollup, o.lang);
      if (sideBySideFits(side.header, side.rows, o.width)) {
        out.push(table(side.header, side.rows, o, (i) => i === 0, 1, (i) => i > 0 && i < SIDE_FIXED));
        out.push(...wrapText(R.absentNote, o.width));
      } else {
        const c = condensedCells(rollup, o.lang);
        out.push(table(c.header, c.rows, o, (i) => i === 0 || (i >= 3 && i <= 7), 1, (i) => i === 1 || i === 2 || i === 8));
      }
    }
  }
  return out.join('\n');
}

/** `plan overdue PATH...` on a terminal: late tasks by ward. */
export function renderOverdueRollupTable(rollup: OverdueRollup, reports: readonly OverdueReport[], o: Omit<RollupTableOptions, 'part'>): string {
  const R = REPORT_LABELS[o.lang].rollup;
  const within = reports.some((r) => r.within !== null);
  const out = reportHeading({ asOf: rollup.asOf, period: null, illustrative: reports.some((r) => r.illustrative) }, o, R.overdueTitle(reports.length, formatDate(rollup.asOf, o.lang)), false);
  const w = overdueWardCells(rollup, o.lang, within);
  out.push(table(w.header, w.rows, { ...o, part: 'wards' }, (i) => i === 0 || i >= 3, 1, (i) => i === 1 || i === 2, w.total));
  return out.join('\n');
}
