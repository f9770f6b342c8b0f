import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Lang } from '../i18n/lang.js';
import { REPORT_LABELS } from '../i18n/report-labels.js';
import type { StatusReport } from '../report/status-report.js';
import { terminalSafe } from '../text/terminal-safe.js';
import { displayWidth, fitColumns, truncateLine, wrapText, type ColumnSpec } from './fit-columns.js';
import { lateText } from './overdue-table.js';
import {
  actualText,
  bar,
  formatDate,
  planCellLines,
  progressOf,
  ratioText,
  varianceText,
  verdictText,
} from './report-format.js';
import { reportHeading, safe, TABLE_STYLE } from './report-heading.js';
import { verdictColour } from './verdict-labels.js';

export interface TableOptions {
  lang: Lang;
  chalk: ChalkInstance;
  /** Terminal width the table must fit (borders included). */
  width: number;
  /** How many overdue tasks to list below the table (0: none). */
  overdueLimit: number;
}

/** `plan status` on a terminal: heading, the variance table grouped by field, the summary, the overdue tasks. */
export function renderStatusTable(report: StatusReport, o: TableOptions): string {
  const L = REPORT_LABELS[o.lang];
  const C = L.columns;
  const out = reportHeading(report, o, L.title(report.plan.symbol));
  const bars = o.chalk.level > 0;

  if (report.targets.length === 0) {
    out.push(L.noTargets);
  } else {
    const header = [C.no, C.target, C.unit, C.plan, C.actual, C.variance, C.ratio, C.previous, C.verdict];
    const body = report.targets.map((r) => {
      const progress = progressOf(r);
      const ratio = ratioText(r.ratio, o.lang);
      return {
        row: r,
        cells: [
          String(r.no),
          safe(r.name),
          safe(r.unit),
          planCellLines(r, o.lang).join('\n'),
          actualText(r, o.lang),
          varianceText(r, o.lang),
          bars && progress !== null ? `${ratio}\n${bar(progress)}` : ratio,
          ratioText(r.ratioToPrevious, o.lang),
          verdictText(r, o.lang, ';\n'),
        ],
      };
    });
    const groupTexts = report.groups.map((g) => groupLabel(g, L.otherSection));
    const specs: ColumnSpec[] = header.map((h, i) => ({
      header: h,
      texts: body.map((b) => b.cells[i]!),
      flex: i === 1,
      wrap: i === 1 || i === 2 || i === 3 || i === 8,
    }));
    const colWidths = fitColumns(specs, o.width);
    const table = new Table({
      head: header.map((h) => o.chalk.bold(h)),
      colWidths,
      wordWrap: true,
      wrapOnWordBoundary: true,
      colAligns: ['right', 'left', 'left', 'left', 'right', 'right', 'right', 'right', 'left'],
      style: TABLE_STYLE,
    });
    let i = 0;
    for (const [gi, g] of report.groups.entries()) {
      table.push([{ colSpan: header.length, hAlign: 'left', content: o.chalk.bold(groupTexts[gi]!) }]);
      for (const _ of g.rows) {
        const { row, cells } = body[i++]!;
        const colour = verdictColour(o.chalk, row.verdict);
        table.push(cells.map((c, ci) => (ci === 8 ? colour(c) : c)));
      }
    }
    out.push(table.toString());
    out.push(summaryLine(report, o.lang, o.chalk));
  }

  if (o.overdueLimit > 0) {
    out.push('');
    out.push(...overdueSection(report, o));
  }
  return out.join('\n');
}

export function groupLabel(g: { section: string | null; name: string }, other: string): string {
  return g.section === null ? other : `${g.section}. ${safe(g.name)}`;
}

/** "6/12 chỉ tiêu đạt (4 vượt), 3 chưa đạt, 2 chưa có số liệu, 1 chưa có chỉ tiêu." */
export function summaryText(summary: StatusReport['summary'], lang: Lang): string {
  const L = REPORT_LABELS[lang];
  const parts = [L.summary(summary.achieved, summary.total, summary.counts.exceeded)];
  for (const v of ['not-yet', 'missed', 'no-data', 'no-target'] as const) {
    if (summary.counts[v] > 0) parts.push(L.summaryPart[v](summary.counts[v]));
  }
  return `${parts.join(', ')}.`;
}

function summaryLine(report: StatusReport, lang: Lang, chalk: ChalkInstance): string {
  return chalk.bold(summaryText(report.summary, lang));
}

/**
 * Below the variance table, one line per late task (most late first): enough to ask the right unit
 * at the meeting; `plan overdue` has the full table.
 */
function overdueSection(report: StatusReport, o: TableOptions): string[] {
  const L = REPORT_LABELS[o.lang].overdue;
  const items = report.overdue;
  if (items.length === 0) return [L.none];
  const shown = items.slice(0, o.overdueLimit);
  const lines = [o.chalk.bold(L.title(items.length))];
  const idWidth = Math.max(...shown.map((it) => displayWidth(it.id)));
  const lateTexts = shown.map((it) => (it.upcoming ? lateText(it, o.lang) : L.late(it.daysLate)));
  const lateWidth = Math.max(...lateTexts.map(displayWidth));
  for (const [i, it] of shown.entries()) {
    const unit = safe(report.unitNames[it.leadUnit] ?? it.leadUnit);
    const head = `  ${safe(it.id).padEnd(idWidth)}  ${lateTexts[i]!.padStart(lateWidth)}  `;
    const colour = it.upcoming ? o.chalk.cyan : o.chalk.red;
    const rest = truncateLine(`${unit}: ${safe(it.text)}`, Math.max(20, o.width - displayWidth(head)));
    lines.push(`${head.replace(lateTexts[i]!, colour(lateTexts[i]!))}${rest}`);
  }
  if (items.length > shown.length) lines.push(...wrapText(L.more(items.length - shown.length), o.width));
  return lines;
}
