import type { Lang } from '../i18n/lang.js';
import { formatDate } from '../i18n/number-format.js';
import { REPORT_LABELS } from '../i18n/report-labels.js';
import { SEMANTICS_LABELS } from '../i18n/semantics-labels.js';
import type { OverdueReport } from '../report/overdue-report.js';
import type { Block } from './block.js';
import { column } from './columns.js';
import { documentMeta } from './document-meta.js';
import type { ReportDocument } from './document.js';
import { headingBlocks } from './heading-blocks.js';
import { overdueTable } from './overdue-table.js';
import { textRuns } from './sentence.js';
import type { Column, DataRow } from './table.js';
import { code, date, num, text, textOrEmpty, yesNo } from './values.js';

/** `plan overdue` for one plan as a document: heading (with the date), the count, the table by lead unit. */
export function overdueDocument(report: OverdueReport, o: { lang: Lang }): ReportDocument {
  const L = REPORT_LABELS[o.lang].overdue;
  const title = L.heading(report.plan.symbol, formatDate(report.asOf, o.lang));
  const blocks: Block[] = headingBlocks({ title, window: null, illustrative: report.illustrative, lang: o.lang });
  if (report.items.length === 0) blocks.push({ kind: 'paragraph', role: 'empty', runs: textRuns(L.none) });
  else {
    const count = report.within === null ? L.title(report.late) : L.titleWithin(report.late, report.upcoming, report.within);
    blocks.push({ kind: 'paragraph', role: 'summary', runs: textRuns(count) });
    blocks.push(overdueTable(report.items, report.unitNames, o.lang));
  }
  return { title, meta: documentMeta('overdue', [report], o.lang), blocks };
}

/** `plan overdue` as data (CSV): one row per item, lead unit first; several plans: the plan symbol first. */
export function overdueDataDocument(reports: readonly OverdueReport[], lang: Lang): ReportDocument {
  const L = REPORT_LABELS[lang];
  const C = L.overdue.csv;
  const many = reports.length > 1;
  const columns: Column[] = [
    ...(many ? [column('plan', L.csv.plan, 'code')] : []),
    column('lead', C.lead, 'code'),
    column('lead-name', C.leadName, 'text'),
    column('id', C.id, 'code'),
    column('section', C.section, 'code'),
    column('task', C.task, 'name'),
    column('kind', C.kind, 'code'),
    column('due', C.due, 'date'),
    column('days-late', C.daysLate, 'days'),
    column('upcoming', C.upcoming, 'code'),
    column('last-check-in', C.lastCheckIn, 'date'),
    column('status', C.status, 'code'),
  ];
  const rows: DataRow[] = [];
  for (const report of reports) {
    for (const it of report.items) {
      rows.push({
        kind: 'data',
        key: it.id,
        indent: 0,
        cells: [
          ...(many ? [text(report.plan.symbol)] : []),
          text(it.leadUnit),
          textOrEmpty(report.unitNames[it.leadUnit]),
          text(it.id),
          code(it.section),
          text(it.text),
          text(L.overdue.kind[it.kind]),
          date(it.due),
          num(it.daysLate, 0),
          yesNo(it.upcoming, SEMANTICS_LABELS[lang]),
          date(it.lastCheckIn),
          it.status === null ? textOrEmpty(null) : text(SEMANTICS_LABELS[lang].taskStatus[it.status] ?? it.status),
        ],
      });
    }
  }
  return { title: L.overdue.heading(reports[0]!.plan.symbol, formatDate(reports[0]!.asOf, lang)), meta: documentMeta('overdue', reports, lang), blocks: [{ kind: 'table', id: 'overdue', columns, rows }] };
}
