import type { Lang } from '../i18n/lang.js';
import { REPORT_LABELS } from '../i18n/report-labels.js';
import type { OverdueRollup, SharedTarget, StatusRollup, WardRef } from '../report/rollup.js';
import type { OverdueReport, StatusReport } from '../report/status-report.js';
import { csvText, type CsvValue } from './csv-cell.js';
import { markdownInline, markdownTable } from './markdown-cell.js';
import { formatDate, plannedText, round } from './report-format.js';
import { condensedCells, overdueWardCells, sideBySideCells, sideBySideWards, wardCells } from './rollup-cells.js';
import type { RollupPart } from './rollup-table.js';

/** Markdown shows one column per ward up to this many wards; more: counts and the wards furthest behind. */
export const MARKDOWN_SIDE_BY_SIDE_MAX = 8;

const align = (n: number, right: (i: number) => boolean) => Array.from({ length: n }, (_, i) => (right(i) ? 'r' : 'l') as 'l' | 'r');

function markdownHeading(title: string, asOf: string, illustrative: boolean, lang: Lang, period: StatusReport['period']): string[] {
  const L = REPORT_LABELS[lang];
  const out = [`## ${markdownInline(title)}`, ''];
  const at = L.asOf(formatDate(asOf, lang));
  if (period) out.push(`${markdownInline(L.period(period.code, formatDate(period.start, lang), formatDate(period.end, lang), L.convention[period.convention]))}. ${at}.`, '');
  else out.push(`${at}.`, '');
  if (illustrative) out.push(`> **${L.banner}**`, '');
  return out;
}

export function renderStatusRollupMarkdown(rollup: StatusRollup, reports: readonly StatusReport[], o: { lang: Lang; part: RollupPart }): string {
  const R = REPORT_LABELS[o.lang].rollup;
  const first = reports[0]!;
  const out = markdownHeading(R.title(reports.length), first.asOf, reports.some((r) => r.illustrative), o.lang, first.period);
  if (o.part !== 'targets') {
    const w = wardCells(rollup, o.lang);
    out.push(`### ${markdownInline(R.wardsTitle)}`, '');
    out.push(markdownTable(w.header, align(w.header.length, (i) => i === 0 || i >= 3), [...w.rows, w.total]), '');
  }
  if (o.part !== 'wards') {
    out.push(`### ${markdownInline(R.targetsTitle(rollup.targets.length))}`, '');
    if (rollup.targets.length === 0) out.push(R.noShared, '');
    else if (sideBySideWards(rollup).length <= MARKDOWN_SIDE_BY_SIDE_MAX) {
      const s = sideBySideCells(rollup, o.lang);
      out.push(markdownTable(s.header, align(s.header.length, (i) => i === 0), s.rows), '', markdownInline(R.absentNote), '');
    } else {
      const c = condensedCells(rollup, o.lang);
      out.push(markdownTable(c.header, align(c.header.length, (i) => i === 0 || (i >= 3 && i <= 7)), c.rows), '');
    }
  }
  return out.join('\n').trimEnd();
}

export function renderOverdueRollupMarkdown(rollup: OverdueRollup, reports: readonly OverdueReport[], lang: Lang): string {
  const R = REPORT_LABELS[lang].rollup;
  const out = [`## ${markdownInline(R.overdueTitle(reports.length, formatDate(rollup.asOf, lang)))}`, ''];
  if (reports.some((r) => r.illustrative)) out.push(`> **${REPORT_LABELS[lang].banner}**`, '');
  const w = overdueWardCells(rollup, lang, reports.some((r) => r.within !== null));
  out.push(markdownTable(w.header, align(w.header.length, (i) => i === 0 || i >= 3), [...w.rows, w.total]));
  return out.join('\n');
}

// ------------------------------------------------------------------------------------------------
// CSV: one table per output, chosen with --rollup wards|targets.

export function renderStatusRollupCsv(rollup: StatusRollup, part: 'wards' | 'targets', o: { lang: Lang; bom?: boolean }): string {
  const C = REPORT_LABELS[o.lang].rollup.columns;
  const rows: CsvValue[][] = [];
  if (part === 'wards') {
    rows.push([C.ward, C.symbol, C.folder, C.targets, C.achieved, C.exceeded, C.notYet, C.missed, C.noData, C.noTarget, C.late]);
    for (const w of rollup.wards) {
      rows.push([w.ward, w.plan.symbol, w.plan.dir, w.targets, w.achieved, w.counts.exceeded, w.counts['not-yet'], w.counts.missed, w.counts['no-data'], w.counts['no-target'], w.late]);
    }
  } else {
    rows.push([C.ids, C.target, C.unit, C.wards, C.achieved, C.exceeded, C.notYet, C.missed, C.noData, C.noTarget, C.worst]);
    for (const t of rollup.targets) {
      rows.push([t.ids.join(' '), t.name, t.unit, t.figures.length, t.achieved, t.counts.exceeded, t.counts['not-yet'], t.counts.missed, t.counts['no-data'], t.counts['no-target'], t.worst.map((f) => f.ward).join('; ')]);
    }
  }
  return csvText(rows, { bom: o.bom ?? false });
}

export function renderOverdueRollupCsv(rollup: OverdueRollup, o: { lang: Lang; bom?: boolean; within: boolean }): string {
  const C = REPORT_LABELS[o.lang].rollup.columns;
  const rows: CsvValue[][] = [[C.ward, C.symbol, C.folder, C.late, C.lateDeadline, C.lateCheckIn, C.maxLate, ...(o.within ? [C.upcoming] : [])]];
  for (const w of rollup.wards) {
    rows.push([w.ward, w.plan.symbol, w.plan.dir, w.late, w.byKind.deadline, w.byKind['check-in'], w.maxDaysLate, ...(o.within ? [w.upcoming] : [])]);
  }
  return csvText(rows, { bom: o.bom ?? false });
}

// ------------------------------------------------------------------------------------------------
// JSON: the `rollup` object beside `plans` (docs/json.md).

const wardRefJson = (w: WardRef) => ({
  ward: w.ward,
  place: w.place,
  issuer: w.issuer,
  plan: { id: w.plan.id, symbol: w.plan.symbol, title: w.plan.title, folder: w.plan.dir },
});

function sharedTargetJson(t: SharedTarget, lang: Lang) {
  return {
    ids: t.ids,
    name: t.name,
    unit: t.unit,
    wards: t.figures.length,
    achieved: t.achieved,
    counts: t.counts,
    figures: t.figures.map((f) => ({
      ward: f.ward,
      folder: f.folder,
      id: f.row.id,
      planned: round(f.row.planned.reference),
      planText: plannedText(f.row, lang),
      actual: f.row.actual,
      estimate: f.row.estimate,
      figureDate: f.row.figureDate,
      ratio: round(f.row.ratio),
      verdict: f.row.verdict,
    })),
    worst: t.worst.map((f) => f.ward),
  };
}

export function statusRollupJson(rollup: StatusRollup, lang: Lang) {
  return {
    asOf: rollup.asOf,
    wards: rollup.wards.map((w) => ({ ...wardRefJson(w), targets: w.targets, achieved: w.achieved, counts: w.counts, late: w.late })),
    targets: rollup.targets.map((t) => sharedTargetJson(t, lang)),
  };
}

export function overdueRollupJson(rollup: OverdueRollup) {
  return {
    asOf: rollup.asOf,
    wards: rollup.wards.map((w) => ({ ...wardRefJson(w), late: w.late, upcoming: w.upcoming, byKind: w.byKind, maxDaysLate: w.maxDaysLate })),
  };
}

