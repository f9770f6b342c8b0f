import type { Lang } from '../i18n/lang.js';
import { REPORT_LABELS } from '../i18n/report-labels.js';
import type { OverdueRollup, StatusRollup } from '../report/rollup.js';
import { column } from './columns.js';
import type { ReportDocument } from './document.js';
import type { DocumentMeta } from './metadata.js';
import type { TableBlock } from './table.js';
import { num, text } from './values.js';

/** The rollups as data (CSV): one table per output, chosen with --rollup wards|targets. */

const count = (n: number) => num(n, 0);

function meta(report: DocumentMeta['report'], rollup: StatusRollup | OverdueRollup, lang: Lang): DocumentMeta {
  return {
    report,
    plans: rollup.wards.map((w) => ({ id: w.plan.id, symbol: w.plan.symbol, title: w.plan.title, place: w.plan.place, issuer: w.plan.issuer, dir: w.plan.dir })),
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
      ? {
          kind: 'table',
          id: 'wards',
          columns: [
            column('ward', C.ward, 'name'),
            column('symbol', C.symbol, 'code'),
            column('folder', C.folder, 'text'),
            column('targets', C.targets, 'figure'),
            column('achieved', C.achieved, 'figure'),
            column('exceeded', C.exceeded, 'figure'),
            column('not-yet', C.notYet, 'figure'),
            column('missed', C.missed, 'figure'),
            column('no-data', C.noData, 'figure'),
            column('no-target', C.noTarget, 'figure'),
            column('late', C.late, 'figure'),
          ],
          rows: rollup.wards.map((w) => ({
            kind: 'data',
            key: w.plan.dir,
            indent: 0,
            cells: [text(w.ward), text(w.plan.symbol), text(w.plan.dir), count(w.targets), count(w.achieved), count(w.counts.exceeded), count(w.counts['not-yet']), count(w.counts.missed), count(w.counts['no-data']), count(w.counts['no-target']), count(w.late)],
          })),
        }
      : {
          kind: 'table',
          id: 'shared-targets',
          columns: [
            column('ids', C.ids, 'code'),
            column('target', C.target, 'name'),
            column('unit', C.unit, 'unit'),
            column('wards', C.wards, 'figure'),
            column('achieved', C.achieved, 'figure'),
            column('exceeded', C.exceeded, 'figure'),
            column('not-yet', C.notYet, 'figure'),
            column('missed', C.missed, 'figure'),
            column('no-data', C.noData, 'figure'),
            column('no-target', C.noTarget, 'figure'),
            column('worst', C.worst, 'text'),
          ],
          rows: rollup.targets.map((t) => ({
            kind: 'data',
            key: t.ids.join(' '),
            indent: 0,
            cells: [text(t.ids.join(' ')), text(t.name), text(t.unit), count(t.figures.length), count(t.achieved), count(t.counts.exceeded), count(t.counts['not-yet']), count(t.counts.missed), count(t.counts['no-data']), count(t.counts['no-target']), text(t.worst.map((f) => f.ward).join('; '))],
          })),
        };
  return { title: R.title(rollup.wards.length), meta: meta('status-rollup', rollup, lang), blocks: [table] };
}

export function overdueRollupDataDocument(rollup: OverdueRollup, o: { lang: Lang; within: boolean }): ReportDocument {
  const R = REPORT_LABELS[o.lang].rollup;
  const C = R.columns;
  const table: TableBlock = {
    kind: 'table',
    id: 'wards',
    columns: [
      column('ward', C.ward, 'name'),
      column('symbol', C.symbol, 'code'),
      column('folder', C.folder, 'text'),
      column('late', C.late, 'figure'),
      column('late-deadline', C.lateDeadline, 'figure'),
      column('late-check-in', C.lateCheckIn, 'figure'),
      column('max-late', C.maxLate, 'figure'),
      ...(o.within ? [column('upcoming', C.upcoming, 'figure')] : []),
    ],
    rows: rollup.wards.map((w) => ({
      kind: 'data',
      key: w.plan.dir,
      indent: 0,
      cells: [text(w.ward), text(w.plan.symbol), text(w.plan.dir), count(w.late), count(w.byKind.deadline), count(w.byKind['check-in']), num(w.maxDaysLate, 0), ...(o.within ? [count(w.upcoming)] : [])],
    })),
  };
  return { title: R.overdueTitle(rollup.wards.length, rollup.asOf), meta: meta('overdue-rollup', rollup, o.lang), blocks: [table] };
}
