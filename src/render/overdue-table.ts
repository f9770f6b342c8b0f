import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Lang } from '../i18n/lang.js';
import { REPORT_LABELS } from '../i18n/report-labels.js';
import type { OverdueItem } from '../report/overdue.js';
import type { OverdueReport } from '../report/status-report.js';
import { fitColumns, type ColumnSpec } from './fit-columns.js';
import { formatDate } from './report-format.js';
import { reportHeading, safe, TABLE_STYLE } from './report-heading.js';

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

/** "317" when late; "còn 5 ngày" / "đến hạn hôm nay" when upcoming. */
export function lateText(item: OverdueItem, lang: Lang): string {
  const L = REPORT_LABELS[lang].overdue;
  return item.upcoming ? L.upcoming(-item.daysLate) : String(item.daysLate);
}

/** The grouped table of overdue items (used by `plan overdue` and below `plan status`). */
export function renderOverdueTable(
  items: readonly OverdueItem[],
  unitNames: Record<string, string>,
  o: { lang: Lang; chalk: ChalkInstance; width: number },
): string {
  const L = REPORT_LABELS[o.lang].overdue;
  const C = L.columns;
  const header = [C.id, C.task, C.kind, C.due, C.late, C.lastCheckIn];
  const groups = groupOverdue(items, unitNames);
  const cellsOf = (it: OverdueItem) => [
    safe(it.id),
    safe(it.text),
    L.kind[it.kind],
    formatDate(it.due, o.lang),
    lateText(it, o.lang),
    it.lastCheckIn === null ? L.never : formatDate(it.lastCheckIn, o.lang),
  ];
  const body = items.map(cellsOf);
  const specs: ColumnSpec[] = header.map((h, i) => ({
    header: h,
    texts: body.map((c) => c[i]!),
    flex: i === 1,
    wrap: i === 1 || i === 2 || i === 4,
  }));
  const table = new Table({
    head: header.map((h) => o.chalk.bold(h)),
    colWidths: fitColumns(specs, o.width),
    wordWrap: true,
    wrapOnWordBoundary: true,
    colAligns: ['left', 'left', 'left', 'left', 'right', 'left'],
    style: TABLE_STYLE,
  });
  for (const g of groups) {
    table.push([{ colSpan: header.length, hAlign: 'left', content: o.chalk.bold(`${safe(g.name)} (${g.items.length})`) }]);
    for (const it of g.items) {
      const cells = cellsOf(it);
      const colour = it.upcoming ? o.chalk.cyan : o.chalk.red;
      table.push(cells.map((c, i) => (i === 4 ? colour(c) : c)));
    }
  }
  return table.toString();
}

/** `plan overdue` on a terminal. */
export function renderOverdueReport(report: OverdueReport, o: { lang: Lang; chalk: ChalkInstance; width: number }): string {
  const L = REPORT_LABELS[o.lang].overdue;
  const heading = reportHeading({ ...report, period: null }, o, L.heading(report.plan.symbol, formatDate(report.asOf, o.lang)), false);
  const late = report.items.filter((i) => !i.upcoming).length;
  const soon = report.items.length - late;
  const out = [...heading];
  if (report.items.length === 0) {
    out.push(L.none);
    return out.join('\n');
  }
  out.push(o.chalk.bold(report.within === null ? L.title(late) : L.titleWithin(late, soon, report.within)));
  out.push(renderOverdueTable(report.items, report.unitNames, o));
  return out.join('\n');
}
