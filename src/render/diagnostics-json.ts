import { countPlans, type PlanCounts, type ValidatedPlan } from '../check/validate-plan.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticMessage } from '../i18n/diagnostic-messages.js';
import type { Lang } from '../i18n/lang.js';

/** Per plan folder: its verdict and counts (`plans` of `plan validate --format json`, docs/json.md). */
export function perPlanJson(results: readonly (Pick<ValidatedPlan, 'plan' | 'folder' | 'all'>)[]) {
  return results.map((r) => {
    const counts = countPlans([r]);
    const errors = r.all.filter((d) => d.severity === 'error').length;
    return {
      folder: r.plan?.dir ?? r.folder,
      id: r.plan?.header.id ?? null,
      place: r.plan?.header.place ?? null,
      valid: errors === 0 && r.plan !== undefined,
      errors,
      warnings: r.all.length - errors,
      targets: counts.targets,
      tasks: counts.tasks,
      units: counts.units,
      legalBases: counts.legalBases,
      progressEntries: counts.progressEntries,
    };
  });
}

/**
 * The `plan validate --format json` contract (docs/json.md): keep field names stable. `results`
 * (the validated plans) adds `plans`, one object per plan folder.
 */
export function diagnosticsJson(list: readonly Diagnostic[], summary: PlanCounts, lang: Lang, results?: Parameters<typeof perPlanJson>[0]) {
  const toJson = (d: Diagnostic) => {
    const { message, hint } = diagnosticMessage(d, lang);
    return {
      file: d.location.file,
      line: d.location.line,
      column: d.location.column,
      ...(d.location.endColumn !== undefined ? { endColumn: d.location.endColumn } : {}),
      code: d.code,
      severity: d.severity,
      message,
      hint,
      params: d.params,
    };
  };
  return {
    valid: !list.some((d) => d.severity === 'error'),
    errors: list.filter((d) => d.severity === 'error').map(toJson),
    warnings: list.filter((d) => d.severity === 'warning').map(toJson),
    summary: { ...summary, errors: list.filter((d) => d.severity === 'error').length, warnings: list.filter((d) => d.severity === 'warning').length },
    ...(results ? { plans: perPlanJson(results) } : {}),
  };
}
