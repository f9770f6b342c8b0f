import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { comparisons } from './comparisons.js';
import type { Check, CheckContext } from './context.js';
import { entries } from './entries.js';
import { legalSymbols } from './legal-symbols.js';
import { placeholders } from './placeholders.js';
import { planDates } from './plan-dates.js';
import { planTerm } from './plan-term.js';
import { partOfLoops } from './part-loops.js';
import { references } from './references.js';
import { taskSchedule } from './task-schedule.js';
import { uniqueIds } from './unique-ids.js';
import { wording } from './wording.js';

/** Cross-file rules, run on typed data after every file has been shape-checked. */
export const CHECKS: readonly Check[] = [uniqueIds, references, partOfLoops, planTerm, planDates, comparisons, entries, taskSchedule, legalSymbols, wording, placeholders];

export function runChecks(ctx: CheckContext): Diagnostic[] {
  return CHECKS.flatMap((check) => check(ctx));
}
