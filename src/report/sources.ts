import { kindOf } from '../kinds/comparison-kinds.js';
import type { Comparison } from '../model/comparison.js';
import type { Target } from '../model/target.js';
import type { IsoDate } from './calendar-date.js';

/** The plan's own figure (the value in `comparison`) is the source with this id. */
export const PLAN_SOURCE = 'plan';

/**
 * One source's plan figure in force ("dự toán tỉnh giao", "dự toán phường giao", the plan itself),
 * with the original when it was amended during the year ("KH đầu năm / KH điều chỉnh").
 */
export interface SourceInForce {
  source: string;
  label: string | null;
  /** The binding comparison with this source's figure. */
  comparison: Comparison;
  value: number | null;
  document: string | null;
  date: IsoDate | null;
  /** The source's first figure, when a later one amends it; else null. */
  original: number | null;
}

const takesFigures = (c: Comparison): boolean => kindOf(c).withFigure(c, 0) !== null;
const withValue = (c: Comparison, value: number): Comparison => kindOf(c).withFigure(c, value) ?? c;

/**
 * The sources of a target's binding figure, the plan's own first, each with its latest figure dated
 * on or before `until` (undated figures are in force from the start). Figures replace the value of
 * kinds with one figure (bounds, maintain, assigned); other kinds have only the plan's own.
 */
export function sourcesInForce(target: Pick<Target, 'comparison' | 'figures'>, until: IsoDate): SourceInForce[] {
  const c = target.comparison;
  const figures = takesFigures(c) ? (target.figures ?? []) : [];
  const ids = [PLAN_SOURCE, ...new Set(figures.map((f) => f.source).filter((s) => s !== PLAN_SOURCE))];
  const out: SourceInForce[] = [];
  for (const id of ids) {
    const own = figures
      .map((f, i) => ({ f, i }))
      .filter(({ f }) => f.source === id && (f.date === undefined || f.date <= until))
      .sort((a, b) => (a.f.date ?? '').localeCompare(b.f.date ?? '') || a.i - b.i)
      .map(({ f }) => f);
    const planValue = id === PLAN_SOURCE ? kindOf(c).figure(c) : null;
    const history = [...(planValue === null ? [] : [planValue]), ...own.map((f) => f.value)];
    const latest = own.at(-1);
    if (id === PLAN_SOURCE && history.length === 0) {
      // The plan's own figure not given ("đạt chỉ tiêu trên giao"): kept, unknown, unless another source gives one.
      out.push({ source: id, label: null, comparison: c, value: null, document: null, date: null, original: null });
      continue;
    }
    if (history.length === 0) continue;
    const value = history.at(-1)!;
    out.push({
      source: id,
      label: latest?.label ?? own.find((f) => f.label !== undefined)?.label ?? null,
      comparison: withValue(c, value),
      value,
      document: latest?.document ?? null,
      date: latest?.date ?? null,
      original: history.length > 1 ? history[0]! : null,
    });
  }
  return out;
}

/** The source of the "Kế hoạch" column: asked for (--against), else the target's `primary`, else the plan's own figure, else the first source that gives one. */
export function primarySource(sources: readonly SourceInForce[], target: Pick<Target, 'primary'>, against?: string): SourceInForce {
  const pick = (id: string | undefined) => (id === undefined ? undefined : sources.find((s) => s.source === id));
  const plan = sources.find((s) => s.source === PLAN_SOURCE)!;
  return pick(against) ?? pick(target.primary) ?? (plan.value !== null || sources.length === 1 ? plan : sources.find((s) => s.value !== null) ?? plan);
}
