/** The term plan the term tests judge (2021-2025 on minimalPlan, their own targets and figures), validated; one builder for the three tables of cases. */
import { validatePlan } from '../../src/check/validate-plan.js';
import type { Plan } from '../../src/model/plan.js';
import { minimalPlan, writePlan } from './plan-fixture.js';

/** A plan for the term 2021-2025 with `targets` (targets.yaml) and `entries` (one progress file); throws on any error, so a case never judges a broken plan. */
export function termPlan(targets: string, entries: string, header: { name: string; issued: string } = { name: 'nhiệm kỳ 2020-2025', issued: '2020-06-30' }): Plan {
  const base = minimalPlan();
  const dir = writePlan({
    ...base,
    'plan.yaml': base['plan.yaml']!.replace('  year: 2024\n', `  term: { start: 2021, end: 2025, name: "${header.name}" }\n`).replace('  issued: 2024-01-19\n', `  issued: ${header.issued}\n`),
    'targets.yaml': targets,
    'tasks.yaml': 'tasks: []\n',
    'progress/bhyt.yaml': entries,
  });
  const r = validatePlan(dir, { cwd: dir, asOf: '2026-06-01' });
  const errors = r.all.filter((d) => d.severity === 'error');
  if (errors.length > 0 || !r.plan) throw new Error(JSON.stringify(errors, null, 1));
  return r.plan;
}
