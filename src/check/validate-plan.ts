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
  const cross = loaded.plan ? runChecks({ plan: loaded.plan, origins: loaded.origins, asOf: options.asOf }) : [];
  return { ...loaded, all: sortDiagnostics([...loaded.diagnostics, ...cross]) };
}

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
