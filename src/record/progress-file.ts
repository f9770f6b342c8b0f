import { join } from 'node:path';
import type { Origins } from '../load/origins.js';
import type { Plan } from '../model/plan.js';
import type { ProgressEntry } from '../model/progress-entry.js';

/**
 * Where a new entry goes: the file that already holds this subject's latest entry, else one file
 * per target (progress/<id>.yaml) or task (progress/tasks/<id>.yaml). One file per subject is what
 * lets two units record different targets on two branches and merge without a conflict.
 */
export function progressFileFor(plan: Plan, origins: Origins, folder: string, entry: ProgressEntry): string {
  const mine = plan.entries.filter((e) => (entry.target ? e.target === entry.target : e.task === entry.task));
  const last = mine.at(-1);
  const existing = last ? origins.fileOf(last)?.absPath : undefined;
  if (existing) return existing;
  return entry.target ? join(folder, 'progress', `${entry.target}.yaml`) : join(folder, 'progress', 'tasks', `${entry.task}.yaml`);
}
