import type { Lang } from '../i18n/lang.js';
import { REPORT_LABELS, type ReportLabels } from '../i18n/report-labels.js';
import type { OverdueRollup, StatusRollup, WardRef } from '../report/rollup.js';
import type { Verdict } from '../report/variance.js';
import { column } from './columns.js';
import { documentPlan } from './document-plan.js';
import type { ReportDocument } from './document.js';
import type { DocumentMeta } from './metadata.js';
import type { Column, TableBlock } from './table.js';
import type { Value } from './value.js';
import { num, text } from './values.js';

/** The rollups as data (CSV): one table per output, chosen with --rollup wards|targets. */

const count = (n: number) => num(n, 0);

/** The count of each verdict, for a ward (its targets) and for a shared target (its wards). */
const verdictColumns = (C: ReportLabels['rollup']['columns']) => [
  column('achieved', C.achieved, 'figure'),
  column('exceeded', C.exceeded, 'figure'),
  column('not-yet', C.notYet, 'figure'),
  column('missed', C.missed, 'figure'),
  column('no-data', C.noData, 'figure'),
  column('no-target', C.noTarget, 'figure'),
];
const verdictCounts = (x: { achieved: number; counts: Record<Verdict, number> }) => [count(x.achieved), count(x.counts.exceeded), count(x.counts['not-yet']), count(x.counts.missed), count(x.counts['no-data']), count(x.counts['no-target'])];

/** A row per ward: its name, plan symbol and folder, then its figures. */
function wardDataTable<W extends WardRef>(rollup: { wards: readonly W[] }, C: ReportLabels['rollup']['columns'], figureColumns: Column[], figures: (w: W) => Value[]): TableBlock {
  return {
    kind: 'table',
    id: 'wards',
    columns: [column('ward', C.ward, 'name'), column('symbol', C.symbol, 'code'), column('folder', C.folder, 'text'), ...figureColumns],
    rows: rollup.wards.map((w) => ({ kind: 'data', key: w.plan.dir, indent: 0, cells: [text(w.ward), text(w.plan.symbol), text(w.plan.dir), ...figures(w)] })),
  };
}

/** A data document's metadata: the wards' plans, as of the rollup's date, without a window. */
function meta(report: DocumentMeta['report'], rollup: StatusRollup | OverdueRollup, lang: Lang): DocumentMeta {
  return {
    report,
    plans: rollup.wards.map((w) => documentPlan(w.plan)),
    asOf: rollup.asOf,
    period: null,
    convention: null,
    illustrative: false,
    lang,
  };
}

export function statusRollupDataDocument(rollup: StatusRollup, part: 'wards' | 'targets', lang: Lang): ReportDocument {
  const R = REPORT_LABELS[lang].rollup;
  const C = R.columns;
  const table: TableBlock =
    part === 'wards'
      ? wardDataTable(
          rollup,
          C,
          [column('targets', C.targets, 'figure'), ...verdictColumns(C), column('late', C.late, 'figure')],
          (w) => [count(w.targets), ...verdictCounts(w), count(w.late)],
        )
      : {
          kind: 'table',
          id: 'shared-targets',
          columns: [
            column('ids', C.ids, 'code'),
            column('target', C.target, 'name'),
            column('unit', C.unit, 'unit'),
            column('wards', C.wards, 'figure'),
            ...verdictColumns(C),
            column('worst', C.worst, 'text'),
          ],
          rows: rollup.targets.map((t) => ({
            kind: 'data',
            key: t.ids.join(' '),
            indent: 0,
            cells: [text(t.ids.join(' ')), text(t.name), text(t.unit), count(t.figures.length), ...verdictCounts(t), text(t.worst.map((f) => f.ward).join('; '))],
          })),
        };
  return { title: R.title(rollup.wards.length), meta: meta('status-rollup', rollup, lang), blocks: [table] };
}

export function overdueRollupDataDocument(rollup: OverdueRollup, o: { lang: Lang; within: boolean }): ReportDocument {
  const R = REPORT_LABELS[o.lang].rollup;
  const C = R.columns;
  const table = wardDataTable(
    rollup,
    C,
    [
      column('late', C.late, 'figure'),
      column('late-deadline', C.lateDeadline, 'figure'),
      column('late-check-in', C.lateCheckIn, 'figure'),
      column('max-late', C.maxLate, 'figure'),
      ...(o.within ? [column('upcoming', C.upcoming, 'figure')] : []),
    ],
    (w) => [count(w.late), count(w.byKind.deadline), count(w.byKind['check-in']), num(w.maxDaysLate, 0), ...(o.within ? [count(w.upcoming)] : [])],
  );
  return { title: R.overdueTitle(rollup.wards.length, rollup.asOf), meta: meta('overdue-rollup', rollup, o.lang), blocks: [table] };
}
