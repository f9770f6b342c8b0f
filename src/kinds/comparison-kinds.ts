import type { Comparison, ComparisonKind } from '../model/comparison.js';
import type { Direction } from '../model/target.js';
import type { Impossibility, KindSpec, PlannedFigure } from './kind-spec.js';

/**
 * The table of comparison kinds: for each kind, its planned figure, judging rule, plan text,
 * implied direction, impossibility checks and what the wording check compares. Adding a kind to
 * model/comparison.ts without a row here does not compile (docs/kinds.md says how to add one).
 * The phrase parser (parse/target-phrase.ts) stays separate: it reads text, this judges figures.
 */

type Of<K extends ComparisonKind> = Extract<Comparison, { kind: K }>;
type Bound = Of<'at-least' | 'above' | 'at-most' | 'below' | 'exactly' | 'maintain'>;

const blank = (comparison: Comparison): PlannedFigure => ({ comparison, reference: null, span: null, base: null, outOf: null, missing: null });
const sideOf = (direction: Direction): 'up' | 'down' => (direction === 'higher' ? 'up' : 'down');

/** "5/52" for a figure with its denominator; " (8 xã)", " (66/112 thôn)" for the count beside a rate. */
const countText = (c: Bound, n: (v: number) => string): string =>
  c.count === undefined ? '' : ` (${n(c.count.value)}${c.count.outOf === undefined ? '' : `/${n(c.count.outOf)}`} ${c.count.unit})`;
const withOutOf = (c: Bound, n: (v: number) => string): string => `${n(c.value)}${c.outOf === undefined ? '' : `/${n(c.outOf)}`}${countText(c, n)}`;
/** Twelve significant digits: what the wording check compares and prints. */
const plain = (v: number): string => String(Number(v.toPrecision(12)));

function boundImpossible(c: Bound, percent: boolean): Impossibility[] {
  const out: Impossibility[] = [];
  if (c.outOf !== undefined && c.value > c.outOf) out.push({ field: 'value', reason: 'out-of', params: { value: c.value, outOf: c.outOf } });
  // "above 100%" or "below 0%" can never be met.
  if (percent && ((c.kind === 'above' && c.value >= 100) || (c.kind === 'below' && c.value <= 0))) {
    out.push({ field: 'value', reason: 'strict-bound', params: { value: c.value } });
  }
  return out;
}

function bound<C extends Bound>(symbol: string, direction: Direction | undefined, rule: KindSpec<C>['rule']): KindSpec<C> {
  return {
    planned: (c) => ({ ...blank(c), reference: c.value, outOf: c.outOf ?? null }),
    rule,
    text: (c, _w, n) => `${symbol} ${withOutOf(c, n)}`,
    showsLevel: () => false,
    scoring: 'figure',
    actualText: () => null,
    direction: () => direction,
    impossible: boundImpossible,
    unitFigures: (c) => [['value', c.value]],
    withFigure: (c, value) => ({ ...c, value }),
    figure: (c) => c.value,
    wording: {
      name: (c) => c.kind,
      figure: (c) => (c.outOf !== undefined ? `${plain(c.value)}/${plain(c.outOf)}` : plain(c.value)),
      bound: true,
      figures: (c) => [c.value, ...(c.outOf !== undefined ? [c.outOf] : []), ...(c.count ? [c.count.value, ...(c.count.outOf !== undefined ? [c.count.outOf] : [])] : [])],
    },
  };
}

/** Neither a plan figure nor a rule of its own: the parts shared by state, level and tracked. */
const unmeasured = {
  showsLevel: () => false,
  impossible: () => [],
  withFigure: () => null,
  figure: () => null,
} as const;

/** Years a yearly change compounds over: from the base's year to the year judged (at least one). */
function yearsOf(c: Of<'change'>, baseYear: number | null, year: number | undefined): number {
  if (!c.yearly || baseYear === null || year === undefined) return 1;
  return Math.max(1, year - baseYear);
}

function changed(base: number, c: Of<'change'>, amount: number, years = 1): number {
  const sign = c.direction === 'increase' ? 1 : -1;
  // "tăng bình quân 16%/năm" over n years: base × 1,16ⁿ, as the General Statistics Office compounds growth.
  if (c.yearly && years > 1) return c.as === 'percent' ? base * (1 + (sign * amount) / 100) ** years : base + sign * amount * years;
  // Points of a rate move it by the amount itself, as a count does ("giảm 1,5 điểm %": 7,8% -> 6,3%).
  return c.as === 'percent' ? base * (1 + (sign * amount) / 100) : base + sign * amount;
}

