import type { Column, TableBlock } from '../../document/table.js';
import type { Value } from '../../document/value.js';
import { numberBrackets, valueLines } from '../document-value-text.js';

/**
 * How a document value becomes spreadsheet cells. Numbers stay numbers, with a number format that
 * shows the decimals the table shows ("#,##0.0"); the reader's locale then writes the separators
 * (a Vietnamese Windows shows "93,4" and "6.500"). Ratios are stored as fractions with a percent
 * format (0.509 shown "50,9%"). A plan cell becomes two columns: the plan as written ("≥ 95",
 * "giảm 2 (12)") and the figure it stands for, plus the figure to date when a row has one.
 */

export type CellValue = string | number | Date | null;

export interface Cell {
  value: CellValue;
  numFmt?: string;
}

/** A sheet column: where it comes from in the table, its header, what it holds. */
export interface SheetColumn {
  source: number;
  part: 'value' | 'plan-text' | 'plan-number' | 'plan-to-date';
  label: string;
  column: Column;
}

/** Fraction digits a figure shows with at most `max` ("93,40" shows as "93,4": 1). */
export function shownDecimals(n: number, max: number): number {
  for (let d = 0; d < max; d++) if (Math.abs(Math.round(n * 10 ** d) - n * 10 ** d) < 1e-6) return d;
  return max;
}

export const numberFormat = (decimals: number): string => (decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`);

export function sheetColumns(table: TableBlock): SheetColumn[] {
  const out: SheetColumn[] = [];
  table.columns.forEach((column, source) => {
    if (column.role !== 'plan') return out.push({ source, part: 'value', label: column.label, column });
    const cells = table.rows.flatMap((r) => (r.kind === 'data' || r.kind === 'total' ? [r.cells[source]] : []));
    out.push({ source, part: 'plan-text', label: column.label, column }, { source, part: 'plan-number', label: `${column.label} (số)`, column });
    const toDate = cells.find((c) => c?.kind === 'plan' && c.toDate !== undefined);
    if (toDate?.kind === 'plan') out.push({ source, part: 'plan-to-date', label: `Kế hoạch ${toDate.toDate!.label}`, column });
    return undefined;
  });
  return out;
}

const num = (value: number, decimals: number): Cell => ({ value, numFmt: numberFormat(shownDecimals(value, decimals)) });

/** Text inside a quoted number-format literal: a double quote would end it. */
const quoted = (s: string): string => s.replace(/"/g, '');

export function cellOf(v: Value | undefined, part: SheetColumn['part']): Cell {
  if (v === undefined) return { value: null };
  if (v.kind === 'plan') {
    // The plan as the docx cell writes it: the figure, the stretch goal, the other sources' figures.
    // (The figure to date has a column of its own.)
    if (part === 'plan-text') {
      const { toDate: _toDate, ...plan } = v;
      return { value: valueLines(plan, 'vi').join('\n') };
    }
    if (part === 'plan-number') return v.reference === null ? { value: null } : num(v.reference, v.decimals);
    return v.toDate === undefined ? { value: null } : num(v.toDate.value, v.decimals);
  }
  switch (v.kind) {
    case 'number': {
      // "93,4 (ước)", "giảm 1 (13)", "9 (26/02)": the words go in the format, so the cell stays a
      // number that adds up and reads as the docx cell does.
      const cell = num(v.value, v.decimals);
      const before = v.prefix === undefined ? '' : `"${quoted(v.prefix)} "`;
      const brackets = numberBrackets(v, 'vi');
      const after = brackets.length === 0 ? '' : `" (${quoted(brackets.join(', '))})"`;
      return before === '' && after === '' ? cell : { ...cell, numFmt: `${before}${cell.numFmt}${after}` };
    }
    case 'percent':
      return { value: v.value / 100, numFmt: `0${v.decimals > 0 ? `.${'0'.repeat(v.decimals)}` : ''}%` };
    case 'signed': {
      const f = numberFormat(v.decimals);
      return { value: v.value, numFmt: `+${f};-${f};0` };
    }
    case 'date': {
      const [y, m, d] = v.iso.split('-').map(Number) as [number, number, number];
      return { value: new Date(Date.UTC(y, m - 1, d)), numFmt: 'dd/mm/yyyy' };
    }
    case 'days-late':
      return { value: v.days, numFmt: '0' };
    case 'verdict':
      return { value: v.stretch === undefined ? v.text : `${v.text}; ${v.stretch.label}: ${v.stretch.text}` };
    case 'flag':
      return { value: v.value ? v.text : null };
    case 'text':
    case 'code':
      return { value: v.text };
    case 'list':
      return { value: valueLines(v, 'vi').filter((l) => l !== '').join('\n') || null };
    case 'empty':
      return { value: null };
  }
}

/** Column widths in characters, for Vietnamese text at 11 pt: names wide and wrapped, figures narrow. */
export function widthOf(c: SheetColumn): number {
  switch (c.column.role) {
    case 'name':
      return 46;
    case 'index':
      return 5;
    case 'unit':
      return 11;
    case 'plan':
      return c.part === 'plan-text' ? 16 : 12;
    case 'verdict':
      return 18;
    case 'text':
      return 24;
    case 'date':
      return 12;
    default:
      return Math.max(11, Math.min(18, c.label.length + 2));
  }
}
