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

/** A part's name as plans list parts under their total: "+ Lúa" (docs/format.md, `partOf`); the row's indent shows how deep. */
export const partName = (row: { name: string; depth: number }): string => (row.depth > 0 ? `+ ${row.name}` : row.name);

/** The actual in words where the kind codes it (a state's 1/0: "đạt"; a level's rank: its level); null: a number. */
export function actualWords(row: { actual: number | null } & Pick<Judgement, 'planned'>, lang: Lang): string | null {
  const c = row.planned.comparison;
  return row.actual === null ? null : kindOf(c).actualText(c, row.actual, REPORT_LABELS[lang]);
}

/** A term plan's span of a target (StatusRow.term), as the plan text's last words. */
export interface TermSpan {
  over: 'year' | 'term';
  year: number | null;
  start: number;
  end: number;
}

/**
 * "năm 2023" (a yearly target), "hằng năm" (a yearly target in the report of the whole term: its
 * years are the rows under it), "đến năm 2025" (a level by the term's end), "cả kỳ 2021-2025" (a term total).
 */
export function termSpanText(t: TermSpan, accrual: 'level' | 'sum', lang: Lang): string {
  const W = REPORT_LABELS[lang].termSpan;
  if (t.over === 'year') return t.year === null ? W.everyYear : W.year(t.year);
  return accrual === 'sum' ? W.sum(t.start, t.end) : W.level(t.end);
}

/**
 * The plan text of a judgement: the comparison, plus the level a count change leads to ("giảm 2
 * (12)"); in a term plan, the span judged ("≥ 90 (năm 2023)", "60 (đến năm 2025)").
 */
export function plannedText(j: Pick<Judgement, 'planned'> & { term?: TermSpan | null; accrual?: 'level' | 'sum' }, lang: Lang): string {
  const c = j.planned.comparison;
  const text = comparisonText(c, lang);
  // Every year over the term has a level of its own (in its row), not one for the term.
  const everyYear = j.term?.over === 'year' && j.term.year === null;
  const level = kindOf(c).showsLevel(c) && j.planned.reference !== null && !everyYear ? formatNumber(j.planned.reference, lang) : null;
  const span = j.term ? termSpanText(j.term, j.accrual ?? 'level', lang) : null;
  const extra = [level, span].filter((s) => s !== null);
  return extra.length === 0 ? text : `${text} (${extra.join('; ')})`;
}
