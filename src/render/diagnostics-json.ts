import type { PlanCounts, PlanVerdict } from '../check/validate-plan.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticMessage } from '../i18n/diagnostic-messages.js';
import type { Lang } from '../i18n/lang.js';

/** Per plan folder: its verdict and counts (`plans` of `plan validate --format json`, docs/json.md). */
export function perPlanJson(verdicts: readonly PlanVerdict[]) {
  return verdicts.map((r) => {
    const { counts } = r;
    const errors = r.diagnostics.filter((d) => d.severity === 'error').length;
    return {
      folder: r.folder,
      id: r.id,
      place: r.place,
      valid: errors === 0 && counts.plans === 1,
      errors,
      warnings: r.diagnostics.length - errors,
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
 * (one per plan folder) adds `plans`, one object per plan folder.
 */
export function diagnosticsJson(list: readonly Diagnostic[], summary: PlanCounts, lang: Lang, verdicts?: readonly PlanVerdict[]) {
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
    ...(verdicts ? { plans: perPlanJson(verdicts) } : {}),
  };
}
