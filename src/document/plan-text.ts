import type { Lang } from '../i18n/lang.js';
import { formatNumber } from '../i18n/number-format.js';
import { REPORT_LABELS } from '../i18n/report-labels.js';
import type { Comparison } from '../model/comparison.js';
import type { Judgement } from '../report/variance.js';

/**
 * The plan figure as people write it, the one place that turns a comparison into words (the
 * documents' plan cells and the JSON's `planText` read it; no renderer looks at comparison kinds):
 * "≥ 95", "> 95", "< 11,16", "100" (exactly), "5/52", "30–35", "giảm 2", "tăng 3–5%", "6.500"
 * (assigned) or "trên giao" (assigned, figure not given yet).
 */

const SYMBOL = {
  'at-least': '≥',
  above: '>',
  'at-most': '≤',
  below: '<',
} as const satisfies Partial<Record<Comparison['kind'], string>>;

export function comparisonText(c: Comparison, lang: Lang): string {
  const L = REPORT_LABELS[lang];
  const n = (v: number) => formatNumber(v, lang);
  switch (c.kind) {
    case 'at-least':
    case 'above':
    case 'at-most':
    case 'below':
      return `${SYMBOL[c.kind]} ${n(c.value)}${c.outOf === undefined ? '' : `/${n(c.outOf)}`}`;
    // "đạt 100%" is written as the bare figure (also keeps the cell from starting with "=").
    case 'exactly':
      return `${n(c.value)}${c.outOf === undefined ? '' : `/${n(c.outOf)}`}`;
    case 'maintain':
      return c.outOf === undefined ? `${L.maintain} ${n(c.value)}` : `${n(c.value)}/${n(c.outOf)}`;
    case 'range':
      return `${n(Math.min(c.min, c.max))}–${n(Math.max(c.min, c.max))}`;
    case 'change': {
      const amount = c.amountMax === undefined ? n(c.amount) : `${n(c.amount)}–${n(c.amountMax)}`;
      return `${c.direction === 'increase' ? L.increase : L.decrease} ${amount}${c.as === 'percent' ? '%' : ''}`;
    }
    case 'assigned':
      return c.value === undefined ? L.assigned : n(c.value);
  }
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
