import type { Comparison } from '../model/comparison.js';
import type { Target } from '../model/target.js';

/**
 * A target's plan figures as a list with roles. The YAML's `comparison` and `stretch` are the
 * shorthand for a binding figure and a stretch ("phấn đấu") figure; the binding one is primary
 * (the "Kế hoạch" column), the others are judged beside it.
 */
export type FigureRole = 'binding' | 'stretch';

export interface PlanFigure {
  role: FigureRole;
  comparison: Comparison;
  /** The figure the row's Kế hoạch, Chênh lệch, Tỷ lệ and verdict are about. */
  primary: boolean;
}

export function planFigures(target: Pick<Target, 'comparison' | 'stretch'>): PlanFigure[] {
  const list: PlanFigure[] = [{ role: 'binding', comparison: target.comparison, primary: true }];
  if (target.stretch !== undefined) list.push({ role: 'stretch', comparison: target.stretch, primary: false });
  return list;
}
