import type { Lang } from '../i18n/lang.js';
import { REPORT_LABELS } from '../i18n/report-labels.js';
import type { Summary, Verdict } from '../report/variance.js';

/** The verdicts the summary names after the achieved ones, in this order, when any target has them. */
const NAMED_AFTER: readonly Exclude<Verdict, 'met' | 'exceeded'>[] = ['not-yet', 'missed', 'no-data', 'no-target'];

/** "6/12 chỉ tiêu đạt (4 vượt), 3 chưa đạt, 2 chưa có số liệu, 1 chưa có chỉ tiêu." */
export function summaryText(summary: Summary, lang: Lang): string {
  const L = REPORT_LABELS[lang];
  const parts = [L.summary(summary.achieved, summary.total, summary.counts.exceeded)];
  for (const v of NAMED_AFTER) if (summary.counts[v] > 0) parts.push(L.summaryPart[v](summary.counts[v]));
  return `${parts.join(', ')}.`;
}
