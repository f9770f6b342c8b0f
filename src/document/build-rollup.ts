import type { Lang } from '../i18n/lang.js';
import { formatDate } from '../i18n/number-format.js';
import { REPORT_LABELS } from '../i18n/report-labels.js';
import type { OverdueRollup, SharedTarget, StatusRollup, WardRef } from '../report/rollup.js';
import type { OverdueReport } from '../report/overdue-report.js';
import type { StatusReport } from '../report/status-report.js';
import type { Block } from './block.js';
import { column } from './columns.js';
import { documentMeta } from './document-meta.js';
import type { ReportDocument } from './document.js';
import { headingBlocks } from './heading-blocks.js';
import type { DocumentLayout } from './layout.js';
import { planSpans } from './plan-spans.js';
import { plannedText } from './plan-text.js';
import { textRuns } from './sentence.js';
import type { Column, TableBlock } from './table.js';
import { actualValue } from './target-cells.js';
import type { Value } from './value.js';
import { EMPTY, num, text } from './values.js';

/** Which tables of the status rollup to show: both, or only the one by ward or by shared target. */
export type RollupPart = 'all' | 'wards' | 'targets';

const count = (n: number): Value => num(n, 0);

/** A table with a row per ward (TT, ward, plan symbol, then its figures) and the total row, whose figures are read as a ward's. */
function byWardTable<F>(rollup: { wards: readonly (WardRef & F)[]; total: F }, lang: Lang, figureColumns: Column[], figures: (x: F) => Value[]): TableBlock {
  const R = REPORT_LABELS[lang].rollup;
  const C = R.columns;
  return {
    kind: 'table',
    id: 'wards',
    columns: [column('no', C.no, 'index'), column('ward', C.ward, 'name'), column('symbol', C.symbol, 'code', { wrap: true }), ...figureColumns],
    rows: [
      ...rollup.wards.map((w, i) => ({ kind: 'data' as const, key: w.plan.dir, indent: 0, cells: [count(i + 1), text(w.ward), text(w.plan.symbol), ...figures(w)] })),
      { kind: 'total' as const, indent: 0, cells: [EMPTY, text(R.total), EMPTY, ...figures(rollup.total)] },
    ],
  };
}

/** One row per ward, then the total. "Without figures" counts the targets with no data and those with no target figure yet. */
function wardsTable(rollup: StatusRollup, lang: Lang): TableBlock {
  const C = REPORT_LABELS[lang].rollup.columns;
  return byWardTable(
    rollup,
    lang,
    [
      column('targets', C.targets, 'figure'),
      column('achieved', C.achieved, 'figure'),
      column('exceeded', C.exceeded, 'figure'),
      column('not-yet', C.notYet, 'figure'),
      column('missed', C.missed, 'figure'),
      column('without-figures', C.withoutFigures, 'figure'),
      column('late', C.late, 'figure'),
    ],
    (x) => [count(x.targets), count(x.achieved), count(x.counts.exceeded), count(x.counts['not-yet']), count(x.counts.missed), count(x.withoutFigures), count(x.late)],
  );
}

/** The plan figure when every ward that measures the target plans the same, else null ("theo từng nơi"). */
function commonPlanText(t: SharedTarget, lang: Lang): string | null {
  const texts = new Set(t.figures.map((f) => plannedText(f.row, lang)));
  return texts.size === 1 ? [...texts][0]! : null;
}

/** The wards that measure at least one shared target, in ward order. */
export function sideBySideWards(rollup: StatusRollup): string[] {
  const used = new Set(rollup.targets.flatMap((t) => t.figures.map((f) => f.ward)));
  return rollup.wards.map((w) => w.ward).filter((w) => used.has(w));
}

/** Rows: targets; columns: wards. A cell: the figure, the verdict, and the ward's own plan figure when wards differ. */
function sideBySideTable(rollup: StatusRollup, lang: Lang): TableBlock {
  const L = REPORT_LABELS[lang];
  const R = L.rollup;
  const C = R.columns;
  const wards = sideBySideWards(rollup);
  return {
    kind: 'table',
    id: 'shared-targets',
    columns: [
      column('no', C.no, 'index'),
      column('target', C.target, 'name'),
      column('unit', C.unit, 'unit'),
      column('plan', C.plan, 'plan'),
      ...wards.map((w) => column(`ward:${w}`, w, 'figure', { align: 'left', wrap: false })),
    ],
    rows: rollup.targets.map((t, i) => {
      const common = commonPlanText(t, lang);
      const byWard = new Map(t.figures.map((f) => [f.ward, f]));
      return {
        kind: 'data',
        key: t.ids.join(' '),
        indent: 0,
        cells: [
          count(i + 1),
          text(t.name),
          text(t.unit),
          text(common ?? R.byWard),
          ...wards.map((w): Value => {
            const f = byWard.get(w);
            if (!f) return text(R.absent);
            const items: Value[] = [];
            if (f.row.actual !== null) items.push(actualValue(f.row, lang));
            items.push({ kind: 'verdict', code: f.row.verdict, final: f.row.final, text: L.verdict[f.row.verdict] });
            if (common === null) items.push(text(`${R.planShort} ${plannedText(f.row, lang)}`));
            return { kind: 'list', items };
          }),
        ],
      };
    }),
  };
}

