import type { PlanCounts } from '../check/validate-plan.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticMessage } from '../i18n/diagnostic-messages.js';
import type { Lang } from '../i18n/lang.js';

/** The `plan validate --format json` contract (docs/json.md): keep field names stable. */
export function diagnosticsJson(list: readonly Diagnostic[], summary: PlanCounts, lang: Lang) {
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
  };
}