export const COMPARISON_KINDS = {
  'at-least': bound<Of<'at-least'>>('≥', 'higher', (p) => (p.reference === null ? null : { side: 'up', threshold: p.reference, strict: false, exceedBeyond: p.reference })),
  // "trên 95%": met only above 95 (ratio > 100); "Vượt" by the one rule of every kind (report/judge.ts).
  above: bound<Of<'above'>>('>', 'higher', (p) => (p.reference === null ? null : { side: 'up', threshold: p.reference, strict: true, exceedBeyond: p.reference })),
  'at-most': bound<Of<'at-most'>>('≤', 'lower', (p) => (p.reference === null ? null : { side: 'down', threshold: p.reference, strict: false, exceedBeyond: p.reference })),
  below: bound<Of<'below'>>('<', 'lower', (p) => (p.reference === null ? null : { side: 'down', threshold: p.reference, strict: true, exceedBeyond: p.reference })),
  exactly: {
    ...bound<Of<'exactly'>>('', undefined, (p) => (p.reference === null ? null : { side: 'exact', threshold: p.reference, strict: false, exceedBeyond: null })),
    // "đạt 100%" is written as the bare figure (also keeps the cell from starting with "=").
    text: (c, _w, n) => withOutOf(c, n),
  },
  // "Duy trì": met when no worse than the level; strictly better reads "Vượt".
  maintain: {
    ...bound<Of<'maintain'>>('', undefined, (p, d) => (p.reference === null ? null : { side: sideOf(d), threshold: p.reference, strict: false, exceedBeyond: p.reference })),
    text: (c, w, n) => (c.outOf === undefined ? `${w.maintain} ${n(c.value)}${countText(c, n)}` : withOutOf(c, n)),
  },
  range: {
    planned: (c, { target }) => {
      const low = Math.min(c.min, c.max);
      const high = Math.max(c.min, c.max);
      return { ...blank(c), reference: target.direction === 'higher' ? low : high, span: { low, high } };
    },
    rule: (p, d) => {
      const t = p.reference;
      if (t === null) return null;
      const span = p.span ?? { low: t, high: t };
      return d === 'higher'
        ? { side: 'up', threshold: span.low, strict: false, exceedBeyond: span.high }
        : { side: 'down', threshold: span.high, strict: false, exceedBeyond: span.low };
    },
    text: (c, _w, n) => `${n(Math.min(c.min, c.max))}–${n(Math.max(c.min, c.max))}`,
    showsLevel: () => false,
    scoring: 'figure',
    actualText: () => null,
    direction: () => undefined,
    impossible: (c) => (c.min > c.max ? [{ field: 'min', reason: 'range', params: { min: c.min, max: c.max } }] : []),
    unitFigures: (c) => [['min', c.min], ['max', c.max]],
    withFigure: () => null,
    figure: () => null,
    wording: { name: (c) => c.kind, figure: (c) => `${plain(c.min)}-${plain(c.max)}`, bound: false, figures: (c) => [c.min, c.max] },
  },
  change: {
    planned: (c, { target, bindingReference, year }) => {
      const binding = c.relativeTo === 'binding';
      const from = binding ? bindingReference : (target.baseline?.value ?? null);
      if (from === null) return { ...blank(c), missing: binding ? 'binding-reference' : 'baseline' };
      const baseDate = binding ? undefined : target.baseline?.date;
      const years = yearsOf(c, baseDate === undefined ? null : Number(baseDate.slice(0, 4)), year);
      const reference = changed(from, c, c.amount, years);
      const far = c.amountMax === undefined ? null : changed(from, c, c.amountMax, years);
      const span = far === null ? null : { low: Math.min(reference, far), high: Math.max(reference, far) };
      return { ...blank(c), reference, span, base: from, ...(c.yearly ? { years } : {}) };
    },
    rule: (p) => {
      const t = p.reference;
      if (t === null) return null;
      const side = p.comparison.direction === 'increase' ? 'up' : 'down';
      const far = p.span === null ? t : side === 'up' ? p.span.high : p.span.low;
      return { side, threshold: t, strict: false, exceedBeyond: far };
    },
    text: (c, w, n) => {
      const amount = c.amountMax === undefined ? n(c.amount) : `${n(c.amount)}–${n(c.amountMax)}`;
      const verb = `${c.direction === 'increase' ? w.increase : w.decrease}${c.yearly ? ` ${w.average}` : ''}`;
      return `${verb} ${amount}${c.as === 'percent' ? '%' : c.as === 'points' ? ` ${w.points}` : ''}${c.yearly ? w.perYear : ''}`;
    },
    // "giảm 2 (12)": a count's level is shown; a percent's or points' is in the Kế hoạch number.
    showsLevel: (c) => c.as === 'count',
    scoring: 'figure',
    actualText: () => null,
    direction: (c) => (c.direction === 'increase' ? 'higher' : 'lower'),
    impossible: (c) => {
      const out: Impossibility[] = [];
      if (c.amountMax !== undefined && c.amountMax < c.amount) out.push({ field: 'amountMax', reason: 'change-range', params: { min: c.amount, max: c.amountMax } });
      if (c.amount < 0) out.push({ field: 'amount', reason: 'negative-change', params: { value: c.amount } });
      if (c.direction === 'decrease' && c.as === 'percent' && (c.amountMax ?? c.amount) > 100) {
        out.push({ field: c.amountMax !== undefined ? 'amountMax' : 'amount', reason: 'decrease-over-100', params: { value: c.amountMax ?? c.amount } });
      }
      return out;
    },
    // A change is in points or percent of the base, not a figure of the unit.
    unitFigures: () => [],
    withFigure: () => null,
    figure: () => null,
    wording: {
      name: (c) => `change-${c.direction}`,
      figure: (c) => `${plain(c.amount)}${c.amountMax !== undefined ? `-${plain(c.amountMax)}` : ''}${c.as === 'percent' ? '%' : c.as === 'points' ? 'pt' : ''}`,
      bound: false,
      figures: (c) => [c.amount, ...(c.amountMax !== undefined ? [c.amountMax] : [])],
    },
  },
  assigned: {
    planned: (c) => (c.value === undefined ? { ...blank(c), missing: 'assigned-value' } : { ...blank(c), reference: c.value }),
    rule: (p, d) => (p.reference === null ? null : { side: sideOf(d), threshold: p.reference, strict: false, exceedBeyond: p.reference }),
    text: (c, w, n) => (c.value === undefined ? w.assigned : n(c.value)),
    showsLevel: () => false,
    scoring: 'figure',
    actualText: () => null,
    direction: () => undefined,
    impossible: () => [],
    unitFigures: (c) => (c.value === undefined ? [] : [['value', c.value]]),
    withFigure: (c, value) => ({ ...c, value }),
    figure: (c) => c.value ?? null,
    wording: { name: (c) => c.kind, figure: () => '', bound: false, figures: () => [] },
  },
  // "Duy trì xã đạt chuẩn quốc gia về y tế": the figure is 1 (reached, kept) or 0; 1 is met, nothing exceeds it.
  state: {
    ...unmeasured,
    planned: (c) => ({ ...blank(c), reference: 1 }),
    rule: () => ({ side: 'up', threshold: 1, strict: false, exceedBeyond: null }),
    text: (c, w) => (c.goal === 'keep' ? w.maintain : w.achieve),
    scoring: 'ordinal',
    actualText: (_c, a, w) => (a >= 1 ? w.stateYes : w.stateNo),
    direction: () => 'higher',
    unitFigures: () => [],
    wording: { name: (c) => `state-${c.goal}`, figure: () => '', bound: false, figures: () => [] },
  },
  // "hoàn thành tốt nhiệm vụ trở lên": the figure is the rank reached on the scale (1 = lowest); the
  // level or a higher one is met, a higher one exceeds it.
  level: {
    ...unmeasured,
    planned: (c) => {
      const rank = c.scale.indexOf(c.level) + 1;
      return { ...blank(c), reference: rank === 0 ? null : rank, outOf: c.scale.length };
    },
    rule: (p) => (p.reference === null ? null : { side: 'up', threshold: p.reference, strict: false, exceedBeyond: p.reference }),
    text: (c, w) => `${c.level} ${w.orAbove}`,
    scoring: 'ordinal',
    actualText: (c, a) => c.scale[Math.round(a) - 1] ?? null,
    direction: () => 'higher',
    impossible: (c) => (c.scale.includes(c.level) ? [] : [{ field: 'level', reason: 'level-not-on-scale', params: { levels: c.scale.length } }]),
    unitFigures: () => [],
    wording: { name: (c) => c.kind, figure: (c) => c.level, bound: false, figures: () => [] },
  },
  // "Dân số trung bình 7.129 người", "nông nghiệp chiếm 5%": shown with its figure, never judged.
  tracked: {
    ...unmeasured,
    planned: (c) => ({ ...blank(c), reference: c.value ?? null }),
    rule: () => null,
    text: (c, w, n) => (c.value === undefined ? w.tracked : n(c.value)),
    scoring: 'none',
    actualText: () => null,
    direction: () => undefined,
    unitFigures: (c) => (c.value === undefined ? [] : [['value', c.value]]),
    figure: (c) => c.value ?? null,
    withFigure: (c, value) => ({ ...c, value }),
    wording: { name: (c) => c.kind, figure: (c) => (c.value === undefined ? '' : plain(c.value)), bound: false, figures: (c) => (c.value === undefined ? [] : [c.value]) },
  },
} satisfies { [K in ComparisonKind]: KindSpec<Of<K>> };

/** The table row of a comparison's kind. */
export function kindOf(c: Comparison): KindSpec<Comparison> {
  return COMPARISON_KINDS[c.kind] as KindSpec<Comparison>;
}
