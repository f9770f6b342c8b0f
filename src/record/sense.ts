import { kindOf } from '../kinds/comparison-kinds.js';
import type { Plan } from '../model/plan.js';
import { planRange } from '../model/plan-range.js';
import type { Target } from '../model/target.js';
import { daysBetween } from '../report/calendar-date.js';
import type { RecordProblem } from './record-input.js';

/**
 * How far from what the plan makes plausible a figure may be before `plan record` asks "are you
 * sure?" (docs/format.md, "Kiểm tra độ hợp lý"): five times the expectation, or a fifth of it for a
 * level. A ward's figures move by percents in a year, not by factors; a factor means a slip of the
 * keyboard (935 for 93,5), a unit (đồng for triệu đồng) or a wrong target.
 */
export const SENSE_FACTOR = 5;

/** Money units and their power of ten in đồng, to read a bare figure in another unit. */
const MONEY_POWER: ReadonlyMap<string, number> = new Map([
  ['đồng', 0],
  ['nghìn đồng', 3],
  ['triệu đồng', 6],
  ['tỷ đồng', 9],
]);

export interface Expectation {
  /** The figure the plan makes plausible at the date. */
  expected: number;
  /** How it was found, for the message. */
  basis: 'pace' | 'plan' | 'last';
  /** Whether a figure far below it is suspect too (levels), or only far above (sums start at 0). */
  twoSided: boolean;
}

/** The plan's figure for a target: its value, the middle of a range, the baseline moved by a change. */
export function planFigure(target: Target): number | undefined {
  const c = target.comparison;
  switch (c.kind) {
    case 'range':
      return (c.min + c.max) / 2;
    case 'change': {
      const base = target.baseline?.value;
      if (base === undefined) return undefined;
      if (c.as !== 'percent') return c.direction === 'increase' ? base + c.amount : base - c.amount;
      return base * (1 + (c.direction === 'increase' ? c.amount : -c.amount) / 100);
    }
    default:
      // A state's 1/0 and a level's rank are codes, not amounts: no plausibility from them.
      return kindOf(c).scoring === 'figure' ? (kindOf(c).figure(c) ?? undefined) : undefined;
  }
}

/** What the plan makes plausible at `date`, or undefined when it says nothing usable. */
export function expectationAt(plan: Plan, target: Target, date: string): Expectation[] {
  const out: Expectation[] = [];
  const figure = planFigure(target);
  if (target.accrual === 'sum') {
    // A sum accrues over the year: January's 410 of a 6.500 budget is on pace, not a slip.
    if (figure !== undefined && figure > 0) {
      const range = planRange(plan.header);
      const total = daysBetween(range.start, range.end) + 1;
      const elapsed = Math.min(total, Math.max(1, daysBetween(range.start, date) + 1));
      out.push({ expected: (figure * elapsed) / total, basis: 'pace', twoSided: false });
    }
    return out;
  }
  if (figure !== undefined && figure > 0) out.push({ expected: figure, basis: 'plan', twoSided: true });
  const last = lastFigure(plan, target.id, date);
  if (last !== undefined && last > 0) out.push({ expected: last, basis: 'last', twoSided: true });
  return out;
}

function lastFigure(plan: Plan, id: string, date: string): number | undefined {
  let best: { date: string; value: number } | undefined;
  for (const e of plan.entries) {
    if (e.target !== id || e.value === undefined || e.date > date) continue;
    if (!best || e.date >= best.date) best = { date: e.date, value: e.value };
  }
  return best?.value;
}

/** A figure is far from an expectation when it is SENSE_FACTOR times above it (or below, for a level). */
function far(value: number, x: Expectation): boolean {
  if (value === 0) return false; // "no case this year" is a real figure
  return value > x.expected * SENSE_FACTOR || (x.twoSided && value < x.expected / SENSE_FACTOR);
}

/**
 * Checks a figure read in the target's unit. Refuses a bare money figure that makes sense only read
 * in another money unit ("6.021.447.000" for a target in triệu đồng); asks for confirmation of a
 * figure far from every expectation (plan figure, pace, last figure); refuses a fraction of a count
 * of indivisible things (a unit listed in plan.wholeUnits).
 */
export function senseProblems(plan: Plan, target: Target, value: number, writtenUnit: string | null, date: string): RecordProblem[] {
  const unit = target.unit.trim();
  const whole = plan.header.wholeUnits?.some((u) => u.normalize('NFC').trim().toLowerCase() === unit.toLowerCase()) ?? false;
  if (whole && !Number.isInteger(value)) {
    return [{ code: 'not-whole', value, unit, lower: Math.floor(value), upper: Math.ceil(value) }];
  }
  const expectations = expectationAt(plan, target, date);
  if (expectations.length === 0 || !expectations.every((x) => far(value, x))) return [];
  const power = MONEY_POWER.get(unit.toLowerCase());
  if (writtenUnit === null && power !== undefined) {
    for (const [other, p] of MONEY_POWER) {
      if (p >= power) continue;
      const read = value / 10 ** (power - p);
      if (expectations.some((x) => !far(read, x))) return [{ code: 'money-unit', value, unit, other, read }];
    }
  }
  const x = expectations[0]!;
  return [{ code: 'far-from-plan', value, unit, expected: x.expected, basis: x.basis, factor: SENSE_FACTOR }];
}
