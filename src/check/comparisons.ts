import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/make.js';
import type { DataPath } from '../load/locate.js';
import type { Comparison } from '../model/comparison.js';
import { impliedDirection } from '../model/implied-direction.js';
import type { Target } from '../model/target.js';
import { kindOf } from '../kinds/comparison-kinds.js';
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
  const kind = kindOf(c);
  const out: Diagnostic[] = kind
    .impossible(c, isPercent(t.unit))
    .map((i) => diagnostic('impossible-comparison', ctx.origins.at(t, [...at, i.field]), { id: t.id, reason: i.reason, ...i.params }));
  if (isPercent(t.unit)) for (const [field, value] of kind.unitFigures(c)) out.push(...percent(ctx, t, [...at, field], value));
  return out;
}

function percent(ctx: CheckContext, item: object, path: DataPath, value: number): Diagnostic[] {
  return value < 0 || value > 100 ? [diagnostic('percent-out-of-range', ctx.origins.at(item, path), { value })] : [];
}
