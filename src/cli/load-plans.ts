import { validatePlan } from '../check/validate-plan.js';
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

/** --target, --unit and --field must each name something in at least one of the plans (else exit 2, with a guess). */
export function checkFilters(plans: readonly Plan[], query: FilterQuery, ctx: CommandContext): void {
  const problem = filterProblem(plans, query);
  if (problem === null) return;
  const E = REPORT_LABELS[ctx.lang].errors;
  const message = problem.kind === 'target' ? E.unknownTarget(problem.value) : problem.kind === 'unit' ? E.unknownUnit(problem.value) : E.unknownField(problem.value);
  const guess = closest(problem.value, problem.known);
  throw new UsageError(message, guess !== undefined ? E.didYouMean(guess) : E.known(problem.known.join(', ')));
}
