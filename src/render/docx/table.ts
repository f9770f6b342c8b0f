import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import type { Column, ColumnRole, Row, TableBlock } from '../../document/table.js';
import type { Lang } from '../../i18n/lang.js';
import { valueLines } from '../document-value-text.js';
import { SIZE, twips } from './page-setup.js';
import { run, type Align } from './paragraphs.js';

/** Relative widths by what a column holds; the name column takes what is left. */
const WEIGHT: Record<ColumnRole, number> = {
  index: 4,
  name: 28,
  unit: 8,
  plan: 12,
  figure: 9,
  variance: 8,
  ratio: 8,
  verdict: 13,
  date: 10,
  days: 7,
  code: 8,
  text: 14,
};

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE } as const;
const PAD = { top: 40, bottom: 40, left: 80, right: 80, marginUnitType: WidthType.DXA } as const;

const ALIGN: Record<Column['align'], Align> = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER };

export function columnWidths(columns: readonly Column[], total: number): number[] {
  const weights = columns.map((c) => WEIGHT[c.role]);
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / sum) * total));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** A row's indent (a part under its total): each level moves the name's paragraphs 4 mm in, as a plan prints "+ Lúa" under its total. */
const INDENT_STEP = twips(4);

function textCell(lines: readonly string[], width: number, o: { align: Align; bold?: boolean; span?: number; indent?: number }): TableCell {
  const indent = o.indent ? { indent: { left: o.indent * INDENT_STEP } } : {};
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: PAD,
    ...(o.span && o.span > 1 ? { columnSpan: o.span } : {}),
    children: lines.map(
      (l) => new Paragraph({ alignment: o.align, spacing: { before: 0, after: 0 }, ...indent, children: [run(l, { size: SIZE.table, ...(o.bold ? { bold: true } : {}) })] }),
    ),
  });
}

function bodyRow(row: Row, columns: readonly Column[], widths: readonly number[], lang: Lang): TableRow {
  const total = widths.reduce((a, b) => a + b, 0);
  switch (row.kind) {
    case 'section': {
      const label = row.code === null ? row.label : `${row.code}. ${row.label}`;
      return new TableRow({ cantSplit: true, children: [textCell([label], total, { align: AlignmentType.LEFT, bold: true, span: columns.length })] });
    }
    case 'group': {
      const label = row.count === undefined ? row.label : `${row.label} (${row.count})`;
      return new TableRow({ cantSplit: true, children: [textCell([label], total, { align: AlignmentType.LEFT, bold: true, span: columns.length })] });
    }
    case 'data':
    case 'total':
      return new TableRow({
        cantSplit: true,
        children: row.cells.map((v, i) =>
          textCell(valueLines(v, lang), widths[i]!, {
            align: ALIGN[columns[i]!.align],
            ...(row.kind === 'total' ? { bold: true } : {}),
            ...(columns[i]!.role === 'name' ? { indent: row.indent } : {}),
          }),
        ),
      });
  }
}

/** A report table: a header row repeated on every page, section rows across the table, rows never split. */
export function docxTable(t: TableBlock, width: number, lang: Lang): Table {
  const widths = columnWidths(t.columns, width);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.columns.map((c, i) => textCell(c.label.split('\n'), widths[i]!, { align: AlignmentType.CENTER, bold: true })),
  });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: [header, ...t.rows.map((r) => bodyRow(r, t.columns, widths, lang))],
  });
}
