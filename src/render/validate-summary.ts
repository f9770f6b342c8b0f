import type { ChalkInstance } from 'chalk';
import type { PlanCounts, PlanVerdict } from '../check/validate-plan.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Lang } from '../i18n/lang.js';

/** The closing line(s) of `plan validate`: per plan a verdict, then the totals. */
export function renderValidateSummary(
  results: readonly PlanVerdict[],
  all: readonly Diagnostic[],
  counts: PlanCounts,
  o: { lang: Lang; chalk: ChalkInstance },
): string {
  const vi = o.lang === 'vi';
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.length - errors;
  const what = vi
    ? `${counts.targets} chỉ tiêu, ${counts.tasks} nhiệm vụ, ${counts.units} đơn vị, ${counts.legalBases} căn cứ, ${counts.progressEntries} số liệu`
    : `${counts.targets} targets, ${counts.tasks} tasks, ${counts.units} units, ${counts.legalBases} legal bases, ${counts.progressEntries} progress entries`;
  const lines: string[] = [];
  if (results.length > 1) {
    for (const r of results) {
      const e = r.diagnostics.filter((d) => d.severity === 'error').length;
      const name = r.folder;
      lines.push(e === 0 ? `${o.chalk.green('✓')} ${name}` : `${o.chalk.red('✗')} ${name}: ${e} ${vi ? 'lỗi' : e === 1 ? 'error' : 'errors'}`);
    }
  }
  const plans = vi ? `${counts.plans} kế hoạch` : `${counts.plans} plan${counts.plans === 1 ? '' : 's'}`;
  const warnText = vi ? `${warnings} cảnh báo` : `${warnings} warning${warnings === 1 ? '' : 's'}`;
  if (errors === 0) {
    lines.push(`${o.chalk.green('✓')} ${vi ? 'Hợp lệ' : 'Valid'}: ${plans} (${what})${warnings ? `; ${o.chalk.yellow(warnText)}` : ''}.`);
  } else {
    const errText = vi ? `${errors} lỗi` : `${errors} error${errors === 1 ? '' : 's'}`;
    lines.push(`${o.chalk.red('✗')} ${o.chalk.red.bold(errText)}, ${warnText} ${vi ? 'trong' : 'in'} ${plans} (${what}).`);
  }
  return lines.join('\n');
}