/** Rows: targets; columns: counts of wards by verdict and the wards furthest behind (for many wards). */
function condensedTable(rollup: StatusRollup, lang: Lang, worstShown = 3): TableBlock {
  const R = REPORT_LABELS[lang].rollup;
  const C = R.columns;
  return {
    kind: 'table',
    id: 'shared-targets',
    columns: [
      column('no', C.no, 'index'),
      column('target', C.target, 'name'),
      column('unit', C.unit, 'unit'),
      column('wards', C.wards, 'figure'),
      column('achieved', C.achieved, 'figure'),
      column('not-yet', C.notYet, 'figure'),
      column('missed', C.missed, 'figure'),
      column('without-figures', C.withoutFigures, 'figure'),
      column('worst', C.worst, 'text'),
    ],
    rows: rollup.targets.map((t, i) => ({
      kind: 'data',
      key: t.ids.join(' '),
      indent: 0,
      cells: [count(i + 1), text(t.name), text(t.unit), count(t.figures.length), count(t.achieved), count(t.counts['not-yet']), count(t.counts.missed), count(t.withoutFigures), worstValue(t, lang, worstShown)],
    })),
  };
}

/** "Phường 7: 88,2" per line, worst first; "và 12 nơi khác" when more have not met the target. */
function worstValue(t: SharedTarget, lang: Lang, shown: number): Value {
  const R = REPORT_LABELS[lang].rollup;
  const items: Value[] = t.worst.slice(0, shown).map((f) => (f.row.actual === null ? text(f.ward) : actualValue(f.row, lang, f.ward)));
  if (t.worst.length > shown) items.push(text(R.more(t.worst.length - shown)));
  return { kind: 'list', items };
}

/** `plan status PATH...`: the table by ward, then the targets several wards share. */
export function statusRollupDocument(rollup: StatusRollup, reports: readonly StatusReport[], o: { lang: Lang; layout: DocumentLayout; part: RollupPart }): ReportDocument {
  const R = REPORT_LABELS[o.lang].rollup;
  const first = reports[0]!;
  const illustrative = reports.some((r) => r.illustrative);
  const title = R.title(reports.length);
  // Each plan is judged in its own window; plans of different spans (a term plan, another year) say which.
  const spans = planSpans(reports, rollup.wards, o.lang);
  const blocks: Block[] = headingBlocks({ title, window: { asOf: first.asOf, period: first.period, spans }, illustrative, lang: o.lang });
  if (o.part !== 'targets') blocks.push({ kind: 'heading', level: 2, text: R.wardsTitle }, wardsTable(rollup, o.lang));
  if (o.part !== 'wards') {
    blocks.push({ kind: 'heading', level: 2, text: R.targetsTitle(rollup.targets.length) });
    if (rollup.targets.length === 0) blocks.push({ kind: 'paragraph', role: 'body', runs: textRuns(R.noShared) });
    else if (sideBySideWards(rollup).length <= o.layout.sideBySideMax) {
      blocks.push({
        kind: 'alternatives',
        wide: [sideBySideTable(rollup, o.lang), { kind: 'note', tone: 'info', runs: textRuns(R.absentNote) }],
        narrow: [condensedTable(rollup, o.lang)],
      });
    } else blocks.push(condensedTable(rollup, o.lang));
  }
  return { title, meta: documentMeta('status-rollup', reports, o.lang), blocks };
}

/** `plan overdue PATH...`: late tasks by ward. */
export function overdueRollupDocument(rollup: OverdueRollup, reports: readonly OverdueReport[], o: { lang: Lang }): ReportDocument {
  const R = REPORT_LABELS[o.lang].rollup;
  const C = R.columns;
  const within = reports.some((r) => r.within !== null);
  const illustrative = reports.some((r) => r.illustrative);
  const title = R.overdueTitle(reports.length, formatDate(rollup.asOf, o.lang));
  const table = byWardTable(
    rollup,
    o.lang,
    [
      column('late', C.late, 'figure'),
      column('late-deadline', C.lateDeadline, 'figure'),
      column('late-check-in', C.lateCheckIn, 'figure'),
      column('max-late', C.maxLate, 'figure'),
      ...(within ? [column('upcoming', C.upcoming, 'figure')] : []),
    ],
    (x) => [count(x.late), count(x.byKind.deadline), count(x.byKind['check-in']), num(x.maxDaysLate, 0), ...(within ? [count(x.upcoming)] : [])],
  );
  return {
    title,
    meta: documentMeta('overdue-rollup', reports, o.lang),
    blocks: [...headingBlocks({ title, window: null, illustrative, lang: o.lang }), table],
  };
}
