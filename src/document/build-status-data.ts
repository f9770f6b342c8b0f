import type { Lang } from '../i18n/lang.js';
import { REPORT_LABELS } from '../i18n/report-labels.js';
import { SEMANTICS_LABELS } from '../i18n/semantics-labels.js';
import { round } from '../report/round.js';
import type { StatusReport, StatusRow } from '../report/status-report.js';
import type { Value } from './value.js';
import { column } from './columns.js';
import { documentMeta } from './document-meta.js';
import type { ReportDocument } from './document.js';
import { partName, plannedText } from './plan-text.js';
import type { Column, DataRow } from './table.js';
import { EMPTY, code, date, num, text, textOrEmpty, yesNo } from './values.js';
import { verdictValue } from './verdict-value.js';
import { noteValue } from './target-cells.js';

/**
 * `plan status` as data (CSV): one flat table, one row per target (the field is a column, no section
 * rows); figures as numbers (derived ones rounded as in the JSON), verdicts also as codes. Several
 * plans: rows follow one another, with the plan symbol in the first column.
 */
export function statusDataDocument(reports: readonly StatusReport[], lang: Lang): ReportDocument {
  const L = REPORT_LABELS[lang];
  const S = SEMANTICS_LABELS[lang];
  const C = L.csv;
  const many = reports.length > 1;
  // The report of a whole term: a yearly target's years are rows of their own, with their year.
  const whole = reports.some((r) => r.term?.whole === true);
  const columns: Column[] = [
    ...(many ? [column('plan', C.plan, 'code')] : []),
    column('no', C.no, 'index'),
    column('section', C.section, 'code'),
    column('id', C.id, 'code'),
    ...(whole ? [column('year', C.year, 'code')] : []),
    column('target', C.target, 'name'),
    column('unit', C.unit, 'unit'),
    column('plan-text', C.planText, 'plan'),
    column('planned', C.planned, 'figure'),
    column('expected', C.expected, 'figure'),
    column('actual', C.actual, 'figure'),
    column('estimate', C.estimate, 'code'),
    column('figure-date', C.figureDate, 'date'),
    column('variance', C.variance, 'variance'),
    column('ratio', C.ratio, 'ratio'),
    column('previous', C.previous, 'figure'),
    column('ratio-to-previous', C.ratioToPrevious, 'ratio'),
    column('verdict', C.verdict, 'verdict'),
    column('stretch-verdict', C.stretchVerdict, 'code'),
    column('verdict-code', C.verdictCode, 'code'),
    column('final', S.csv.final, 'code'),
    column('pace', S.csv.pace, 'code'),
    column('note', S.csv.note, 'text'),
  ];
  const rows: DataRow[] = [];
  type Judged = Pick<StatusRow, 'planned' | 'expected' | 'stretch' | 'pace' | 'actual' | 'estimate' | 'figureDate' | 'variance' | 'ratio' | 'previous' | 'ratioToPrevious' | 'verdict' | 'final' | 'note'>;
  const figures = (r: Judged, planText: string, note: Value): Value[] => [
    text(planText),
    num(round(r.planned.reference), 4),
    num(round(r.pace?.expected ?? null), 4),
    num(r.actual, 4),
    yesNo(r.actual === null ? null : r.estimate, S),
    date(r.figureDate),
    num(round(r.variance), 4),
    num(round(r.ratio, 2), 2),
    num(r.previous, 4),
    num(round(r.ratioToPrevious, 2), 2),
    verdictValue(r, lang),
    r.stretch === null ? textOrEmpty(null) : text(L.stretchVerdict[r.stretch.verdict]),
    code(r.verdict, L.verdict[r.verdict]),
    yesNo(r.verdict === 'no-data' || r.verdict === 'no-target' ? null : r.final, S),
    r.pace === null ? textOrEmpty(null) : text(S.pace[r.pace.status]),
    note,
  ];
  for (const report of reports) {
    for (const r of report.targets) {
      const head = (year: number | null): Value[] => [
        ...(many ? [text(report.plan.symbol)] : []),
        year === null ? num(r.no, 0) : EMPTY,
        code(r.section),
        text(r.id),
        ...(whole ? [num(year, 0)] : []),
        text(partName(r)),
        text(r.unit),
      ];
      rows.push({ kind: 'data', key: r.id, indent: r.depth, cells: [...head(null), ...figures(r, plannedText(r, lang), noteValue(r, lang))] });
      // A year's row keeps its target's name and indent: the year column tells it apart.
      for (const y of r.byYear ?? []) {
        rows.push({ kind: 'data', key: `${r.id}@${y.year}`, indent: r.depth, cells: [...head(y.year), ...figures(y, plannedText(y, lang), noteValue({ ...y, incomplete: false }, lang))] });
      }
    }
  }
  const first = reports[0]!;
  return {
    title: L.title(first.plan.symbol),
    meta: documentMeta('status', reports, lang),
    blocks: [{ kind: 'table', id: 'targets', columns, rows }],
  };
}
