import type { ProgressEntry } from '../model/progress-entry.js';
import type { Direction, Target } from '../model/target.js';
import type { IsoDate } from './calendar-date.js';
import { figureThatCounts, previousFigure } from './figures.js';
import { elapsedShare, type DateRange, type PeriodConvention } from './periods.js';
import { planFigures, type FigureRole } from './plan-figures.js';
import { plannedFigure, ruleFor, type PlannedFigure, type Rule } from './planned.js';

type Accrual = Target['accrual'];

/**
 * met: Đạt; exceeded: Vượt; not-yet: Chưa đạt (not met, window still open); missed: Không đạt (not met
 * after the window closed); no-data: Chưa có số liệu; no-target: the plan figure is not known yet
 * (assigned figure not given, change without a baseline). no-target wins over no-data.
 */
export type Verdict = 'met' | 'exceeded' | 'not-yet' | 'missed' | 'no-data' | 'no-target';

export const VERDICTS: readonly Verdict[] = ['exceeded', 'met', 'not-yet', 'missed', 'no-data', 'no-target'];

export interface EvaluationContext {
  asOf: IsoDate;
  /** The period judged; open while asOf < window.end. */
  window: DateRange;
  /** The report's period code ('2024', '2024-Q2', ...): finds "cùng kỳ" entries tagged one year earlier. */
  period?: string;
  /** How entries tagged with a period code are placed (see figures.ts). Default 'calendar'. */
  convention?: PeriodConvention;
  /**
   * 'declared' (default): a change needs target.baseline, else no-target.
   * 'declared-or-previous': without one, the figure of the same period one year earlier is the baseline.
   */
  baseline?: 'declared' | 'declared-or-previous';
}

export interface Judgement {
  planned: PlannedFigure;
  /** Pro-rata share of the reference for a sum target while the window is open; null otherwise. */
  expected: number | null;
  /** Signed, positive = better by the target's direction, against the figure judged (expected while pro rata). */
  variance: number | null;
  /** actual / planned reference × 100 ("So với KH (%)"); null when either is unknown or the reference is 0. */
  ratio: number | null;
  verdict: Verdict;
}

/** The judgement of one plan figure of a target. */
export interface FigureJudgement extends Judgement {
  role: FigureRole;
  primary: boolean;
}

/**
 * A target judged against each of its plan figures (`judgements`, the primary first). The primary
 * judgement's fields are also on the evaluation itself, and the stretch one in `stretch`, which is
 * what the renderers and the JSON read.
 */
export interface TargetEvaluation extends Judgement {
  id: string;
  name: string;
  unit: string;
  direction: Direction;
  accrual: Accrual;
  actual: number | null;
  /** The figure that counts is an estimate ("ước thực hiện"). */
  estimate: boolean;
  /** Date of the figure that counts. */
  figureDate: IsoDate | null;
  stretch: Judgement | null;
  judgements: FigureJudgement[];
  /** Same period one year earlier ("cùng kỳ"). */
  previous: number | null;
  /** actual / previous × 100 ("So với cùng kỳ (%)"). */
  ratioToPrevious: number | null;
  /** Entries considered for the figure that counts, oldest first. */
  entries: ProgressEntry[];
}

const tolerance = (t: number): number => 1e-9 * Math.max(1, Math.abs(t));

function passes(rule: Rule, threshold: number, a: number): boolean {
  const eps = tolerance(threshold);
  switch (rule.side) {
    case 'exact':
      return Math.abs(a - threshold) <= eps;
    case 'up':
      return rule.strict ? a - threshold > eps : a - threshold >= -eps;
    case 'down':
      return rule.strict ? threshold - a > eps : threshold - a >= -eps;
  }
}

function beyond(rule: Rule, far: number, a: number): boolean {
  const eps = tolerance(far);
  return rule.side === 'up' ? a - far > eps : rule.side === 'down' ? far - a > eps : false;
}

/** A cumulative figure already above an upper bound (or above an exact figure) cannot come back. */
function pastNoReturn(rule: Rule, a: number): boolean {
  if (rule.side === 'down') return !passes(rule, rule.threshold, a);
  return rule.side === 'exact' && a - rule.threshold > tolerance(rule.threshold);
}

const ratioOf = (a: number | null, b: number | null): number | null =>
  a === null || b === null || b === 0 ? null : (a / b) * 100;

