import ExcelJS from 'exceljs';
import type { ReportWorkbook, WorkbookSheet } from '../../document/report-workbook.js';
import { runsText } from '../document-value-text.js';
import { cellOf, sheetColumns, widthOf } from './cells.js';
import { withZipDates } from '../zip/zip-dates.js';

/**
 * The table as an .xlsx (exceljs): one sheet per plan, and for several plans a summary sheet first.
 * Each sheet: a title, the window line, the illustrative banner, the header (frozen), section rows
 * merged across the table, numbers as numbers with number formats. Only `plan report` loads this.
 */

/**
 * Row heights by the lines the wrapped text takes: LibreOffice and some Excel versions do not grow
 * a row on open, and a two-line plan cell ("6.500 / phấn đấu: tăng 3–5%") would spill over the next.
 * About 1.2 characters of Times New Roman 11 pt per unit of column width; 15 pt a line.
 */
function linesOf(value: unknown, width: number): number {
  if (typeof value !== 'string') return 1;
  return value.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / (width * 1.2))), 0);
}
const fitHeight = (row: ExcelJS.Row, cells: { value: unknown; width: number; wrap: boolean }[]): void => {
  const lines = Math.max(1, ...cells.filter((c) => c.wrap).map((c) => linesOf(c.value, c.width)));
  if (lines > 1) row.height = lines * 15;
};

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BOX = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function writeSheet(wb: ExcelJS.Workbook, s: WorkbookSheet): void {
  const cols = sheetColumns(s.table);
  const ws = wb.addWorksheet(s.name, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = cols.map((c) => ({ width: widthOf(c) }));
  const last = cols.length;
  let r = 1;
  const banner = (text: string, o: { bold?: boolean; italic?: boolean; size?: number }) => {
    const row = ws.getRow(r);
    row.getCell(1).value = text;
    row.getCell(1).font = { name: 'Times New Roman', ...o };
    ws.mergeCells(r, 1, r, last);
    r += 1;
  };
  banner(s.title, { bold: true, size: 13 });
  banner(runsText(s.subtitle, 'vi'), { italic: true });
  for (const n of s.notes) banner(runsText(n, 'vi'), { italic: true, bold: true });

  const head = { bold: true, name: 'Times New Roman' };
  if (s.headerGroups) {
    let c = 1;
    for (const g of s.headerGroups) {
      const cell = ws.getRow(r).getCell(c);
      cell.value = g.label;
      cell.font = head;
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      if (g.span > 1) ws.mergeCells(r, c, r, c + g.span - 1);
      c += g.span;
    }
    r += 1;
  }
  const header = ws.getRow(r);
  cols.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.label.replace(/\n/g, ' ');
    cell.font = head;
    cell.border = BOX;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  fitHeight(header, cols.map((c) => ({ value: c.label, width: widthOf(c), wrap: true })));
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: r, topLeftCell: `A${r + 1}` }];
  r += 1;

  for (const row of s.table.rows) {
    const line = ws.getRow(r);
    if (row.kind === 'section' || row.kind === 'group') {
      const label = row.kind === 'section' ? (row.code === null ? row.label : `${row.code}. ${row.label}`) : row.label;
      line.getCell(1).value = label;
      line.getCell(1).font = head;
      line.getCell(1).border = BOX;
      ws.mergeCells(r, 1, r, last);
    } else {
      cols.forEach((c, i) => {
        const { value, numFmt } = cellOf(row.cells[c.source], c.part);
        const cell = line.getCell(i + 1);
        cell.value = value;
        if (numFmt) cell.numFmt = numFmt;
        cell.border = BOX;
        cell.font = { name: 'Times New Roman', ...(row.kind === 'total' ? { bold: true } : {}) };
        cell.alignment = {
          vertical: 'top',
          wrapText: c.column.wrap,
          horizontal: c.column.align === 'right' ? 'right' : c.column.align === 'center' ? 'center' : 'left',
          // A part under its total: the cell's own indent, a level each (Excel's and Calc's "Increase indent").
          ...(c.column.role === 'name' && row.indent > 0 ? { indent: row.indent } : {}),
        };
      });
      // An indent level takes about two characters of the name's width.
      const room = (c: (typeof cols)[number]) => widthOf(c) - (c.column.role === 'name' ? 2 * row.indent : 0);
      fitHeight(line, cols.map((c) => ({ value: cellOf(row.cells[c.source], c.part).value, width: room(c), wrap: c.column.wrap })));
    }
    r += 1;
  }
}

export async function renderXlsx(book: ReportWorkbook, asOf: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'plan';
  wb.title = book.title;
  // The report's own date, not the clock: the same plan and period give the same file properties.
  wb.created = wb.modified = new Date(`${asOf}T00:00:00Z`);
  for (const s of book.sheets) writeSheet(wb, s);
  return withZipDates(new Uint8Array(await wb.xlsx.writeBuffer()), asOf);
}
