import { partName } from './plan-text.js';
import type { Lang } from '../i18n/lang.js';
import { formatDate } from '../i18n/number-format.js';
import { REPORT_LABELS } from '../i18n/report-labels.js';
import type { FilterQuery } from '../report/filters.js';
import type { StatusReport } from '../report/status-report.js';
import { overdueCommand } from './command-line.js';
import type { Block } from './block.js';
import { column } from './columns.js';
import type { ReportDocument } from './document.js';
import { headingBlocks } from './heading-blocks.js';
import type { DocumentLayout } from './layout.js';
import { documentMeta } from './document-meta.js';
import { groupOverdue, overdueLines, overdueTable } from './overdue-table.js';
import { textRuns } from './sentence.js';
import { summaryText } from './summary-text.js';
import type { Row, TableBlock } from './table.js';
import { actualValue, barFraction, noteValue, paceValue, planValue, yearCells } from './target-cells.js';
import { SEMANTICS_LABELS } from '../i18n/semantics-labels.js';
import { num, percent, signed, text } from './values.js';
import { verdictValue } from './verdict-value.js';

export interface StatusDocumentOptions {
  lang: Lang;
  layout: DocumentLayout;
  /** How many late tasks to list after the table (0: none). */
  overdueLimit: number;
  /** The filters as the user typed them: the pointer to `plan overdue` repeats them. */
  filter?: FilterQuery;
}

/** The variance table: rows by field, one per target. */
export function targetsTable(report: StatusReport, lang: Lang): TableBlock {
  const L = REPORT_LABELS[lang];
  const S = SEMANTICS_LABELS[lang];
  const C = L.columns;
  const rows: Row[] = [];
  for (const g of report.groups) {
    rows.push({ kind: 'section', code: g.section, label: g.section === null ? L.otherSection : g.name, indent: 0 });
    for (const r of g.rows) {
      rows.push({
        kind: 'data',
        key: r.id,
        indent: r.depth,
        cells: [
          num(r.no, 0),
          text(partName(r)),
          text(r.unit),
          planValue(r, lang),
          actualValue(r, lang),
          signed(r.variance),
          percent(r.ratio, r.ratioDigits, barFraction(r.progress)),
          percent(r.ratioToPrevious),
          paceValue(r, lang),
          verdictValue(r, lang),
          noteValue(r, lang),
        ],
      });
      // The report of a whole term: a yearly target's years under it, each against that year's plan.
      for (const y of r.byYear ?? []) rows.push({ kind: 'data', key: `${r.id}@${y.year}`, indent: r.depth + 1, cells: yearCells(y, lang) });
    }
  }
  return {
    kind: 'table',
    id: 'targets',
    columns: [
      column('no', C.no, 'index'),
      column('target', C.target, 'name'),
      // Left out on a narrow terminal in this order: last year, the note, the pace, the variance, the unit,
      // the ratio.
      column('unit', C.unit, 'unit', { priority: 5 }),
      column('plan', C.plan, 'plan'),
      column('actual', C.actual, 'figure', { wrap: true }),
      column('variance', C.variance, 'variance', { priority: 4 }),
      column('ratio', C.ratio, 'ratio', { priority: 6 }),
      column('previous', C.previous, 'ratio', { priority: 1 }),
      column('pace', S.columns.pace, 'text', { priority: 3 }),
      column('verdict', C.verdict, 'verdict'),
      { ...column('note', S.columns.note, 'text', { priority: 2 }), clip: 24 },
    ],
    rows,
  };
}

/** `plan status` for one plan as a document: heading, the variance table, the summary, the first late tasks. */
export function statusDocument(report: StatusReport, o: StatusDocumentOptions): ReportDocument {
  const L = REPORT_LABELS[o.lang];
  const title = L.title(report.plan.symbol);
  const blocks: Block[] = headingBlocks({
    title,
    aside: textRuns(formatDate(report.asOf, o.lang)),
    window: { asOf: report.asOf, period: report.period, term: report.term },
    illustrative: report.illustrative,
    lang: o.lang,
  });
  const filtered = Boolean(o.filter?.fields?.length || o.filter?.units?.length || o.filter?.targets?.length);
  if (report.targets.length === 0) blocks.push({ kind: 'paragraph', role: 'empty', runs: textRuns(filtered ? L.noTargets : L.planHasNoTargets) });
  else {
    // A narrow terminal leaves columns out by their priority before it squeezes the names.
    blocks.push(targetsTable(report, o.lang));
    blocks.push({ kind: 'paragraph', role: 'summary', runs: textRuns(summaryText(report.summary, o.lang)) });
  }
  if (o.overdueLimit > 0) {
    // Late tasks (past their due date) are listed; missed periodic reports get one line by unit.
    const items = report.overdue.filter((i) => i.kind === 'deadline');
    const checkIns = report.overdue.filter((i) => i.kind === 'check-in' && !i.upcoming);
    blocks.push({ kind: 'heading', level: 2, text: L.overdue.title(items.length) });
    if (items.length === 0) blocks.push({ kind: 'paragraph', role: 'empty', runs: textRuns(L.overdue.none) });
    else {
      const shown = items.slice(0, o.overdueLimit);
      blocks.push(o.layout.overdueExtract === 'lines' ? overdueLines(shown, report.unitNames, o.lang) : overdueTable(shown, report.unitNames, o.lang));
      if (items.length > shown.length) blocks.push({ kind: 'paragraph', role: 'more', runs: textRuns(L.overdue.more(items.length - shown.length, overdueCommand(report.asOf, o.filter))) });
    }
    if (checkIns.length > 0) {
      const byUnit = groupOverdue(checkIns, report.unitNames).map((g) => `${g.name} ${g.items.length}`).join(', ');
      blocks.push({ kind: 'paragraph', role: 'more', runs: textRuns(SEMANTICS_LABELS[o.lang].checkInsLine(checkIns.length, byUnit, overdueCommand(report.asOf, o.filter))) });
    }
  }
  return {
    title,
    meta: documentMeta('status', [report], o.lang),
    blocks,
  };
}
