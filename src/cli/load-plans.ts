import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { partialPlan } from '../check/partial-plan.js';
import { validatePlan } from '../check/validate-plan.js';
import type { ProgressEntry } from '../model/progress-entry.js';
import { REPORT_LABELS } from '../i18n/report-labels.js';
import type { Plan } from '../model/plan.js';
import { filterProblem, type FilterQuery } from '../report/filters.js';
import { renderDiagnosticsText } from '../render/diagnostics-text.js';
import { closest } from '../text/closest.js';
import type { CommandContext } from './context.js';
import { resolvePlanFolders } from './resolve-plans.js';
import { UsageError } from './usage-error.js';

/**
 * Loads and checks the plan folders named on the line, for a report. A plan with errors stops the
 * report: its diagnostics go to stderr and the caller exits 1. Returns null in that case.
 */
export function loadValidPlans(paths: readonly string[], asOf: string, ctx: CommandContext): Plan[] | null {
  const folders = resolvePlanFolders(paths, ctx.io.cwd, ctx.lang);
  const plans: Plan[] = [];
  let errorCount = 0;
  // One plan at a time: only the plain data of valid plans is kept, never their sources.
  for (const folder of folders) {
    const r = validatePlan(folder, { cwd: ctx.io.cwd, asOf, cache: ctx.planCache });
    const errors = r.all.filter((d) => d.severity === 'error');
    if (errors.length === 0 && r.plan) {
      plans.push(r.plan);
      continue;
    }
    errorCount += Math.max(1, errors.length);
    const sources = new Map(r.sources.map((s) => [s.path, s.text] as const));
    const body = renderDiagnosticsText(errors, { lang: ctx.lang, chalk: ctx.chalk, sourceText: (f) => sources.get(f) });
    if (body) ctx.io.stderr(`${body}\n\n`);
  }
  if (errorCount > 0) {
    ctx.io.stderr(`plan: ${ctx.chalk.red(REPORT_LABELS[ctx.lang].errors.hasErrors(errorCount))}\n`);
    return null;
  }
  return plans;
}

export interface PartialPlans {
  plans: Plan[];
  /** Errors found in all the plans: the report is of their valid part (exit 1). */
  errors: number;
  /** Prints the errors and what the report left out, to stderr: after the report, where the clerk reads on. */
  printProblems: () => void;
}

/**
 * Like loadValidPlans, for `plan status` and `plan overdue`: a plan with errors is reported from
 * its valid part (check/partial-plan.ts; issue 14, item 9), its diagnostics printed after the
 * report. Only a plan whose header cannot be read is left out; with none left, null (nothing to report).
 */
export function loadPartialPlans(paths: readonly string[], asOf: string, ctx: CommandContext): PartialPlans | null {
  const folders = resolvePlanFolders(paths, ctx.io.cwd, ctx.lang);
  const plans: Plan[] = [];
  const bodies: string[] = [];
  let errors = 0;
  for (const folder of folders) {
    const r = validatePlan(folder, { cwd: ctx.io.cwd, asOf, cache: ctx.planCache });
    const found = r.all.filter((d) => d.severity === 'error');
    const plan = found.length === 0 ? r.plan : partialPlan(r);
    if (plan) plans.push(plan);
    if (found.length === 0 && r.plan) continue;
    errors += Math.max(1, found.length);
    const sources = new Map(r.sources.map((s) => [s.path, s.text] as const));
    const body = renderDiagnosticsText(found, { lang: ctx.lang, chalk: ctx.chalk, sourceText: (f) => sources.get(f) });
    if (body) bodies.push(body);
  }
  const printProblems = () => {
    if (errors === 0) return;
    for (const body of bodies) ctx.io.stderr(`${body}\n\n`);
    const T = ctx.text.partial;
    const left = plans.flatMap((p) => (p.gaps ? [T.leftOut(p.gaps)] : [])).filter((s) => s !== '');
    ctx.io.stderr(`plan: ${ctx.chalk.red(plans.some((p) => p.gaps) ? T.summary(errors, left.join('; ')) : REPORT_LABELS[ctx.lang].errors.hasErrors(errors))}\n`);
  };
  if (plans.length === 0) {
    printProblems();
    return null;
  }
  return { plans, errors, printProblems };
}

/**
 * The progress entries of the previous year's plan beside this one (plans/2023 for plans/2024), when
 * that folder holds a valid plan of that year: last year's final figures and "cùng kỳ" without
 * copying them. Silent when there is none or it has errors (`plan validate` reports those).
 */
export function previousYearEntries(plan: Plan, asOf: string, ctx: CommandContext): ProgressEntry[] | undefined {
  // A term plan has no previous year's folder: its years are all in it.
  if (plan.header.year === undefined) return undefined;
  const folder = resolve(ctx.io.cwd, dirname(plan.dir), String(plan.header.year - 1));
  if (!existsSync(join(folder, 'plan.yaml'))) return undefined;
  const r = validatePlan(folder, { cwd: ctx.io.cwd, asOf, cache: ctx.planCache });
  if (!r.plan || r.all.some((d) => d.severity === 'error') || r.plan.header.year !== plan.header.year - 1) return undefined;
  return r.plan.entries;
}

/** --target, --unit and --field must each name something in at least one of the plans (else exit 2, with a guess). */
export function checkFilters(plans: readonly Plan[], query: FilterQuery, ctx: CommandContext): void {
  const problem = filterProblem(plans, query);
  if (problem === null) return;
  const E = REPORT_LABELS[ctx.lang].errors;
  const message = problem.kind === 'target' ? E.unknownTarget(problem.value) : problem.kind === 'unit' ? E.unknownUnit(problem.value) : E.unknownField(problem.value);
  const guess = closest(problem.value, problem.known);
  throw new UsageError(message, guess !== undefined ? E.didYouMean(guess) : E.known(problem.known.join(', ')));
}
