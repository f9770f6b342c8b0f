import type { Plan } from '../model/plan.js';
import type { Section } from '../model/section.js';
import type { Target } from '../model/target.js';
import type { Task } from '../model/task.js';
import { fold } from '../text/fold.js';

/**
 * The report filters, one type with one meaning for every report (`status`, `overdue`, their JSON
 * and the table under `status`):
 * - --field: a section and its subsections, named by id ("II.3" takes II.3.1, II.3.2), short name or title;
 * - --unit: the targets and tasks a unit leads or supports (phối hợp: it answers for them too);
 * - --target: those targets, and the tasks that serve one of them.
 */
export interface FilterQuery {
  fields?: readonly string[];
  units?: readonly string[];
  targets?: readonly string[];
}

/** A query resolved against one plan: section ids (children included), unit ids, target ids; undefined: all. */
export interface ReportFilter {
  sections?: readonly string[];
  units?: readonly string[];
  targets?: readonly string[];
}

/**
 * The section ids a --field value names: a section id ("II.3" also takes II.3.1, II.3.2, ...), or a
 * section's short name or title (case-insensitive). null when nothing matches.
 */
export function matchField(sections: readonly Section[], query: string): string[] | null {
  const q = fold(query);
  const root =
    sections.find((s) => s.id.toLowerCase() === q) ??
    sections.find((s) => fold(s.short ?? '') === q) ??
    sections.find((s) => fold(s.title) === q);
  if (!root) return null;
  return sections.filter((s) => s.id === root.id || s.id.startsWith(`${root.id}.`)).map((s) => s.id);
}

/**
 * The unit ids a --unit value names: a unit id, or a unit's name or short name as units.yaml writes
 * it (case and spacing forgiven: "vh-xh" or "VH-XH", "Công chức Văn hóa - Xã hội").
 * null when nothing matches.
 */
export function matchUnit(units: readonly Pick<Plan['units'][number], 'id' | 'name' | 'short'>[], query: string): string[] | null {
  const byId = units.filter((u) => u.id === query.trim());
  if (byId.length) return byId.map((u) => u.id);
  const q = fold(query);
  const named = units.filter((u) => fold(u.name) === q || (u.short !== undefined && fold(u.short) === q));
  return named.length ? named.map((u) => u.id) : null;
}

export function resolveFilter(plan: Pick<Plan, 'header' | 'units'>, q: FilterQuery): ReportFilter {
  return {
    ...(q.fields ? { sections: q.fields.flatMap((f) => matchField(plan.header.sections, f) ?? []) } : {}),
    ...(q.units ? { units: q.units.flatMap((u) => matchUnit(plan.units, u) ?? [u]) } : {}),
    ...(q.targets ? { targets: q.targets } : {}),
  };
}

const inSections = (f: ReportFilter, section: string | undefined) => f.sections === undefined || (section !== undefined && f.sections.includes(section));
const withUnit = (f: ReportFilter, lead: string, support: readonly string[] | undefined) =>
  f.units === undefined || f.units.includes(lead) || (support ?? []).some((u) => f.units!.includes(u));

export function keepsTarget(f: ReportFilter, t: Pick<Target, 'id' | 'section' | 'lead' | 'support'>): boolean {
  return inSections(f, t.section) && withUnit(f, t.lead, t.support) && (f.targets === undefined || f.targets.includes(t.id));
}

export function keepsTask(f: ReportFilter, t: Pick<Task, 'section' | 'lead' | 'support' | 'targets'>): boolean {
  return inSections(f, t.section) && withUnit(f, t.lead, t.support) && (f.targets === undefined || (t.targets ?? []).some((id) => f.targets!.includes(id)));
}

/** A filter value that names nothing in any of the plans, with what they do hold (for "did you mean"). */
export interface FilterProblem {
  kind: 'target' | 'unit' | 'field';
  value: string;
  known: string[];
}

/** --target, --unit and --field must each name something in at least one of the plans. */
export function filterProblem(plans: readonly Plan[], q: FilterQuery): FilterProblem | null {
  const targetIds = [...new Set(plans.flatMap((p) => p.targets.map((t) => t.id)))];
  for (const id of q.targets ?? []) if (!targetIds.includes(id)) return { kind: 'target', value: id, known: targetIds };
  const unitIds = [...new Set(plans.flatMap((p) => p.units.map((u) => u.id)))];
  for (const id of q.units ?? []) if (!plans.some((p) => matchUnit(p.units, id) !== null)) return { kind: 'unit', value: id, known: unitIds };
  for (const field of q.fields ?? []) {
    if (!plans.some((p) => matchField(p.header.sections, field) !== null)) {
      const names = [...new Set(plans.flatMap((p) => p.header.sections.flatMap((s) => [s.id, ...(s.short ? [s.short] : [])])))];
      return { kind: 'field', value: field, known: names };
    }
  }
  return null;
}
