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
}
