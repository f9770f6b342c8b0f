import type { Lang } from '../i18n/lang.js';
import { SEMANTICS_LABELS } from '../i18n/semantics-labels.js';
import type { Summary } from '../report/variance.js';

/**
 * The summary line in the official wording (docs/quy-tac-danh-gia.md §7): a closed window,
 * "Đạt và vượt 8/12 chỉ tiêu (vượt 6); 2 không đạt; 2 chưa đánh giá được."; an open one,
 * "Đến nay đạt 3/12 chỉ tiêu; 6 chưa đạt; 3 chưa đánh giá được." Parts that count 0 are left out.
 */
export function summaryText(summary: Summary, lang: Lang): string {
  const S = SEMANTICS_LABELS[lang];
  const c = summary.counts;
  const unknown = c['no-data'] + c['no-target'];
  const head = summary.closed ? S.summaryClosed(summary.achieved, summary.total, c.exceeded) : S.summaryOpen(summary.achieved, summary.total);
  const order = summary.closed ? (['missed', 'not-yet'] as const) : (['not-yet', 'missed'] as const);
  const parts = [head, ...order.filter((v) => c[v] > 0).map((v) => S.summaryParts[v](c[v])), ...(unknown > 0 ? [S.summaryParts.unknown(unknown)] : [])];
  return `${parts.join('; ')}.`;
}
