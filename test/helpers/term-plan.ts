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

/**
 * Four targets of a term plan, one of each span (list items of targets.yaml): a yearly target with
 * its own figure for 2023, a target for the term's end, a total over the term, a yearly average
 * change. The status and whole-term tables of cases judge them; each adds its own.
 */
export const TERM_TARGETS = `- id: bhyt
  name: Tỷ lệ tham gia bảo hiểm y tế
  wording: Tỷ lệ người dân tham gia bảo hiểm y tế hàng năm từ 90% trở lên.
  unit: "%"
  comparison: { kind: at-least, value: 90 }
  over: year
  years: [{ year: 2023, value: 92 }]
  direction: higher
  accrual: level
  lead: vh-xh
- id: thu-nhap
  name: Thu nhập bình quân đầu người
  wording: Thu nhập bình quân đầu người đến năm 2025 đạt 60 triệu đồng.
  unit: triệu đồng
  comparison: { kind: at-least, value: 60 }
  direction: higher
  accrual: level
  lead: vh-xh
- id: von-dau-tu
  name: Tổng huy động vốn đầu tư phát triển
  wording: Tổng huy động vốn đầu tư phát triển thời kỳ 2021-2025 đạt 5.000 tỷ đồng.
  unit: tỷ đồng
  comparison: { kind: at-least, value: 5000 }
  over: term
  direction: higher
  accrual: sum
  pace: even
  lead: vh-xh
- id: gia-tri-san-xuat
  name: Giá trị sản xuất
  wording: Giá trị sản xuất tăng bình quân 16%/năm.
  unit: tỷ đồng
  comparison: { kind: change, direction: increase, as: percent, amount: 16, yearly: true }
  baseline: { value: 100, date: 2020-12-31 }
  direction: higher
  accrual: level
  lead: vh-xh
`;

/** targets.yaml holding `items` (list items written at the margin). */
export const targetsYaml = (items: string): string => `targets:\n${items.replace(/^/gm, '  ')}`;
