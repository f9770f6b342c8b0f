import type { Lang } from '../i18n/lang.js';
import { formatNumber } from '../i18n/number-format.js';
import { REPORT_LABELS } from '../i18n/report-labels.js';
import { kindOf } from '../kinds/comparison-kinds.js';
import type { Comparison } from '../model/comparison.js';
import type { Judgement } from '../report/variance.js';

/**
 * The plan figure as people write it (each kind's wording is in the kinds table, src/kinds; the
 * documents' plan cells and the JSON's `planText` read it here; no renderer looks at comparison kinds):
 * "≥ 95", "> 95", "< 11,16", "100" (exactly), "5/52", "30–35", "giảm 2", "tăng 3–5%", "6.500"
 * (assigned) or "trên giao" (assigned, figure not given yet).
 */

export function comparisonText(c: Comparison, lang: Lang): string {
  return kindOf(c).text(c, REPORT_LABELS[lang], (v) => formatNumber(v, lang));
}

/** A part's name as plans list parts under their total: "+ Lúa" (docs/format.md, `partOf`). */
export const partName = (row: { name: string; partOf?: string | null }): string => (row.partOf ? `+ ${row.name}` : row.name);

/** The actual in words where the kind codes it (a state's 1/0: "đạt"; a level's rank: its level); null: a number. */
export function actualWords(row: { actual: number | null } & Pick<Judgement, 'planned'>, lang: Lang): string | null {
  const c = row.planned.comparison;
  return row.actual === null ? null : kindOf(c).actualText(c, row.actual, REPORT_LABELS[lang]);
}

/** The plan text of a judgement: the comparison, plus the level a count change leads to ("giảm 2 (12)"). */
export function plannedText(j: Pick<Judgement, 'planned'>, lang: Lang): string {
  const c = j.planned.comparison;
  const text = comparisonText(c, lang);
  if (kindOf(c).showsLevel(c) && j.planned.reference !== null) {
    return `${text} (${formatNumber(j.planned.reference, lang)})`;
  }
  return text;
}
