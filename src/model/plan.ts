import type { LegalBasis } from './legal-basis.js';
import type { PlanHeader } from './plan-header.js';
import type { ProgressEntry } from './progress-entry.js';
import type { Target } from './target.js';
import type { Task } from './task.js';
import type { Unit } from './unit.js';

/** A plan folder's files merged: plain data, what checks and reports read. */
export interface Plan {
  /** The plan folder, as the user named it (used only for display). */
  dir: string;
  header: PlanHeader;
  units: Unit[];
  legalBases: LegalBasis[];
  targets: Target[];
  tasks: Task[];
  entries: ProgressEntry[];
  /** Some progress file says its figures are illustrative, not real. */
  illustrative: boolean;
  /** Set when the plan has errors and a report is made of its valid part (check/partial-plan.ts). */
  gaps?: PlanGaps;
}

/** What a partial report leaves out because of errors, and what it shows incomplete. */
export interface PlanGaps {
  /** Targets and tasks left out: their own definition has an error. */
  targets: string[];
  tasks: string[];
  /** Targets and tasks shown, but some of their entries were left out (an error in the entry). */
  incomplete: { targets: string[]; tasks: string[] };
  /** Files that could not be read at all (YAML syntax, not text, ...). */
  files: string[];
  /** How many errors the plan has. */
  errors: number;
}
