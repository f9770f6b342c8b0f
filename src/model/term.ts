import type { PlanHeader } from './plan-header.js';
import type { Over, Target } from './target.js';

/**
 * Term plans (plan.term, "nhiệm kỳ 2020-2025"): which span a target is judged over. Pure; the rules
 * are in docs/format.md ("Kế hoạch nhiệm kỳ") and their tables of cases in test/report/term.test.ts.
 */

/**
 * 'year' or 'term' in a term plan, null in a yearly plan. Not written: a yearly average change
 * ("tăng bình quân 16%/năm") is judged each year, compounded to the year judged; anything else is
 * a term target ("đến năm 2025").
 */
export function overOf(header: Pick<PlanHeader, 'term'>, target: Pick<Target, 'over' | 'comparison' | 'period'>): Over | null {
  if (header.term === undefined || target.period !== undefined) return null;
  if (target.over !== undefined) return target.over;
  return target.comparison.kind === 'change' && target.comparison.yearly === true ? 'year' : 'term';
}

/**
 * The year of a term a yearly target is judged in: the report period's year (`--period 2023`), else
 * the calendar year of the as-of date, kept inside the term (after its end, its last year).
 */
export function termYear(term: { start: number; end: number }, asOf: string, periodYear?: number): number {
  const y = periodYear ?? Number(asOf.slice(0, 4));
  return Math.min(term.end, Math.max(term.start, y));
}

/** The figure a yearly target of a term plan sets for one year ("năm 2023: 35 ha"), if written. */
export function yearFigure(target: Pick<Target, 'years'>, year: number): number | undefined {
  return target.years?.find((y) => y.year === year)?.value;
}
