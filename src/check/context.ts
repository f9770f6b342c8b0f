import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Origins } from '../load/origins.js';
import type { Plan } from '../model/plan.js';

export interface CheckContext {
  plan: Plan;
  origins: Origins;
  /** "Today" for checks that depend on it (future-dated entries). */
  asOf: string;
  /** Ids of items that exist but were dropped for a shape error (see LoadedPlan.brokenIds). */
  brokenIds?: { readonly [K in 'unit' | 'legalBasis' | 'target' | 'task']?: ReadonlySet<string> };
}

/** A rule reads the merged plan and returns what it found; it never throws on data it was given. */
export type Check = (ctx: CheckContext) => Diagnostic[];
