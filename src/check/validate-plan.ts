import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { sortDiagnostics } from '../diagnostics/make.js';
import { loadPlan, type LoadedPlan } from '../load/load-plan.js';
import type { PlanCacheSettings } from '../load/plan-cache.js';
import { runChecks } from './run-checks.js';

export interface ValidatedPlan extends LoadedPlan {
  /** Everything found in this plan: reading, shape and cross-file rules, in file and line order. */
  all: Diagnostic[];
}

export interface PlanCounts {
  plans: number;
  targets: number;
  tasks: number;
  units: number;
  legalBases: number;
  progressEntries: number;
}

export function validatePlan(folder: string, options: { cwd: string; asOf: string; cache?: PlanCacheSettings | undefined }): ValidatedPlan {
  const loaded = loadPlan(folder, options.cwd, options.cache);
  let cross = loaded.plan ? runChecks({ plan: loaded.plan, origins: loaded.origins, asOf: options.asOf, brokenIds: loaded.brokenIds }) : [];
  // A file that could not be read at all may declare the ids the others refer to: calling them
  // unknown would bury the real problem (a merge conflict in targets.yaml gave 60 unknown-ref errors).
  if (loaded.diagnostics.some((d) => UNREAD_FILE_CODES.has(d.code))) cross = cross.filter((d) => d.code !== 'unknown-ref');
  return { ...loaded, all: sortDiagnostics([...loaded.diagnostics, ...cross]) };
}

/** Codes after which a file contributes no data to the plan. */
const UNREAD_FILE_CODES: ReadonlySet<string> = new Set([
  'io-error', 'not-text', 'file-too-large', 'too-many-items', 'merge-conflict', 'linked-folder',
  'yaml-syntax', 'yaml-duplicate-key', 'yaml-alias', 'yaml-tab', 'yaml-proto-key', 'yaml-too-deep',
]);

/**
 * What is kept of a validated plan once its diagnostics have been shown: enough for the summary
 * and the JSON, so that validating thousands of plans holds one plan in memory at a time.
 */
export interface PlanVerdict {
  folder: string;
  id: string | null;
  place: string | null;
  counts: PlanCounts;
  diagnostics: Diagnostic[];
}

export function verdictOf(v: ValidatedPlan): PlanVerdict {
  return {
    folder: v.plan?.dir ?? v.folder,
    id: v.plan?.header.id ?? null,
    place: v.plan?.header.place ?? null,
    counts: countPlans([v]),
    diagnostics: v.all,
  };
}

export function addCounts(list: readonly PlanCounts[]): PlanCounts {
  const total: PlanCounts = { plans: 0, targets: 0, tasks: 0, units: 0, legalBases: 0, progressEntries: 0 };
  for (const c of list) for (const k of Object.keys(total) as (keyof PlanCounts)[]) total[k] += c[k];
  return total;
}

export function countPlans(plans: readonly Pick<LoadedPlan, 'plan'>[]): PlanCounts {
  const counts: PlanCounts = { plans: 0, targets: 0, tasks: 0, units: 0, legalBases: 0, progressEntries: 0 };
  for (const { plan } of plans) {
    if (!plan) continue;
    counts.plans += 1;
    counts.targets += plan.targets.length;
    counts.tasks += plan.tasks.length;
    counts.units += plan.units.length;
    counts.legalBases += plan.legalBases.length;
    counts.progressEntries += plan.entries.length;
  }
  return counts;
}
