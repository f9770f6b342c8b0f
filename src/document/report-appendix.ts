import { partName } from './plan-text.js';
import { REPORT_LABELS } from '../i18n/report-labels.js';
import { SEMANTICS_LABELS } from '../i18n/semantics-labels.js';
import type { StatusReport, StatusRow } from '../report/status-report.js';
import type { Column, ColumnRole, Row, TableBlock } from './table.js';
import { actualValue, noteValue, paceValue, planValue, yearCells } from './target-cells.js';
import type { YearRow } from '../report/term-years.js';
import type { Value } from './value.js';
import { num, percent, text } from './values.js';
import { verdictValue } from './verdict-value.js';

/**
 * The appendix table of the báo cáo ("Biểu: Tình hình thực hiện các chỉ tiêu chủ yếu") with the
 * columns a ward's table has (domain.md §4): TT | Chỉ tiêu | ĐVT | Kế hoạch năm | Thực hiện |
 * So với KH (%) | So với cùng kỳ (%) | Đánh giá, plus the status table's Tiến độ and Ghi chú
 * (issue 11); rows by field. The cells are the status table's own (target-cells.ts), so the .docx,
 * the .xlsx and the .html show the same figures as `plan status`. Values only: renderers write them.
 */

const col = (id: string, label: string, role: ColumnRole, align: Column['align'], wrap = false): Column => ({ id, label, role, align, wrap });

const S = SEMANTICS_LABELS.vi.columns;

export const APPENDIX_COLUMNS: readonly Column[] = [
  col('no', 'TT', 'index', 'center'),
  col('target', 'Chỉ tiêu', 'name', 'left', true),
  col('unit', 'ĐVT', 'unit', 'center', true),
  col('plan', 'Kế hoạch năm', 'plan', 'right', true),
  col('actual', 'Thực hiện', 'figure', 'right', true),
  col('ratio', 'So với KH (%)', 'ratio', 'right'),
  col('previous', 'So với cùng kỳ (%)', 'ratio', 'right'),
  col('pace', S.pace, 'code', 'center', true),
  col('verdict', 'Đánh giá', 'verdict', 'left', true),
  col('note', S.note, 'text', 'left', true),
];

export function appendixRow(r: StatusRow): Value[] {
  return [
    num(r.no, 0),
    text(partName(r)),
    text(r.unit),
    planValue(r, 'vi'),
    actualValue(r, 'vi'),
    // The status table's digits: one more where rounding would contradict the verdict (issue 11).
    percent(r.ratio, r.ratioDigits),
    percent(r.ratioToPrevious),
    paceValue(r, 'vi'),
    verdictValue(r, 'vi'),
    noteValue(r, 'vi'),
  ];
}

/** A year's row under a yearly target in the report of a whole term: the status table's year cells, in the appendix's columns. */
export function appendixYearRow(y: YearRow): Value[] {
  const [no, name, unit, plan, actual, , , previous, pace, verdict, note] = yearCells(y, 'vi');
  // As appendixRow: the ratio without the status table's bar.
  return [no!, name!, unit!, plan!, actual!, percent(y.ratio, y.ratioDigits), previous!, pace!, verdict!, note!];
}

export function appendixTable(report: StatusReport): TableBlock {
  const rows: Row[] = [];
  for (const g of report.groups) {
    rows.push({ kind: 'section', code: g.section, label: g.section === null ? REPORT_LABELS.vi.otherSection : g.name, indent: 0 });
    for (const r of g.rows) {
      rows.push({ kind: 'data', key: r.id, indent: r.depth, cells: appendixRow(r) });
      for (const y of r.byYear ?? []) rows.push({ kind: 'data', key: `${r.id}@${y.year}`, indent: r.depth + 1, cells: appendixYearRow(y) });
    }
  }
  // A term plan's rows are of a year or of the whole term (the plan cell says which): "Kế hoạch".
  const columns = report.term === null ? [...APPENDIX_COLUMNS] : APPENDIX_COLUMNS.map((c) => (c.id === 'plan' ? { ...c, label: 'Kế hoạch' } : c));
  return { kind: 'table', id: 'targets', columns, rows };
}
