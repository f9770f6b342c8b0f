import type { Lang } from '../i18n/lang.js';
import { REPORT_LABELS } from '../i18n/report-labels.js';
import type { OverdueItem } from '../report/overdue.js';
import { column } from './columns.js';
import type { Row, TableBlock } from './table.js';
import { SEMANTICS_LABELS } from '../i18n/semantics-labels.js';
import { code, date, EMPTY, num, text } from './values.js';

export interface OverdueGroup {
  lead: string;
  name: string;
  items: OverdueItem[];
}

/**
 * Items by lead unit. Items come most late first, so groups come in the order of their most late
 * item (ties: as they come); items keep their order.
 */
export function groupOverdue(items: readonly OverdueItem[], unitNames: Record<string, string>): OverdueGroup[] {
  const groups = new Map<string, OverdueGroup>();
  for (const it of items) {
    let g = groups.get(it.leadUnit);
    if (!g) {
      g = { lead: it.leadUnit, name: unitNames[it.leadUnit] ?? it.leadUnit, items: [] };
      groups.set(it.leadUnit, g);
    }
    g.items.push(it);
  }
  return [...groups.values()];
}

/** The table of overdue items grouped by lead unit (`plan overdue`, and under `plan status` on a page). */
export function overdueTable(items: readonly OverdueItem[], unitNames: Record<string, string>, lang: Lang): TableBlock {
  const L = REPORT_LABELS[lang].overdue;
  const C = L.columns;
  const rows: Row[] = [];
  for (const g of groupOverdue(items, unitNames)) {
    rows.push({ kind: 'group', label: g.name, count: g.items.length, indent: 0 });
    for (const it of g.items) {
      rows.push({
        kind: 'data',
        key: it.id,
        indent: 0,
        cells: [
          text(it.id),
          text(it.text),
          code(it.kind, L.kind[it.kind]),
          date(it.due),
          { kind: 'days-late', days: it.daysLate, upcoming: it.upcoming },
          it.missed === null || it.missed === 0 ? EMPTY : num(it.missed, 0),
          it.lastCheckIn === null ? text(L.never) : date(it.lastCheckIn),
        ],
      });
    }
  }
  return {
    kind: 'table',
    id: 'overdue',
    columns: [
      column('id', C.id, 'code'),
      column('task', C.task, 'name'),
      // Left out on a narrow terminal in this order: the last check-in, the kind, the due date.
      column('kind', C.kind, 'text', { priority: 2 }),
      column('due', C.due, 'date', { priority: 3 }),
      // "còn 5 ngày" may wrap.
      column('late', C.late, 'days', { align: 'right', wrap: true }),
      column('missed', SEMANTICS_LABELS[lang].columns.missed, 'figure'),
      column('last-check-in', C.lastCheckIn, 'date', { priority: 1 }),
    ],
    rows,
  };
}

/** The first late tasks as lines (id, how late, "unit: task"), in the report's order: most late first. */
export function overdueLines(items: readonly OverdueItem[], unitNames: Record<string, string>, lang: Lang): TableBlock {
  const C = REPORT_LABELS[lang].overdue.columns;
  return {
    kind: 'table',
    id: 'overdue',
    frame: 'lines',
    columns: [column('id', C.id, 'code'), column('late', C.late, 'days', { align: 'right' }), column('task', C.task, 'name')],
    rows: items.map((it) => ({
      kind: 'data',
      key: it.id,
      indent: 0,
      cells: [text(it.id), { kind: 'days-late', days: it.daysLate, upcoming: it.upcoming }, text(`${unitNames[it.leadUnit] ?? it.leadUnit}: ${it.text}`)],
    })),
  };
}
