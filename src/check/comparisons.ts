import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/make.js';
import type { DataPath } from '../load/locate.js';
import type { Comparison } from '../model/comparison.js';
import { impliedDirection } from '../model/implied-direction.js';
import type { Target } from '../model/target.js';
import type { Check, CheckContext } from './context.js';

const isPercent = (unit: string) => unit.trim() === '%';

/** A comparison must be satisfiable and its figures plausible for the unit. */
export const comparisons: Check = (ctx) => {
  const out: Diagnostic[] = [];
  for (const t of ctx.plan.targets) {
    out.push(...checkComparison(ctx, t, t.comparison, ['comparison']));
    if (t.stretch) out.push(...checkComparison(ctx, t, t.stretch, ['stretch']));
    const implied = impliedDirection(t.comparison);
    if (implied && implied !== t.direction) {
      out.push(diagnostic('direction-mismatch', ctx.origins.at(t, ['direction']), { id: t.id, direction: t.direction, kind: t.comparison.kind }));
    }
    if (t.baseline && isPercent(t.unit)) out.push(...percent(ctx, t, ['baseline', 'value'], t.baseline.value));
  }
  const byId = new Map(ctx.plan.targets.map((t) => [t.id, t]));
  for (const e of ctx.plan.entries) {
    const target = e.target ? byId.get(e.target) : undefined;
    if (target && e.value !== undefined && isPercent(target.unit)) out.push(...percent(ctx, e, ['value'], e.value));
  }
  return out;
};

function checkComparison(ctx: CheckContext, t: Target, c: Comparison, at: DataPath): Diagnostic[] {
  const out: Diagnostic[] = [];
  const impossible = (field: string, reason: string, params: Record<string, number>) =>
    out.push(diagnostic('impossible-comparison', ctx.origins.at(t, [...at, field]), { id: t.id, reason, ...params }));
  switch (c.kind) {
    case 'range':
      if (c.min > c.max) impossible('min', 'range', { min: c.min, max: c.max });
      if (isPercent(t.unit)) out.push(...percent(ctx, t, [...at, 'min'], c.min), ...percent(ctx, t, [...at, 'max'], c.max));
      break;
    case 'change':
      if (c.amountMax !== undefined && c.amountMax < c.amount) impossible('amountMax', 'change-range', { min: c.amount, max: c.amountMax });
      if (c.amount < 0) impossible('amount', 'negative-change', { value: c.amount });
      if (c.direction === 'decrease' && c.as === 'percent' && (c.amountMax ?? c.amount) > 100) {
        impossible(c.amountMax !== undefined ? 'amountMax' : 'amount', 'decrease-over-100', { value: c.amountMax ?? c.amount });
      }
      break;
    case 'assigned':
      if (c.value !== undefined && isPercent(t.unit)) out.push(...percent(ctx, t, [...at, 'value'], c.value));
      break;
    default:
      if (c.outOf !== undefined && c.value > c.outOf) impossible('value', 'out-of', { value: c.value, outOf: c.outOf });
      if (isPercent(t.unit)) out.push(...percent(ctx, t, [...at, 'value'], c.value));
      // "above 100%" or "below 0%" can never be met.
      if (isPercent(t.unit) && ((c.kind === 'above' && c.value >= 100) || (c.kind === 'below' && c.value <= 0))) {
        impossible('value', 'strict-bound', { value: c.value });
      }
  }
  return out;
}

function percent(ctx: CheckContext, item: object, path: DataPath, value: number): Diagnostic[] {
  return value < 0 || value > 100 ? [diagnostic('percent-out-of-range', ctx.origins.at(item, path), { value })] : [];
}
