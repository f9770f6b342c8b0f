import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Plan, PlanGaps } from '../model/plan.js';
import type { ProgressEntry } from '../model/progress-entry.js';
import type { ValidatedPlan } from './validate-plan.js';

/** Codes after which a file gave no data at all (as in validate-plan.ts). */
const UNREAD_FILE_CODES: ReadonlySet<string> = new Set([
  'io-error', 'not-text', 'file-too-large', 'too-many-items', 'merge-conflict',
  'yaml-syntax', 'yaml-duplicate-key', 'yaml-alias', 'yaml-tab', 'yaml-proto-key', 'yaml-too-deep',
]);

type Kind = 'target' | 'task' | 'entry' | 'other';
interface Placed {
  kind: Kind;
  item: object;
  line: number;
}

/**
 * The valid part of a plan with errors, for `plan status` and `plan overdue` (issue 14, item 9: one
 * bad figure printed no table at all). An item is left out when an error lies inside it: a target
 * or task with an error is not reported (listed in `gaps`); an entry with one is not counted, and
 * its target or task is shown marked incomplete. Items dropped while loading (a shape error) are
 * left out the same way. Undefined when the plan header itself could not be read.
 */
export function partialPlan(v: ValidatedPlan): Plan | undefined {
  const plan = v.plan;
  if (!plan) return undefined;
  const errors = v.all.filter((d) => d.severity === 'error');
  if (errors.length === 0) return plan;

  // Every item with the line it starts on, per file: an error belongs to the last item starting at or before it.
  const byFile = new Map<string, Placed[]>();
  const place = (kind: Kind, item: object) => {
    const at = v.origins.at(item);
    const list = byFile.get(at.file) ?? [];
    list.push({ kind, item, line: at.line });
    byFile.set(at.file, list);
  };
  place('other', plan.header);
  for (const u of plan.units) place('other', u);
  for (const b of plan.legalBases) place('other', b);
  for (const t of plan.targets) place('target', t);
  for (const t of plan.tasks) place('task', t);
  for (const e of plan.entries) place('entry', e);
  for (const list of byFile.values()) list.sort((a, b) => a.line - b.line);

  const badItems = new Set<object>();
  const files: string[] = [];
  // Shape errors were found while loading: their items were dropped then (brokenIds, brokenEntries),
  // so only the cross-file rules' errors point into items that are still there.
  const fromLoading = new Set(v.diagnostics);
  for (const d of errors) {
    if (UNREAD_FILE_CODES.has(d.code)) {
      if (!files.includes(d.location.file)) files.push(d.location.file);
      continue;
    }
    if (fromLoading.has(d)) continue;
    const owner = containing(byFile.get(d.location.file), d);
    if (owner && owner.kind !== 'other') badItems.add(owner.item);
  }

  const targets = new Set(v.brokenIds.target);
  const tasks = new Set(v.brokenIds.task);
  for (const t of plan.targets) if (badItems.has(t)) targets.add(t.id);
  for (const t of plan.tasks) if (badItems.has(t)) tasks.add(t.id);
  const incompleteTargets = new Set(v.brokenEntries.target);
  const incompleteTasks = new Set(v.brokenEntries.task);
  const entries: ProgressEntry[] = [];
  for (const e of plan.entries) {
    if (!badItems.has(e)) {
      entries.push(e);
      continue;
    }
    if (e.target !== undefined) incompleteTargets.add(e.target);
    if (e.task !== undefined) incompleteTasks.add(e.task);
  }
  // An unreadable progress file of `plan record`'s layout names its subject: progress/<target>.yaml, progress/tasks/<task>.yaml.
  for (const f of files) {
    const m = /(?:^|[\\/])progress[\\/](tasks[\\/])?([^\\/]+)\.yaml$/.exec(f);
    if (m) (m[1] ? incompleteTasks : incompleteTargets).add(m[2]!);
  }
  const gaps: PlanGaps = {
    targets: [...targets],
    tasks: [...tasks],
    incomplete: { targets: [...incompleteTargets].filter((id) => !targets.has(id)), tasks: [...incompleteTasks].filter((id) => !tasks.has(id)) },
    files,
    errors: errors.length,
  };
  return {
    ...plan,
    targets: plan.targets.filter((t) => !targets.has(t.id)),
    tasks: plan.tasks.filter((t) => !tasks.has(t.id)),
    entries,
    gaps,
  };
}

function containing(list: readonly Placed[] | undefined, d: Diagnostic): Placed | undefined {
  if (!list) return undefined;
  let found: Placed | undefined;
  for (const p of list) {
    if (p.line > d.location.line) break;
    found = p;
  }
  return found;
}
