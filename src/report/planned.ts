import { kindOf } from '../kinds/comparison-kinds.js';
import type { PlannedFigure, Rule } from '../kinds/kind-spec.js';
import type { Comparison } from '../model/comparison.js';
import type { Direction, Target } from '../model/target.js';

export type { MissingReason, PlannedFigure, Rule } from '../kinds/kind-spec.js';

/**
 * The planned figure of `comparison` for `target`. `bindingReference` is the binding comparison's
 * reference, used by a change with relativeTo 'binding' (a stretch such as "thu vượt 3-5% so với
 * chỉ tiêu giao"); pass null when judging the binding comparison itself. Per kind: kinds/comparison-kinds.ts.
 */
export function plannedFigure(
  comparison: Comparison,
  target: Pick<Target, 'baseline' | 'direction'>,
  bindingReference: number | null,
  year?: number,
): PlannedFigure {
  return kindOf(comparison).planned(comparison, { target, bindingReference, ...(year === undefined ? {} : { year }) });
}

/** The judging rule of a planned figure, or null when it has no reference. */
export function ruleFor(planned: PlannedFigure, direction: Direction): Rule | null {
  return kindOf(planned.comparison).rule(planned, direction);
}
