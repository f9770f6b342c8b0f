import type { Lang } from '../i18n/lang.js';
import { REPORT_LABELS } from '../i18n/report-labels.js';
import type { StatusRow } from '../report/status-report.js';
import { comparisonText, plannedText } from './plan-text.js';
import type { PlanValue, Value } from './value.js';
import { num } from './values.js';

/** The "Kế hoạch" cell of a row: the plan text, the pro-rata figure to date, the stretch goal. */
export function planValue(row: Pick<StatusRow, 'planned' | 'expected' | 'stretch'>, lang: Lang): PlanValue {
  const L = REPORT_LABELS[lang];
  return {
    kind: 'plan',
    text: plannedText(row, lang),
    reference: row.planned.reference,
    decimals: 2,
    ...(row.expected === null ? {} : { toDate: { label: L.toDate, value: row.expected } }),
    ...(row.stretch === null ? {} : { stretch: { label: L.stretch, text: comparisonText(row.stretch.planned.comparison, lang) } }),
  };
}

/** The "Thực hiện" cell: the figure, "(ước)" when it is an estimate; empty without one. */
export function actualValue(row: Pick<StatusRow, 'actual' | 'estimate'>, lang: Lang, label?: string): Value {
  return num(row.actual, 2, { ...(row.estimate ? { qualifier: REPORT_LABELS[lang].estimate } : {}), ...(label === undefined ? {} : { label }) });
}

/** The bar under a ratio: the row's progress, kept to 0..1 (a goal passed fills the bar). */
export const barFraction = (progress: number | null): number | null => (progress === null ? null : Math.min(1, Math.max(0, progress)));
