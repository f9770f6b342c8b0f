import type { Comparison } from '../model/comparison.js';
import type { Direction, Target } from '../model/target.js';

/** Why a planned figure has no reference number yet. */
export type MissingReason = 'assigned-value' | 'baseline' | 'binding-reference';

/** A comparison in structured form, with the number a report puts in its "Kế hoạch" column. */
export interface PlannedFigure {
  comparison: Comparison;
  /**
   * The plan figure: the bound for at-least/above/at-most/below/exactly/maintain/assigned; for a
   * range the end that must be reached (min when higher is better, max when lower is); for a change
   * the level it leads to (base ± amount, or base × (1 ± amount/100)). Null when unknown.
   */
  reference: number | null;
  /** Low..high when the plan names a span: a range, or a change with amountMax ("tăng 3-5%"). */
  span: { low: number; high: number } | null;
  /** For a change: the figure the change applies to (baseline, or the binding reference). */
  base: number | null;
  /** Denominator as written ("5/52"), if any. */
  outOf: number | null;
  missing: MissingReason | null;
}

/**
 * How a figure is judged against a planned figure.
 * side 'up': the actual must reach the threshold from below (>=, or > when strict);
 * 'down': must stay at or under it; 'exact': equal within tolerance.
 * exceedBeyond: the figure an actual must pass, strictly and on the good side, to count as exceeded;
 * null: never exceeded.
 */
export interface Rule {
  side: 'up' | 'down' | 'exact';
  threshold: number;
  strict: boolean;
  exceedBeyond: number | null;
}

const sideOf = (direction: Direction): 'up' | 'down' => (direction === 'higher' ? 'up' : 'down');

function changed(base: number, c: Extract<Comparison, { kind: 'change' }>, amount: number): number {
  const sign = c.direction === 'increase' ? 1 : -1;
  return c.as === 'count' ? base + sign * amount : base * (1 + (sign * amount) / 100);
}

/**
 * The planned figure of `comparison` for `target`. `bindingReference` is the binding comparison's
 * reference, used by a change with relativeTo 'binding' (a stretch such as "thu vượt 3-5% so với
 * chỉ tiêu giao"); pass null when judging the binding comparison itself.
 */
export function plannedFigure(
  comparison: Comparison,
  target: Pick<Target, 'baseline' | 'direction'>,
  bindingReference: number | null,
): PlannedFigure {
  const base = { comparison, span: null, base: null, outOf: null, missing: null };
  switch (comparison.kind) {
    case 'at-least':
    case 'above':
    case 'at-most':
    case 'below':
    case 'exactly':
    case 'maintain':
      return { ...base, reference: comparison.value, outOf: comparison.outOf ?? null };
    case 'range': {
      const low = Math.min(comparison.min, comparison.max);
      const high = Math.max(comparison.min, comparison.max);
      return { ...base, reference: target.direction === 'higher' ? low : high, span: { low, high } };
    }
    case 'assigned':
      return comparison.value === undefined
        ? { ...base, reference: null, missing: 'assigned-value' }
        : { ...base, reference: comparison.value };
    case 'change': {
      const binding = comparison.relativeTo === 'binding';
      const from = binding ? bindingReference : (target.baseline?.value ?? null);
      if (from === null) return { ...base, reference: null, missing: binding ? 'binding-reference' : 'baseline' };
      const reference = changed(from, comparison, comparison.amount);
      const far = comparison.amountMax === undefined ? null : changed(from, comparison, comparison.amountMax);
      const span = far === null ? null : { low: Math.min(reference, far), high: Math.max(reference, far) };
      return { ...base, reference, span, base: from };
    }
  }
}

/** The judging rule of a planned figure, or null when it has no reference. */
export function ruleFor(planned: PlannedFigure, direction: Direction): Rule | null {
  const c = planned.comparison;
  const t = planned.reference;
  if (t === null) return null;
  switch (c.kind) {
    case 'at-least':
      return { side: 'up', threshold: t, strict: false, exceedBeyond: t };
    // "trên 95%": every figure that meets it is what the plan asked for, so it reads "Đạt", never "Vượt".
    case 'above':
      return { side: 'up', threshold: t, strict: true, exceedBeyond: null };
    case 'at-most':
      return { side: 'down', threshold: t, strict: false, exceedBeyond: t };
    case 'below':
      return { side: 'down', threshold: t, strict: true, exceedBeyond: null };
    case 'exactly':
      return { side: 'exact', threshold: t, strict: false, exceedBeyond: null };
    // "Duy trì": met when no worse than the level; strictly better reads "Vượt".
    case 'maintain':
    case 'assigned':
      return { side: sideOf(direction), threshold: t, strict: false, exceedBeyond: t };
    case 'range': {
      const span = planned.span ?? { low: t, high: t };
      return direction === 'higher'
        ? { side: 'up', threshold: span.low, strict: false, exceedBeyond: span.high }
        : { side: 'down', threshold: span.high, strict: false, exceedBeyond: span.low };
    }
    case 'change': {
      const side = c.direction === 'increase' ? 'up' : 'down';
      const span = planned.span;
      const far = span === null ? t : side === 'up' ? span.high : span.low;
      return { side, threshold: t, strict: false, exceedBeyond: far };
    }
  }
}
