import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { sortDiagnostics } from '../diagnostics/make.js';
import { loadPlan, type LoadedPlan } from '../load/load-plan.js';
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

export function validatePlan(folder: string, options: { cwd: string; asOf: string }): ValidatedPlan {
  const loaded = loadPlan(folder, options.cwd);
  const cross = loaded.plan ? runChecks({ plan: loaded.plan, origins: loaded.origins, asOf: options.asOf }) : [];
  return { ...loaded, all: sortDiagnostics([...loaded.diagnostics, ...cross]) };
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
