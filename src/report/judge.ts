import type { Direction, Target } from '../model/target.js';
import type { PlannedFigure, Rule } from './planned.js';
import { ruleFor } from './planned.js';
import { kindOf } from '../kinds/comparison-kinds.js';

type Accrual = Target['accrual'];

/**
 * met: Đạt; exceeded: Vượt; not-yet: Chưa đạt (not met, window still open); missed: Không đạt (not met
 * after the window closed, or a sum past its ceiling); no-data: Chưa có số liệu; no-target: the plan
 * figure is not known yet (assigned figure not given, change without a baseline). no-target wins.
 */
export type Verdict = 'met' | 'exceeded' | 'not-yet' | 'missed' | 'no-data' | 'no-target' | 'tracked';

/** tracked: Theo dõi, a figure shown and never judged (a forecast, a share of the economy); not counted among the targets. */
export const VERDICTS: readonly Verdict[] = ['exceeded', 'met', 'not-yet', 'missed', 'no-data', 'no-target', 'tracked'];

/** Figures are shown with at most 2 decimals: "beats the plan" means by more than that. */
export const DISPLAY_PRECISION = 0.01;

export interface Judgement {
  planned: PlannedFigure;
  /** Kept for the JSON contract: always null now (pace is its own field, see pace.ts). */
  expected: number | null;
  /**
   * Thực hiện − Kế hoạch in the target's unit, sign as is; for a change target, on the change
   * (change achieved − change planned). Null when either is unknown.
   */
  variance: number | null;
  /**
   * Thực hiện ÷ Kế hoạch × 100 for higher-is-better and exact figures; on the change for a change
   * target; null for ceilings (at-most, below, lower-is-better ranges), where ward reports print none.
   */
  ratio: number | null;
  /** Decimals that show `ratio` without contradicting the verdict (1, more only when rounding would). */
  ratioDigits: number;
  verdict: Verdict;
  /** A word that cannot change any more: the window is closed, or a sum is past its ceiling. */
  final: boolean;
  /** For a change target: the change achieved (amount, or percent of the base), positive = the planned way. */
  achievedChange: number | null;
  /** For a change target: the change planned (the low end of "tăng 3-5%"); null otherwise. */
  plannedChange: number | null;
}

export interface JudgeState {
  actual: number | null;
  open: boolean;
  accrual: Accrual;
  direction: Direction;
  /** The stretch figure's verdict, when judging the binding one: "Vượt" needs it met. */
  stretchMet?: boolean;
}

const tolerance = (t: number): number => 1e-9 * Math.max(1, Math.abs(t));

export function passes(rule: Rule, a: number): boolean {
  const eps = tolerance(rule.threshold);
  const t = rule.threshold;
  switch (rule.side) {
    case 'exact':
      return Math.abs(a - t) <= eps;
    case 'up':
      return rule.strict ? a - t > eps : a - t >= -eps;
    case 'down':
      return rule.strict ? t - a > eps : t - a >= -eps;
  }
}

/** Beats the figure `far` on the good side by more than the displayed precision. */
function beats(rule: Rule, far: number, a: number): boolean {
  const margin = rule.side === 'up' ? a - far : rule.side === 'down' ? far - a : 0;
  return margin > DISPLAY_PRECISION + tolerance(far);
}

/** A cumulative figure already past a ceiling (or past an exact figure) cannot come back. */
function pastNoReturn(rule: Rule, a: number): boolean {
  if (rule.side === 'down') return !passes(rule, a);
  return rule.side === 'exact' && a - rule.threshold > tolerance(rule.threshold);
}

/** The change achieved from the base, in the comparison's terms (count or percent), positive the planned way. */
function changeAchieved(p: PlannedFigure, a: number): number | null {
  const c = p.comparison;
  if (c.kind !== 'change' || p.base === null) return null;
  const sign = c.direction === 'increase' ? 1 : -1;
  const years = p.years ?? 1;
  // Points of a rate are counted like a count: 7,8% -> 6,3% is 1,5 points; a yearly one per year.
  if (c.as !== 'percent') return (sign * (a - p.base)) / years;
  if (p.base === 0) return null;
  // A yearly percent change: the compound average rate achieved, ((a / base)^(1/n) − 1) × 100.
  if (years > 1) return a / p.base < 0 ? null : sign * ((a / p.base) ** (1 / years) - 1) * 100;
  return (sign * (a - p.base) * 100) / p.base;
}

