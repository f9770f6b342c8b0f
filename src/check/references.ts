import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/make.js';
import type { DataPath } from '../load/locate.js';
import { closest } from '../text/closest.js';
import type { Check } from './context.js';

type RefKind = 'unit' | 'legalBasis' | 'target' | 'task' | 'section' | 'period';

/** Every id a plan cites must be declared: units, legal bases, targets, tasks, sections, periods. */
export const references: Check = ({ plan, origins, brokenIds }) => {
  const known: Record<RefKind, Set<string>> = {
    unit: new Set(plan.units.map((u) => u.id)),
    legalBasis: new Set(plan.legalBases.map((b) => b.id)),
    target: new Set(plan.targets.map((t) => t.id)),
    task: new Set(plan.tasks.map((t) => t.id)),
    section: new Set(plan.header.sections.map((s) => s.id)),
    period: new Set((plan.header.periods ?? []).map((p) => p.id)),
  };
  const broken: Partial<Record<RefKind, ReadonlySet<string>>> = brokenIds ?? {};
  const out: Diagnostic[] = [];
  const check = (item: object, path: DataPath, kind: RefKind, id: string | undefined) => {
    if (id === undefined || known[kind].has(id) || broken[kind]?.has(id)) return;
    const suggestion = closest(id, known[kind]);
    out.push(diagnostic('unknown-ref', origins.at(item, path), { kind, id, ...(suggestion ? { suggestion } : {}) }));
  };
  const each = (item: object, field: string, kind: RefKind, ids: readonly string[] | undefined) =>
    ids?.forEach((id, i) => check(item, [field, i], kind, id));

  each(plan.header, 'bases', 'legalBasis', plan.header.bases);
  for (const t of plan.targets) {
    check(t, ['lead'], 'unit', t.lead);
    each(t, 'support', 'unit', t.support);
    each(t, 'bases', 'legalBasis', t.bases);
    check(t, ['section'], 'section', t.section);
    check(t, ['period'], 'period', t.period);
  }
  for (const t of plan.tasks) {
    check(t, ['lead'], 'unit', t.lead);
    each(t, 'support', 'unit', t.support);
    each(t, 'bases', 'legalBasis', t.bases);
    each(t, 'targets', 'target', t.targets);
    check(t, ['section'], 'section', t.section);
  }
  for (const e of plan.entries) {
    check(e, ['target'], 'target', e.target);
    check(e, ['task'], 'task', e.task);
  }
  return out;
};
