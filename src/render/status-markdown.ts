import type { Lang } from '../i18n/lang.js';
import { REPORT_LABELS } from '../i18n/report-labels.js';
import type { OverdueItem } from '../report/overdue.js';
import type { OverdueReport, StatusReport } from '../report/status-report.js';
import { markdownCell, markdownInline } from './markdown-cell.js';
import { groupOverdue, lateText } from './overdue-table.js';
import { actualText, formatDate, planCellLines, ratioText, varianceText, verdictText } from './report-format.js';
import { summaryText } from './status-table.js';

function heading(report: Pick<StatusReport, 'asOf' | 'period' | 'illustrative'>, title: string, lang: Lang): string[] {
  const L = REPORT_LABELS[lang];
  const out = [`## ${markdownInline(title)}`, ''];
  const asOf = L.asOf(formatDate(report.asOf, lang));
  if (report.period) {
    const p = report.period;
    out.push(`${L.period(p.code, formatDate(p.start, lang), formatDate(p.end, lang), L.convention[p.convention])}. ${asOf}.`, '');
  } else out.push(`${asOf}.`, '');
  if (report.illustrative) out.push(`> **${L.banner}**`, '');
  return out;
}

/** `plan status --format markdown`: a heading with the plan symbol and date, the GitHub table, the summary, the overdue tasks. */
export function renderStatusMarkdown(report: StatusReport, o: { lang: Lang; overdueLimit: number }): string {
  const L = REPORT_LABELS[o.lang];
  const C = L.columns;
  const title = `${L.title(report.plan.symbol)} (${formatDate(report.asOf, o.lang)})`;
  const out = heading(report, title, o.lang);
  if (report.targets.length === 0) out.push(L.noTargets);
  else {
    const rows: (string[] | Group)[] = [];
    for (const g of report.groups) {
      const label = g.section === null ? L.otherSection : `${g.section}. ${g.name}`;
      rows.push({ group: label });
      for (const r of g.rows) {
        rows.push([
          String(r.no),
          r.name,
          r.unit,
          planCellLines(r, o.lang).join('\n'),
          actualText(r, o.lang),
          varianceText(r, o.lang),
          ratioText(r.ratio, o.lang),
          ratioText(r.ratioToPrevious, o.lang),
          verdictText(r, o.lang, ';\n'),
        ]);
      }
    }
    out.push(rawTable([C.no, C.target, C.unit, C.plan, C.actual, C.variance, C.ratio, C.previous, C.verdict], 'rlllrrrrl', rows));
    out.push('', summaryText(report.summary, o.lang));
  }
  if (o.overdueLimit > 0) {
    out.push('', `### ${L.overdue.title(report.overdue.length)}`, '');
    if (report.overdue.length === 0) out.push(L.overdue.none);
    else {
      const shown = report.overdue.slice(0, o.overdueLimit);
      out.push(overdueTable(shown, report.unitNames, o.lang));
      if (report.overdue.length > shown.length) out.push('', markdownInline(L.overdue.more(report.overdue.length - shown.length)));
    }
  }
  return out.join('\n');
}

/** Like markdownTable, but cells already holding markdown (the bold group rows) are not escaped again. */
function rawTable(header: readonly string[], align: string, rows: readonly (string[] | Group)[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const rule = `|${[...align].map((a) => (a === 'r' ? '---:' : ':---')).join('|')}|`;
  const body = rows.map((r) =>
    Array.isArray(r) ? line(r.map(markdownCell)) : line(['', `**${markdownInline(r.group)}**`, ...Array<string>(align.length - 2).fill('')]),
  );
  return [line(header.map(markdownCell)), rule, ...body].join('\n');
}

/** A group row: the field, or the lead unit, in bold across the table. */
interface Group {
  group: string;
}

function overdueTable(items: readonly OverdueItem[], unitNames: Record<string, string>, lang: Lang): string {
  const L = REPORT_LABELS[lang].overdue;
  const C = L.columns;
  const rows: (string[] | Group)[] = [];
  for (const g of groupOverdue(items, unitNames)) {
    rows.push({ group: `${g.name} (${g.items.length})` });
    for (const it of g.items) {
      rows.push([it.id, it.text, L.kind[it.kind], formatDate(it.due, lang), lateText(it, lang), it.lastCheckIn === null ? L.never : formatDate(it.lastCheckIn, lang)]);
    }
  }
  return rawTable([C.id, C.task, C.kind, C.due, C.late, C.lastCheckIn], 'llllrl', rows);
}

/** `plan overdue --format markdown`. */
export function renderOverdueMarkdown(report: OverdueReport, lang: Lang): string {
  const L = REPORT_LABELS[lang].overdue;
  const out = [`## ${markdownInline(L.heading(report.plan.symbol, formatDate(report.asOf, lang)))}`, ''];
  if (report.illustrative) out.push(`> **${REPORT_LABELS[lang].banner}**`, '');
  if (report.items.length === 0) out.push(L.none);
  else {
    const late = report.items.filter((i) => !i.upcoming).length;
    out.push(report.within === null ? L.title(late) : L.titleWithin(late, report.items.length - late, report.within), '');
    out.push(overdueTable(report.items, report.unitNames, lang));
  }
  return out.join('\n');
}