/** The planned change (the low end of "tăng 3-5%"). */
const changePlanned = (p: PlannedFigure): number | null => (p.comparison.kind === 'change' && p.base !== null ? p.comparison.amount : null);

function ratioOf(p: PlannedFigure, rule: Rule | null, a: number | null, achieved: number | null): number | null {
  if (a === null || p.reference === null || rule === null) return null;
  if (p.comparison.kind === 'change') {
    const planned = changePlanned(p);
    return achieved === null || planned === null || planned === 0 ? null : (achieved / planned) * 100;
  }
  if (rule.side === 'down' || p.reference === 0) return null;
  // An exact figure overshot: a ratio above 100 would read as success.
  if (rule.side === 'exact' && a > p.reference + tolerance(p.reference)) return null;
  return (a / p.reference) * 100;
}

/** The fewest decimals (from 1) at which the rounded ratio agrees with the verdict. */
export function ratioDigits(ratio: number | null, verdict: Verdict, atStrictBound: boolean): number {
  if (ratio === null) return 1;
  for (let d = 1; d < 6; d++) {
    const r = Math.round(ratio * 10 ** d) / 10 ** d;
    const ok =
      verdict === 'exceeded' ? r > 100 : verdict === 'met' ? r >= 100 : verdict === 'not-yet' || verdict === 'missed' ? r < 100 || (r === 100 && atStrictBound) : true;
    if (ok) return d;
  }
  return 6;
}

/**
 * Judge one planned figure (issue 11, docs/quy-tac-danh-gia.md):
 * - closed window: met → Vượt when it beats the plan (the stretch met, if the target has one; else by
 *   more than the displayed precision; never for `exactly`), else Đạt; not met → Không đạt;
 * - open window: met → Đạt, provisional (a level meeting its goal, a ceiling not broken, a one-off
 *   done); a sum past its ceiling → Không đạt (final); otherwise Chưa đạt.
 */
export function judge(planned: PlannedFigure, s: JudgeState): Judgement {
  const scoring = kindOf(planned.comparison).scoring;
  const rule = ruleFor(planned, s.direction);
  const a = s.actual;
  const achieved = a === null ? null : changeAchieved(planned, a);
  const base = { planned, expected: null, achievedChange: achieved, plannedChange: changePlanned(planned) };
  if (scoring === 'none') return { ...base, variance: null, ratio: null, ratioDigits: 1, verdict: 'tracked', final: false };
  // A state's 1/0 or a level's rank is a code: no difference or ratio to show.
  const ratio = scoring === 'ordinal' ? null : ratioOf(planned, rule, a, achieved);
  if (rule === null) return { ...base, variance: null, ratio, ratioDigits: 1, verdict: 'no-target', final: false };
  if (a === null) return { ...base, variance: null, ratio, ratioDigits: 1, verdict: 'no-data', final: false };
  const plannedChange = changePlanned(planned);
  const variance = scoring === 'ordinal' ? null : planned.comparison.kind === 'change' ? (achieved === null || plannedChange === null ? null : achieved - plannedChange) : a - rule.threshold;
  let verdict: Verdict;
  let final = !s.open;
  if (passes(rule, a)) {
    const far = rule.exceedBeyond;
    const beyond = s.stretchMet !== undefined ? s.stretchMet : far !== null && beats(rule, far, a);
    verdict = !s.open && rule.side !== 'exact' && beyond ? 'exceeded' : 'met';
  } else if (!s.open) {
    verdict = 'missed';
  } else if (s.accrual === 'sum' && pastNoReturn(rule, a)) {
    verdict = 'missed';
    final = true;
  } else {
    verdict = 'not-yet';
  }
  const atStrictBound = rule.strict && Math.abs(a - rule.threshold) <= tolerance(rule.threshold);
  return { ...base, variance, ratio, ratioDigits: ratioDigits(ratio, verdict, atStrictBound), verdict, final };
}
