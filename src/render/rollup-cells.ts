import type { Lang } from '../i18n/lang.js';
import { REPORT_LABELS } from '../i18n/report-labels.js';
import type { OverdueRollup, SharedTarget, StatusRollup } from '../report/rollup.js';
import { actualText, formatNumber, plannedText } from './report-format.js';

/**
 * The cells of the rollup tables, shared by the terminal table, markdown and CSV: numbers as text in
 * the chosen language (CSV takes the raw numbers from the rollup itself).
 */

/** One row per ward, then the total. "Without figures" counts the targets with no data and those with no target figure yet. */
export function wardCells(rollup: StatusRollup, lang: Lang): { header: string[]; rows: string[][]; total: string[] } {
  const C = REPORT_LABELS[lang].rollup.columns;
  const header = [C.no, C.ward, C.symbol, C.targets, C.achieved, C.exceeded, C.notYet, C.missed, C.withoutFigures, C.late];
  const num = (n: number) => formatNumber(n, lang);
  const rows = rollup.wards.map((w, i) => [
    String(i + 1),
    w.ward,
    w.plan.symbol,
    num(w.targets),
    num(w.achieved),
    num(w.counts.exceeded),
    num(w.counts['not-yet']),
    num(w.counts.missed),
    num(w.counts['no-data'] + w.counts['no-target']),
    num(w.late),
  ]);
  const sum = (f: (w: StatusRollup['wards'][number]) => number) => num(rollup.wards.reduce((a, w) => a + f(w), 0));
  const total = [
    '',
    REPORT_LABELS[lang].rollup.total,
    '',
    sum((w) => w.targets),
    sum((w) => w.achieved),
    sum((w) => w.counts.exceeded),
    sum((w) => w.counts['not-yet']),
    sum((w) => w.counts.missed),
    sum((w) => w.counts['no-data'] + w.counts['no-target']),
    sum((w) => w.late),
  ];
  return { header, rows, total };
}

export function overdueWardCells(rollup: OverdueRollup, lang: Lang, within: boolean): { header: string[]; rows: string[][]; total: string[] } {
  const R = REPORT_LABELS[lang].rollup;
  const C = R.columns;
  const num = (n: number) => formatNumber(n, lang);
  const header = [C.no, C.ward, C.symbol, C.late, C.lateDeadline, C.lateCheckIn, C.maxLate, ...(within ? [C.upcoming] : [])];
  const rows = rollup.wards.map((w, i) => [
    String(i + 1),
    w.ward,
    w.plan.symbol,
    num(w.late),
    num(w.byKind.deadline),
    num(w.byKind['check-in']),
    w.maxDaysLate === null ? '' : num(w.maxDaysLate),
    ...(within ? [num(w.upcoming)] : []),
  ]);
  const sum = (f: (w: OverdueRollup['wards'][number]) => number) => num(rollup.wards.reduce((a, w) => a + f(w), 0));
  const max = Math.max(-Infinity, ...rollup.wards.map((w) => w.maxDaysLate ?? -Infinity));
  const total = [
    '',
    R.total,
    '',
    sum((w) => w.late),
    sum((w) => w.byKind.deadline),
    sum((w) => w.byKind['check-in']),
    Number.isFinite(max) ? num(max) : '',
    ...(within ? [sum((w) => w.upcoming)] : []),
  ];
  return { header, rows, total };
}

/** The plan figure when every ward that measures the target plans the same, else "theo từng nơi". */
export function commonPlanText(t: SharedTarget, lang: Lang): string | null {
  const texts = new Set(t.figures.map((f) => plannedText(f.row, lang)));
  return texts.size === 1 ? [...texts][0]! : null;
}

/** The wards that measure at least one shared target, in ward order. */
export function sideBySideWards(rollup: StatusRollup): string[] {
  const used = new Set(rollup.targets.flatMap((t) => t.figures.map((f) => f.ward)));
  return rollup.wards.map((w) => w.ward).filter((w) => used.has(w));
}

/** Rows: targets; columns: wards. A cell: the figure, the verdict, and the ward's own plan figure when wards differ. */
export function sideBySideCells(rollup: StatusRollup, lang: Lang): { header: string[]; rows: string[][] } {
  const R = REPORT_LABELS[lang].rollup;
  const C = R.columns;
  const wards = sideBySideWards(rollup);
  const header = [C.no, C.target, C.unit, C.plan, ...wards];
  const rows = rollup.targets.map((t, i) => {
    const common = commonPlanText(t, lang);
    const byWard = new Map(t.figures.map((f) => [f.ward, f]));
    return [
      String(i + 1),
      t.name,
      t.unit,
      common ?? R.byWard,
      ...wards.map((w) => {
        const f = byWard.get(w);
        if (!f) return R.absent;
        const lines = [actualText(f.row, lang), REPORT_LABELS[lang].verdict[f.row.verdict]].filter((l) => l !== '');
        if (common === null) lines.push(`${R.planShort} ${plannedText(f.row, lang)}`);
        return lines.join('\n');
      }),
    ];
  });
  return { header, rows };
}

/** Rows: targets; columns: counts of wards by verdict and the wards furthest behind (for many wards). */
export function condensedCells(rollup: StatusRollup, lang: Lang, worstShown = 3): { header: string[]; rows: string[][] } {
  const R = REPORT_LABELS[lang].rollup;
  const C = R.columns;
  const num = (n: number) => formatNumber(n, lang);
  const header = [C.no, C.target, C.unit, C.wards, C.achieved, C.notYet, C.missed, C.withoutFigures, C.worst];
  const rows = rollup.targets.map((t, i) => [
    String(i + 1),
    t.name,
    t.unit,
    num(t.figures.length),
    num(t.achieved),
    num(t.counts['not-yet']),
    num(t.counts.missed),
    num(t.counts['no-data'] + t.counts['no-target']),
    worstText(t, lang, worstShown),
  ]);
  return { header, rows };
}

/** "Phường 7: 88,2" per line, worst first; "và 12 nơi khác" when more have not met the target. */
export function worstText(t: SharedTarget, lang: Lang, shown: number, separator = '\n'): string {
  const R = REPORT_LABELS[lang].rollup;
  const lines = t.worst.slice(0, shown).map((f) => {
    const figure = actualText(f.row, lang);
    return figure === '' ? f.ward : `${f.ward}: ${figure}`;
  });
  if (t.worst.length > shown) lines.push(R.more(t.worst.length - shown));
  return lines.join(separator);
}
