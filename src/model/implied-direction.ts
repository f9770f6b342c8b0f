import { kindOf } from '../kinds/comparison-kinds.js';
import type { Comparison } from './comparison.js';
import type { Direction } from './target.js';

/** Which way "better" is, as the comparison itself says; undefined where it says nothing (exactly, range, maintain, assigned). */
export function impliedDirection(c: Comparison): Direction | undefined {
  return kindOf(c).direction(c);
}
