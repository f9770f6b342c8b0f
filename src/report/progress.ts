import type { Direction } from '../model/target.js';
import type { Judgement } from './variance.js';

/**
 * How far a figure has come towards what is judged: actual / goal, or goal / actual when lower is
 * better; the goal is the pro-rata figure while a sum target's window is open. Above 1 when the goal
 * is passed (Infinity for a lower-is-better figure at or below zero against a goal at or above it);
 * null without a figure or a goal. The bars of the tables and the rollup's "worst wards" read it.
 */
export function progressOf(row: Pick<Judgement, 'expected' | 'planned'> & { actual: number | null; direction: Direction }): number | null {
  const goal = row.expected ?? row.planned.reference;
  if (row.actual === null || goal === null) return null;
  if (row.direction === 'higher') return goal === 0 ? (row.actual >= 0 ? 1 : 0) : row.actual / goal;
  return row.actual <= 0 ? (goal >= 0 ? Infinity : 0) : goal / row.actual;
}
