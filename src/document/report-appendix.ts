import { actualWords } from './plan-text.js';
import { REPORT_LABELS } from '../i18n/report-labels.js';
import type { StatusReport, StatusRow } from '../report/status-report.js';
import type { Column, ColumnRole, Row, TableBlock } from './table.js';
import { planValue } from './target-cells.js';
import type { Value } from './value.js';
import { verdictValue } from './verdict-value.js';

/**
 * The appendix table of the báo cáo ("Biểu: Tình hình thực hiện các chỉ tiêu chủ yếu") with the
 * columns a ward's table has (domain.md §4): TT | Chỉ tiêu | ĐVT | Kế hoạch năm | Thực hiện |
 * So với KH (%) | So với cùng kỳ (%) | Đánh giá; rows by field. Values only: the renderers write them.
 */

const col = (id: string, label: string, role: ColumnRole, align: Column['align'], wrap = false): Column => ({ id, label, role, align, wrap });

export const APPENDIX_COLUMNS: readonly Column[] = [
  col('no', 'TT', 'index', 'center'),
  col('target', 'Chỉ tiêu', 'name', 'left', true),
  col('unit', 'ĐVT', 'unit', 'center', true),
  col('plan', 'Kế hoạch năm', 'plan', 'right', true),
  col('actual', 'Thực hiện', 'figure', 'right'),
  col('ratio', 'So với KH (%)', 'ratio', 'right'),
  col('previous', 'So với cùng kỳ (%)', 'ratio', 'right'),
  col('verdict', 'Đánh giá', 'verdict', 'left', true),
];

const maybe = (n: number | null, make: (n: number) => Value): Value => (n === null ? { kind: 'empty' } : make(n));

export function appendixRow(r: StatusRow): Value[] {
  return [
    { kind: 'number', value: r.no, decimals: 0 },
    { kind: 'text', text: r.name },
    { kind: 'text', text: r.unit },
    planValue(r, 'vi'),
    maybe(r.actual, (n) => {
      const coded = actualWords(r, 'vi');
      return coded !== null ? { kind: 'text', text: coded } : { kind: 'number', value: n, decimals: 2, ...(r.estimate ? { qualifier: REPORT_LABELS.vi.estimate } : {}) };
    }),
    maybe(r.ratio, (n) => ({ kind: 'percent', value: n, decimals: 1 })),
    maybe(r.ratioToPrevious, (n) => ({ kind: 'percent', value: n, decimals: 1 })),
    verdictValue(r, 'vi'),
  ];
}

export function appendixTable(report: StatusReport): TableBlock {
  const rows: Row[] = [];
  for (const g of report.groups) {
    rows.push({ kind: 'section', code: g.section, label: g.section === null ? REPORT_LABELS.vi.otherSection : g.name, indent: 0 });
    for (const r of g.rows) rows.push({ kind: 'data', key: r.id, indent: 1, cells: appendixRow(r) });
  }
  return { kind: 'table', id: 'targets', columns: [...APPENDIX_COLUMNS], rows };
}
