import type { Lang } from '../i18n/lang.js';
import { formatDate } from '../i18n/number-format.js';
import { REPORT_LABELS } from '../i18n/report-labels.js';
import { SEMANTICS_LABELS } from '../i18n/semantics-labels.js';
import { PLAN_SOURCE } from '../report/sources.js';
import type { StatusRow } from '../report/status-report.js';
import { kindOf } from '../kinds/comparison-kinds.js';
import { comparisonText, plannedText } from './plan-text.js';
import type { PlanValue, Value } from './value.js';
import { EMPTY, code, num, percent, signed, text, textOrEmpty } from './values.js';
import type { YearRow } from '../report/term-years.js';
import type { Verdict } from '../report/variance.js';
import { verdictValue } from './verdict-value.js';

type PlanRow = Pick<StatusRow, 'planned' | 'expected' | 'stretch'> & Partial<Pick<StatusRow, 'sources' | 'baseline'>>;

/**
 * The "Kế hoạch" cell of a row: the plan text, the stretch goal, and notes: the original of an
 * amended figure ("KH đầu năm"), the other sources' figures ("dự toán phường giao: 7.000"), a base
 * taken from last year's final figure.
 */
export function planValue(row: PlanRow, lang: Lang): PlanValue {
  const L = REPORT_LABELS[lang];
  const S = SEMANTICS_LABELS[lang];
  const notes: { label: string; value: number }[] = [];
  const primary = row.sources?.find((s) => s.primary);
  if (primary?.original != null) notes.push({ label: S.original, value: primary.original });
  for (const s of row.sources ?? []) {
    if (s.primary || s.planned.reference === null) continue;
    const label = s.label ?? (s.source === PLAN_SOURCE ? S.ownPlan : s.source);
    notes.push({ label, value: s.planned.reference });
    if (s.original !== null) notes.push({ label: `${label}, ${S.original}`, value: s.original });
  }
  if (row.baseline?.from === 'last-year') notes.push({ label: S.baselineLastYear(row.baseline.date === null ? null : Number(row.baseline.date.slice(0, 4))), value: row.baseline.value });
  return {
    kind: 'plan',
    text: plannedText(row, lang),
    reference: row.planned.reference,
    decimals: 2,
    ...(row.expected === null ? {} : { toDate: { label: L.toDate, value: row.expected } }),
    ...(row.stretch === null ? {} : { stretch: { label: L.stretch, text: comparisonText(row.stretch.planned.comparison, lang) } }),
    ...(notes.length === 0 ? {} : { notes }),
  };
}

type ActualRow = Pick<StatusRow, 'actual' | 'estimate'> & Partial<Pick<StatusRow, 'stale' | 'figureDate' | 'atCutOff' | 'achievedChange' | 'planned'>>;

/**
 * The "Thực hiện" cell: the figure, "(ước)" for an estimate, its date when older than the window's
 * end; for a change target the change achieved with the level in brackets ("giảm 3 (11)"); for a
 * full-year estimate, the figure at the cut-off below it. Empty without a figure.
 */
export function actualValue(row: ActualRow, lang: Lang, label?: string): Value {
  const S = SEMANTICS_LABELS[lang];
  const extra = {
    ...(row.estimate ? { qualifier: REPORT_LABELS[lang].estimate } : {}),
    ...(label === undefined ? {} : { label }),
    ...(row.stale === true && row.figureDate ? { dated: row.figureDate } : {}),
  };
  const c = row.planned?.comparison;
  const main =
    c?.kind === 'change' && row.achievedChange !== null && row.achievedChange !== undefined && row.actual !== null
      ? num(Math.abs(row.achievedChange), 2, {
          ...extra,
          prefix: (row.achievedChange >= 0) === (c.direction === 'increase') ? S.increase : S.decrease,
          level: row.actual,
          ...(c.as === 'percent' ? { unit: '%' } : {}),
        })
      : (codeText(row, lang) ?? num(row.actual, 2, extra));
  if (!row.atCutOff) return main;
  return { kind: 'list', items: [main, num(row.atCutOff.value, 2, { label: S.atCutOff(formatDate(row.atCutOff.date, lang)) })] };
}

/** A state's 1/0 or a level's rank in words ("đạt", "Hoàn thành tốt nhiệm vụ"), from the kinds table. */
function codeText(row: ActualRow, lang: Lang): Value | null {
  const c = row.planned?.comparison;
  if (c === undefined || row.actual === null) return null;
  const words = kindOf(c).actualText(c, row.actual, REPORT_LABELS[lang]);
  return words === null ? null : text(words);
}

/** The "Tiến độ" cell: "Đạt tiến độ" / "Chậm tiến độ"; empty for targets without a pace. */
export function paceValue(row: Pick<StatusRow, 'pace'>, lang: Lang): Value {
  return row.pace === null ? EMPTY : code(row.pace.status, SEMANTICS_LABELS[lang].pace[row.pace.status]);
}

/**
 * The "Ghi chú" cell: the note of the entry whose figure counts, after the mark of a row with entries
 * left out for errors and, for a state or a level due by the term's end, "Đang thực hiện, hạn năm 2025".
 */
export function noteValue(row: Pick<StatusRow, 'note' | 'incomplete'> & { term?: StatusRow['term']; byYear?: StatusRow['byYear'] }, lang: Lang): Value {
  const words = [
    ...(row.incomplete ? [`⚠ ${SEMANTICS_LABELS[lang].incomplete}`] : []),
    ...(row.term?.underWay ? [REPORT_LABELS[lang].underWay(row.term.end)] : []),
    ...(row.byYear ? yearsWords(row.byYear, lang) : []),
    ...(row.note ? [row.note] : []),
  ];
  return textOrEmpty(words.length === 0 ? null : words.join('; '));
}

/** A yearly target over the whole term, in words: "Đạt 2/3 năm; không đạt năm 2021"; nothing for a tracked figure. */
function yearsWords(years: readonly YearRow[], lang: Lang): string[] {
  const W = REPORT_LABELS[lang].yearsNote;
  if (years.length === 0 || years.every((y) => y.verdict === 'tracked')) return [];
  const of = (...v: Verdict[]) => years.filter((y) => v.includes(y.verdict)).map((y) => String(y.year)).join(', ');
  const achieved = years.filter((y) => y.verdict === 'met' || y.verdict === 'exceeded').length;
  const missed = of('missed');
  const notYet = of('not-yet');
  const noData = of('no-data', 'no-target');
  const rest = [missed ? W.missed(missed) : null, notYet ? W.notYet(notYet) : null, noData ? W.noData(noData) : null].filter((x) => x !== null);
  return [[W.achieved(achieved, years.length), ...rest].join('; ')];
}

/**
 * The cells of one year's row under a yearly target in the report of a whole term, in the order of
 * the variance table (TT empty, "Năm 2021", ĐVT empty): that year's plan, figure, verdict and note.
 */
export function yearCells(y: YearRow, lang: Lang): Value[] {
  return [
    EMPTY,
    text(REPORT_LABELS[lang].yearRow(y.year)),
    EMPTY,
    planValue(y, lang),
    actualValue(y, lang),
    signed(y.variance),
    percent(y.ratio, y.ratioDigits, barFraction(y.progress)),
    percent(y.ratioToPrevious),
    paceValue(y, lang),
    verdictValue(y, lang),
    noteValue({ ...y, incomplete: false }, lang),
  ];
}

export { text };

/** The bar under a ratio: the row's progress, kept to 0..1 (a goal passed fills the bar). */
export const barFraction = (progress: number | null): number | null => (progress === null ? null : Math.min(1, Math.max(0, progress)));
