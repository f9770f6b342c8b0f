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
  /** For a yearly (average) change: the years it compounds over, from the base's year to the year judged. */
  years?: number;
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

/** What a planned figure is computed from besides the comparison. */
export interface PlanContext {
  target: Pick<Target, 'baseline' | 'direction'>;
  /** The binding figure's reference, for a change with relativeTo 'binding'; null when judging the binding one. */
  bindingReference: number | null;
  /** The year judged (the window's end), for a yearly change counted from the base's year; default: one year. */
  year?: number;
}

/** The few words a plan text needs, in the caller's language (i18n/report-labels.ts). */
export interface PlanWords {
  increase: string;
  decrease: string;
  maintain: string;
  assigned: string;
  /** A state to reach ("đạt") and the yes/no of a state's figure ("đạt", "chưa đạt"). */
  achieve: string;
  stateYes: string;
  stateNo: string;
  /** "hoàn thành tốt nhiệm vụ trở lên". */
  orAbove: string;
  /** The plan text of a tracked figure without one ("theo dõi"). */
  tracked: string;
  /** A change in percentage points ("điểm %"). */
  points: string;
  /** "bình quân" and "/năm" of a yearly average change ("tăng bình quân 16%/năm"). */
  average: string;
  perYear: string;
}

/**
 * How a kind's actual is scored. figure: a number against a number (Chênh lệch, Tỷ lệ); ordinal: a
 * state or a level, judged met or not but with no difference or ratio to show; none: tracked, shown
 * and never judged (verdict "tracked").
 */
export type Scoring = 'figure' | 'ordinal' | 'none';

/** A figure a kind cannot reach, reported at `field` of the comparison (check/comparisons.ts). */
export interface Impossibility {
  field: string;
  reason: 'range' | 'change-range' | 'negative-change' | 'decrease-over-100' | 'out-of' | 'strict-bound' | 'level-not-on-scale';
  params: Record<string, number>;
}

/**
 * Everything the program knows about one comparison kind, in one place (src/kinds/comparison-kinds.ts).
 * Methods (not function-valued properties) so that the spec of one kind is usable where any kind's is.
 */
export interface KindSpec<C extends Comparison> {
  /** The "Kế hoạch" number and span. */
  planned(c: C, ctx: PlanContext): PlannedFigure;
  /** How an actual is judged against the planned figure (null reference: no rule). */
  rule(planned: PlannedFigure & { comparison: C }, direction: Direction): Rule | null;
  /** The plan as people write it: "≥ 95", "giảm 2", "trên giao"; `n` formats a number. */
  text(c: C, words: PlanWords, n: (v: number) => string): string;
  /** Whether the plan text adds the level the plan leads to ("giảm 2 (12)"). */
  showsLevel(c: C): boolean;
  /** How an actual is scored (figure, ordinal, none). */
  scoring: Scoring;
  /** The actual in words where the figure is a code (a state's 1/0, a level's rank); null: show the number. */
  actualText(c: C, actual: number, words: PlanWords): string | null;
  /** Which way is better, as the kind itself says; undefined where it says nothing. */
  direction(c: C): Direction | undefined;
  /** Figures no actual can reach; `percent` when the unit is "%". */
  impossible(c: C, percent: boolean): Impossibility[];
  /** The fields holding figures of the unit (checked as 0..100 when the unit is "%"). */
  unitFigures(c: C): [field: string, value: number][];
  /** The comparison with another source's figure in place of its own (a province's dự toán); null for kinds without one figure. */
  withFigure(c: C, value: number): C | null;
  /** The comparison's own single figure, if it has one. */
  figure(c: C): number | null;
  /** For the wording check: the kind's name as the phrase parser reports it, its figure as text, whether it is a plain bound. */
  wording: {
    name(c: C): string;
    figure(c: C): string;
    bound: boolean;
    /** Every structured figure (checked to appear among the wording's numbers when the parser cannot read it). */
    figures(c: C): number[];
  };
}
