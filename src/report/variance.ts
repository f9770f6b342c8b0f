import type { ProgressEntry } from '../model/progress-entry.js';
import type { Direction, Target } from '../model/target.js';
import { minIso, plusMonths, type IsoDate } from './calendar-date.js';
import { figureThatCounts, previousFigure } from './figures.js';
import { judge, VERDICTS, type Judgement, type Verdict } from './judge.js';
import { judgePace, type PaceJudgement } from './pace.js';
import type { DateRange, PeriodConvention } from './periods.js';
import { planFigures, type FigureRole } from './plan-figures.js';
import { plannedFigure } from './planned.js';
import { primarySource, sourcesInForce } from './sources.js';
import { kindOf } from '../kinds/comparison-kinds.js';

export { VERDICTS, judge, type Judgement, type Verdict } from './judge.js';

type Accrual = Target['accrual'];

export interface EvaluationContext {
  asOf: IsoDate;
  /** The period judged; closed once asOf >= window.end. */
  window: DateRange;
  /**
   * The year a sum accrues over (lũy kế từ đầu năm): figures count from its start (01/01 for the
   * budget, whatever the report's cut-off); the pace runs over it; a full-year estimate may be dated
   * up to its end. Default: the window.
   */
  accrual?: DateRange;
  /** The report's period code ('2024', '2024-Q2', ...): finds "cùng kỳ" entries tagged one year earlier. */
  period?: string;
  /** How entries tagged with a period code are placed (see figures.ts). Default 'calendar'. */
  convention?: PeriodConvention;
  /** The plan figure source to judge against (`--against`); default the target's primary one. */
  against?: string;
}

/** The judgement of one plan figure of a target. */
export interface FigureJudgement extends Judgement {
  role: FigureRole;
  primary: boolean;
}

/** The binding figure judged against one source's figure ("đạt 121% dự toán tỉnh giao"). */
export interface SourceJudgement extends Judgement {
  source: string;
  label: string | null;
  value: number | null;
  /** The source's first figure when it was amended ("KH đầu năm"); null otherwise. */
  original: number | null;
  document: string | null;
  date: IsoDate | null;
  primary: boolean;
}

/**
 * A target judged against each of its plan figures (`judgements`, the primary first) and each
 * source's binding figure (`sources`). The primary judgement's fields are also on the evaluation
 * itself, and the stretch one in `stretch`: what the renderers and the JSON read.
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
  /** The figure is older than the window's end (or the as-of date, if earlier): its date is shown. */
  stale: boolean;
  /** When the figure that counts is a full-year estimate dated after the cut-off: the figure at the cut-off. */
  atCutOff: { value: number; date: IsoDate; estimate: boolean } | null;
  /** The note of the entry whose figure counts ("Ghi chú"). */
  note: string | null;
  stretch: Judgement | null;
  judgements: FigureJudgement[];
  sources: SourceJudgement[];
  /** Tiến độ, for a sum with a declared profile; null otherwise. */
  pace: PaceJudgement | null;
  /** The base of a change target: declared in the plan, or last year's final figure. */
  baseline: { value: number; from: 'declared' | 'last-year'; date: IsoDate | null } | null;
  /** Same period one year earlier ("cùng kỳ"). */
  previous: number | null;
  /** actual / previous × 100 ("So với cùng kỳ (%)"). */
  ratioToPrevious: number | null;
  /** Entries considered for the figure that counts, oldest first. */
  entries: ProgressEntry[];
}

const shift = (r: DateRange): DateRange => ({ start: plusMonths(r.start, -12), end: plusMonths(r.end, -12) });
const judgementOf = (j: Judgement): Judgement => ({
  planned: j.planned,
  expected: j.expected,
  variance: j.variance,
  ratio: j.ratio,
  ratioDigits: j.ratioDigits,
  verdict: j.verdict,
  final: j.final,
  achievedChange: j.achievedChange,
  plannedChange: j.plannedChange,
});

