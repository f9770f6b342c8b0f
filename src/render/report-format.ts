import type { Comparison } from '../model/comparison.js';
import type { Lang } from '../i18n/lang.js';
import { REPORT_LABELS } from '../i18n/report-labels.js';
import { kindOf } from '../kinds/comparison-kinds.js';
import { formatVnNumber } from '../parse/vn-number.js';
import type { StatusRow } from '../report/status-report.js';
import type { Judgement } from '../report/variance.js';

/**
 * How the human formats (table, markdown) write the report's numbers, dates and plan figures:
 * Vietnamese ("11,16", "6.500", "14/12/2024") or English ("11.16", "6,500", "2024-12-14").
 */

const enFormatters = new Map<number, Intl.NumberFormat>();

export function formatNumber(n: number, lang: Lang, maxFractionDigits = 2): string {
  if (lang === 'vi') return formatVnNumber(n, { maxFractionDigits });
  let f = enFormatters.get(maxFractionDigits);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { maximumFractionDigits: maxFractionDigits, useGrouping: true });
    enFormatters.set(maxFractionDigits, f);
  }
  const out = f.format(n);
  return /^-0(\.0*)?$/.test(out) ? out.slice(1) : out;
}

/** Signed: "+591,91", "-0,14", "0". */
export function formatSigned(n: number, lang: Lang, maxFractionDigits = 2): string {
  const text = formatNumber(n, lang, maxFractionDigits);
  return text !== '0' && !text.startsWith('-') ? `+${text}` : text;
}

export function formatDate(iso: string, lang: Lang): string {
  if (lang === 'en') return iso;
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** Percentages (ratio to plan, to last year) are written with one decimal: "104,5". */
export const formatPercent = (n: number, lang: Lang): string => formatNumber(n, lang, 1);

/**
 * The "Kế hoạch" figure as people write it: "≥ 95", "> 95", "< 11,16", "100" (exactly), "5/52", "30–35",
 * "giảm 2", "tăng 3–5%", "6.500" (assigned) or "trên giao" (assigned, figure not given yet).
 */
export function comparisonText(c: Comparison, lang: Lang): string {
  return kindOf(c).text(c, REPORT_LABELS[lang], (v) => formatNumber(v, lang));
}

/** The plan text of a judgement: the comparison, plus the level a count change leads to ("giảm 2 (12)"). */
export function plannedText(j: Pick<Judgement, 'planned'>, lang: Lang): string {
  const c = j.planned.comparison;
  const text = comparisonText(c, lang);
  if (c.kind === 'change' && c.as === 'count' && j.planned.reference !== null) {
    return `${text} (${formatNumber(j.planned.reference, lang)})`;
  }
  return text;
}

/** The lines of the "Kế hoạch" cell: the figure, the pro-rata figure to date, the stretch goal. */
export function planCellLines(row: StatusRow, lang: Lang): string[] {
  const L = REPORT_LABELS[lang];
  const lines = [plannedText(row, lang)];
  if (row.expected !== null) lines.push(`${L.toDate}: ${formatNumber(row.expected, lang)}`);
  if (row.stretch) lines.push(`${L.stretch}: ${comparisonText(row.stretch.planned.comparison, lang)}`);
  return lines;
}

/** "93,4" or "93,4 (ước)"; '' when there is no figure. */
export function actualText(row: Pick<StatusRow, 'actual' | 'estimate'>, lang: Lang): string {
  if (row.actual === null) return '';
  const text = formatNumber(row.actual, lang);
  return row.estimate ? `${text} (${REPORT_LABELS[lang].estimate})` : text;
}

export function varianceText(row: Pick<StatusRow, 'variance'>, lang: Lang): string {
  return row.variance === null ? '' : formatSigned(row.variance, lang);
}

export function ratioText(ratio: number | null, lang: Lang): string {
  return ratio === null ? '' : formatPercent(ratio, lang);
}

/** "Đạt", "Chưa đạt", ...; with a stretch goal: "Đạt; phấn đấu: chưa". */
export function verdictText(row: Pick<StatusRow, 'verdict' | 'stretch'>, lang: Lang, separator = '; '): string {
  const L = REPORT_LABELS[lang];
  const word = L.verdict[row.verdict];
  if (row.stretch === null || row.verdict === 'no-data' || row.verdict === 'no-target') return word;
  return `${word}${separator}${L.stretch}: ${L.stretchVerdict[row.stretch.verdict]}`;
}

/**
 * How far the figure has come towards what is judged (the pro-rata figure while a sum target's window
 * is open), 0..1, for the bar; lower-is-better targets are turned around. null when unknown.
 */
export function progressOf(row: Pick<StatusRow, 'actual' | 'expected' | 'planned' | 'direction'>): number | null {
  const goal = row.expected ?? row.planned.reference;
  if (row.actual === null || goal === null) return null;
  let p: number;
  if (row.direction === 'higher') p = goal === 0 ? (row.actual >= 0 ? 1 : 0) : row.actual / goal;
  else p = row.actual <= 0 ? 1 : goal / row.actual;
  return Math.min(1, Math.max(0, Number.isFinite(p) ? p : 0));
}

const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A bar of `width` cells for a fraction 0..1: `████▌   `. */
export function bar(fraction: number, width = 8): string {
  const eighths = Math.round(Math.min(1, Math.max(0, fraction)) * width * 8);
  const full = Math.floor(eighths / 8);
  const part = EIGHTHS[eighths % 8] ?? '';
  return ('█'.repeat(full) + part).padEnd(width, ' ');
}

/** Round a derived figure for JSON and CSV (no float noise like 0.14000000000000057). */
export function round(n: number | null, digits = 4): number | null {
  if (n === null) return null;
  const f = 10 ** digits;
  const r = Math.round(n * f) / f;
  return Object.is(r, -0) ? 0 : r;
}
