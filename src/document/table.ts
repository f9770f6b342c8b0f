import type { Value } from './value.js';

/**
 * What a column holds, so that each renderer can treat it alike: the terminal lets the `name` column
 * take the slack and wrap, a spreadsheet gives `figure` columns a number format, a narrow terminal
 * drops columns by role.
 * - index: the row number (TT); name: what the row is about (the target, the task, the ward), one per table;
 * - unit, plan, figure (a measured or counted number), variance, ratio, verdict, date, days, code, text.
 */
export type ColumnRole =
  | 'index'
  | 'name'
  | 'unit'
  | 'plan'
  | 'figure'
  | 'variance'
  | 'ratio'
  | 'verdict'
  | 'date'
  | 'days'
  | 'code'
  | 'text';

export interface Column {
  /** Stable id within the table ('plan', 'actual', 'ward:Phường 1'). */
  id: string;
  /** The header as printed; may hold "\n" where it is written on two lines. */
  label: string;
  align: 'left' | 'right' | 'center';
  role: ColumnRole;
  /** Long text that may break across lines (names, plan text); false: kept whole where possible. */
  wrap: boolean;
  /** On a terminal, cut to this many characters (a note); other formats keep it whole. */
  clip?: number;
  /**
   * Where the page is too narrow for every column (a terminal of 60 or 80 columns), columns with a
   * priority are left out, lowest first, rather than squeezing the names; columns without one stay.
   */
  priority?: number;
}

/**
 * `indent` on every row: how many levels its name stands in, as a plan writes a total's parts under
 * it ("trong đó: + Lúa"): 0 for a row of its own (a target, a task, a ward; a section or group row
 * heads the rows below it by its own look), a part's total's indent + 1 for a part. Each renderer
 * indents the name cell by it the way its format shows nesting (docs/formats.md); none works it out.
 */

/** A field (the plan's section) heading the rows below it. */
export interface SectionRow {
  kind: 'section';
  /** The section id ("II"); null for the rows of no known section. */
  code: string | null;
  label: string;
  indent: number;
}

/** Rows gathered under a label that is not a section (the lead unit of overdue tasks). */
export interface GroupRow {
  kind: 'group';
  label: string;
  /** How many data rows follow in the group, when the table shows it ("Văn phòng (3)"). */
  count?: number;
  indent: number;
}

/** One value per column, in column order. */
export interface DataRow {
  kind: 'data';
  /** What the row stands for (the target or task id), for links and charts; absent when none. */
  key?: string;
  cells: Value[];
  indent: number;
}

/** Totals over the data rows (already computed by the report): one value per column. */
export interface TotalRow {
  kind: 'total';
  cells: Value[];
  indent: number;
}

export type Row = SectionRow | GroupRow | DataRow | TotalRow;

export interface TableBlock {
  kind: 'table';
  /** Stable id within the document ('targets', 'overdue', 'wards', 'shared-targets'). */
  id: string;
  /** A caption above the table, when it has one of its own ("Chỉ tiêu chung của nhiều nơi (5)"). */
  title?: string;
  columns: Column[];
  rows: Row[];
  /**
   * 'grid' (default): a table with its header. 'lines': a short extract under another table (the
   * first late tasks below the status table), which a terminal prints as aligned lines without
   * borders or header, the last column cut to the width.
   */
  frame?: 'grid' | 'lines';
}