interface JudgeState {
  actual: number | null;
  open: boolean;
  share: number;
  accrual: Accrual;
  direction: Direction;
}

/**
 * Judge one planned figure. A sum target is judged pro rata while the window is open (threshold ×
 * elapsed share); once closed, against the full figure. A sum target with an upper bound that is
 * already past the full figure is missed even while open (a cumulative figure does not come down).
 */
export function judge(planned: PlannedFigure, s: JudgeState): Judgement {
  const rule = ruleFor(planned, s.direction);
  const proRata = s.accrual === 'sum' && s.open;
  const expected = proRata && planned.reference !== null ? planned.reference * s.share : null;
  const ratio = ratioOf(s.actual, planned.reference);
  if (rule === null) return { planned, expected, variance: null, ratio, verdict: 'no-target' };
  const a = s.actual;
  if (a === null) return { planned, expected, variance: null, ratio, verdict: 'no-data' };
  const scale = proRata ? s.share : 1;
  const threshold = rule.threshold * scale;
  const variance = s.direction === 'higher' ? a - threshold : threshold - a;
  let verdict: Verdict;
  if (passes(rule, threshold, a)) {
    verdict = rule.exceedBeyond !== null && beyond(rule, rule.exceedBeyond * scale, a) ? 'exceeded' : 'met';
  } else if (!s.open) {
    verdict = 'missed';
  } else if (s.accrual === 'sum' && pastNoReturn(rule, a)) {
    verdict = 'missed';
  } else {
    verdict = 'not-yet';
  }
  return { planned, expected, variance, ratio, verdict };
}

export function evaluateTarget(target: Target, entries: readonly ProgressEntry[], ctx: EvaluationContext): TargetEvaluation {
  const query = { asOf: ctx.asOf, window: ctx.window, convention: ctx.convention ?? 'calendar' };
  const figure = figureThatCounts(target.id, entries, query);
  const prev = previousFigure(target.id, entries, { ...query, ...(ctx.period === undefined ? {} : { period: ctx.period }) });
  const judged: Target =
    target.baseline === undefined && ctx.baseline === 'declared-or-previous' && prev.value !== null
      ? { ...target, baseline: { value: prev.value, source: 'cùng kỳ' } }
      : target;
  const state: JudgeState = {
    actual: figure.value,
    open: ctx.asOf < ctx.window.end,
    share: elapsedShare(ctx.window, ctx.asOf),
    accrual: target.accrual,
    direction: target.direction,
  };
  // The binding figure first: a stretch relative to it needs its reference.
  const judgements: FigureJudgement[] = [];
  let bindingReference: number | null = null;
  for (const f of planFigures(target)) {
    const j = judge(plannedFigure(f.comparison, judged, f.role === 'binding' ? null : bindingReference), state);
    if (f.role === 'binding') bindingReference = j.planned.reference;
    judgements.push({ ...j, role: f.role, primary: f.primary });
  }
  const primary = judgements.find((j) => j.primary)!;
  const stretchJ = judgements.find((j) => j.role === 'stretch');
  const binding: Judgement = { planned: primary.planned, expected: primary.expected, variance: primary.variance, ratio: primary.ratio, verdict: primary.verdict };
  const stretch: Judgement | null =
    stretchJ === undefined ? null : { planned: stretchJ.planned, expected: stretchJ.expected, variance: stretchJ.variance, ratio: stretchJ.ratio, verdict: stretchJ.verdict };
  return {
    id: target.id,
    name: target.name,
    unit: target.unit,
    direction: target.direction,
    accrual: target.accrual,
    ...binding,
    actual: figure.value,
    estimate: figure.estimate,
    figureDate: figure.entry?.date ?? null,
    stretch,
    judgements,
    previous: prev.value,
    ratioToPrevious: ratioOf(figure.value, prev.value),
    entries: figure.considered,
  };
}

export interface Summary {
  total: number;
  counts: Record<Verdict, number>;
  /** met + exceeded ("đã hoàn thành 7/12 chỉ tiêu"). */
  achieved: number;
}

export function summarize(rows: readonly Pick<Judgement, 'verdict'>[]): Summary {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const r of rows) counts[r.verdict] += 1;
  return { total: rows.length, counts, achieved: counts.met + counts.exceeded };
}