export function evaluateTarget(target: Target, entries: readonly ProgressEntry[], ctx: EvaluationContext): TargetEvaluation {
  const convention = ctx.convention ?? 'calendar';
  const sum = target.accrual === 'sum';
  const accrual = ctx.accrual ?? ctx.window;
  const open = ctx.asOf < ctx.window.end;
  const from = sum ? accrual.start : ctx.window.start;
  const query = { asOf: ctx.asOf, window: ctx.window, convention, from };
  const atCut = figureThatCounts(target.id, entries, query);
  const figure = open ? atCut : figureThatCounts(target.id, entries, { ...query, estimatesUntil: accrual.end > ctx.window.end ? accrual.end : ctx.window.end });
  const until = minIso(ctx.asOf, ctx.window.end);
  const lateEstimate = figure.entry !== null && figure.entry.date > until;
  const prev = previousFigure(target.id, entries, { ...query, ...(ctx.period === undefined ? {} : { period: ctx.period }) });

  // A change without a declared base counts from last year's final figure, when it is recorded.
  let baseline: TargetEvaluation['baseline'] = target.baseline ? { value: target.baseline.value, from: 'declared', date: target.baseline.date ?? null } : null;
  if (baseline === null && [target.comparison, target.stretch].some((c) => c?.kind === 'change' && c.relativeTo !== 'binding')) {
    const last = shift(ctx.window);
    const final = figureThatCounts(target.id, entries, { asOf: last.end, window: last, convention, from: sum ? shift(accrual).start : last.start });
    if (final.value !== null) baseline = { value: final.value, from: 'last-year', date: final.entry?.date ?? null };
  }
  const judged: Target = baseline === null || target.baseline ? target : { ...target, baseline: { value: baseline.value } };
  const state = { actual: figure.value, open, accrual: target.accrual, direction: target.direction };

  const sources = sourcesInForce(target, until);
  const primarySrc = primarySource(sources, target, ctx.against);
  const figures = planFigures({ ...target, comparison: primarySrc.comparison });
  // The year judged, for a yearly change counted from its base's year ("tăng bình quân 16%/năm").
  const year = Number(ctx.window.end.slice(0, 4));
  const bindingPlanned = plannedFigure(figures[0]!.comparison, judged, null, year);
  const stretchFigures = figures.filter((f) => f.role === 'stretch');
  const stretchJudgements = stretchFigures.map((f) => ({ f, j: judge(plannedFigure(f.comparison, judged, bindingPlanned.reference, year), state) }));
  const stretchMet = stretchJudgements.length === 0 ? undefined : stretchJudgements.every(({ j }) => j.verdict === 'met' || j.verdict === 'exceeded');
  const withStretch = { ...state, ...(stretchMet === undefined ? {} : { stretchMet }) };
  const binding = judge(bindingPlanned, withStretch);
  const judgements: FigureJudgement[] = [
    { ...binding, role: 'binding', primary: true },
    ...stretchJudgements.map(({ f, j }) => ({ ...j, role: f.role, primary: false })),
  ];
  const sourceJudgements: SourceJudgement[] = sources.map((s) => ({
    ...(s === primarySrc ? binding : judge(plannedFigure(s.comparison, judged, null, year), withStretch)),
    source: s.source,
    label: s.label,
    value: s.value,
    original: s.original,
    document: s.document,
    date: s.date,
    primary: s === primarySrc,
  }));
  const stretch = stretchJudgements[0]?.j ?? null;
  const pace = sum && target.direction === 'higher' ? judgePace(target.pace, accrual, binding.planned.reference, figure.value, figure.entry?.date ?? null) : null;

  return {
    id: target.id,
    name: target.name,
    unit: target.unit,
    direction: target.direction,
    accrual: target.accrual,
    ...judgementOf(binding),
    actual: figure.value,
    estimate: figure.estimate,
    figureDate: figure.entry?.date ?? null,
    stale: figure.entry !== null && figure.entry.date < until,
    atCutOff: lateEstimate && atCut.entry !== null && atCut.value !== null ? { value: atCut.value, date: atCut.entry.date, estimate: atCut.estimate } : null,
    note: figure.entry?.note ?? null,
    stretch: stretch === null ? null : judgementOf(stretch),
    judgements,
    sources: sourceJudgements,
    pace,
    baseline,
    previous: prev.value,
    // A state's 1/0 or a level's rank is a code: "150% of last year" of a rank says nothing.
    ratioToPrevious: figure.value === null || prev.value === null || prev.value === 0 || kindOf(target.comparison).scoring === 'ordinal' ? null : (figure.value / prev.value) * 100,
    entries: figure.considered,
  };
}

export interface Summary {
  total: number;
  counts: Record<Verdict, number>;
  /** met + exceeded ("đã hoàn thành 7/12 chỉ tiêu"). */
  achieved: number;
  /** Every row's window has closed: the summary speaks of the year's result, not "đến nay". */
  closed: boolean;
}

/** `closed`: the report's window (the plan year's) has closed; a target with its own open period (a school year) does not change that. */
export function summarize(rows: readonly Pick<Judgement, 'verdict'>[], closed = false): Summary {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const r of rows) counts[r.verdict] += 1;
  // A tracked figure (a forecast, a share of the economy) is shown but is not one of the targets counted.
  return { total: rows.length - counts.tracked, counts, achieved: counts.met + counts.exceeded, closed };
}
