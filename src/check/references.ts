import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/make.js';
import type { DataPath } from '../load/locate.js';
import { closest, editDistance } from '../text/closest.js';
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
  const used: Record<RefKind, Set<string>> = { unit: new Set(), legalBasis: new Set(), target: new Set(), task: new Set(), section: new Set(), period: new Set() };
  const check = (item: object, path: DataPath, kind: RefKind, id: string | undefined) => {
    if (id === undefined || broken[kind]?.has(id)) return;
    if (known[kind].has(id)) {
      used[kind].add(id);
      return;
    }
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
    check(t, ['partOf'], 'target', t.partOf);
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
  return declarationTypos(out, used, {
    unit: plan.units,
    legalBasis: plan.legalBases,
    target: plan.targets,
    task: plan.tasks,
    section: plan.header.sections,
    period: plan.header.periods ?? [],
  }, origins);
};

/**
 * One typo in a declared id ("id: vh-xhh") made every use of the real id unknown: 23 errors, none
 * at the line to fix. When an id is used at least twice, never declared, and a declared id of the
 * same kind that nothing uses is a near spelling of it, the declaration is the mistake: one error
 * there (`declared-id-typo`, with how many uses it broke) instead of one per use.
 */
function declarationTypos(
  refs: Diagnostic[],
  used: Record<RefKind, ReadonlySet<string>>,
  declared: Record<RefKind, readonly { id: string }[]>,
  origins: Parameters<Check>[0]['origins'],
): Diagnostic[] {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of refs) {
    const key = `${d.params.kind}\u0000${d.params.id}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const out: Diagnostic[] = [];
  const claimed = new Set<string>();
  for (const group of groups.values()) {
    const first = group[0]!;
    const kind = first.params.kind as RefKind;
    const id = String(first.params.id);
    const unused = declared[kind].filter((x) => !used[kind].has(x.id) && !claimed.has(`${kind}\u0000${x.id}`)).map((x) => x.id);
    const typo = group.length >= 2 ? uniqueClosest(id, unused) : undefined;
    const item = typo === undefined ? undefined : declared[kind].find((x) => x.id === typo);
    if (typo === undefined || item === undefined) {
      // Two unused declarations as near (kt-8 and kt-01 for kt-08): a "did you mean" would point at one
      // at random, and following it could break a good id. Say nothing rather than guess.
      const tied = group.length >= 2 && closest(id, unused) !== undefined;
      out.push(...(tied ? group.map(({ params: { suggestion: _s, ...params }, ...d }) => ({ ...d, params })) : group));
      continue;
    }
    claimed.add(`${kind}\u0000${typo}`);
    out.push(diagnostic('declared-id-typo', origins.at(item, ['id']), { kind, declared: typo, id, uses: group.length, first: `${first.location.file}:${first.location.line}` }));
  }
  return out;
}

/**
 * The one candidate nearest to `id`, when it is near (as `closest`) and no other is as near: "kt-8"
 * and "kt-01" are both one edit from "kt-08", and blaming the wrong declaration would lead a clerk
 * to break a good one, so a tie blames none.
 */
function uniqueClosest(id: string, candidates: readonly string[]): string | undefined {
  const best = closest(id, candidates);
  if (best === undefined) return undefined;
  const d = editDistance(id.toLowerCase(), best.toLowerCase());
  return candidates.filter((c) => editDistance(id.toLowerCase(), c.toLowerCase()) === d).length === 1 ? best : undefined;
}
