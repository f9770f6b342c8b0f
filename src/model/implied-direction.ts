import type { Comparison } from './comparison.js';
import type { Direction } from './target.js';

/** Which way "better" is, as the comparison itself says; undefined where it says nothing (exactly, range, maintain, assigned). */
export function impliedDirection(c: Comparison): Direction | undefined {
  switch (c.kind) {
    case 'at-least':
    case 'above':
      return 'higher';
    case 'at-most':
    case 'below':
      return 'lower';
    case 'change':
      return c.direction === 'increase' ? 'higher' : 'lower';
    default:
      return undefined;
  }
}
