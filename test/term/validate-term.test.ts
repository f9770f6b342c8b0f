import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../src/check/validate-plan.js';
import { planJsonSchema } from '../../src/model/json-schema.js';
import { runCli } from '../helpers/cli.js';
import { minimalPlan, writePlan } from '../helpers/plan-fixture.js';

/**
 * Term plans (plan.term): what `plan validate` says, as a table of cases: the plan header line(s)
 * and the target's extra lines → every `term-plan` diagnostic (reason, line, column). The minimal
 * plan's header has `year: 2024` on line 8; its one target ends on line 11.
 */
const base = minimalPlan();
const TERM = '  term: { start: 2021, end: 2025, name: "nhiệm kỳ 2020-2025" }\n';

interface Case {
  name: string;
  /** Replaces the line "  year: 2024\n" of plan.yaml. */
  header: string;
  /** Appended to the target (indented 4). */
  target: string;
  /** Every term-plan diagnostic: reason @ line:column (file). */
  expected: string[];
}

const CASES: Case[] = [
  { name: 'a yearly plan as on main', header: '  year: 2024\n', target: '', expected: [] },
  { name: 'a term plan, targets without over', header: TERM, target: '', expected: [] },
  { name: 'a yearly target of the term with per-year figures', header: TERM, target: '    over: year\n    years:\n      - { year: 2021, value: 90 }\n      - { year: 2025, value: 96 }\n', expected: [] },
  { name: 'a term target', header: TERM, target: '    over: term\n', expected: [] },
  { name: 'neither year nor term', header: '', target: '', expected: ['no-year @ plan.yaml:2:3'] },
  { name: 'both year and term', header: '  year: 2024\n' + TERM, target: '', expected: ['year-and-term @ plan.yaml:8:9'] },
  { name: 'a reversed term', header: '  term: { start: 2025, end: 2021 }\n', target: '', expected: ['term-reversed @ plan.yaml:8:29'] },
  { name: 'over in a yearly plan', header: '  year: 2024\n', target: '    over: year\n', expected: ['over-without-term @ targets.yaml:12:11'] },
  { name: 'over beside a named period', header: TERM + '  periods:\n    - { id: nam-hoc, name: năm học 2024-2025, start: 2024-09-05, end: 2025-05-31 }\n', target: '    over: term\n    period: nam-hoc\n', expected: ['over-with-period @ targets.yaml:12:11'] },
  { name: 'per-year figures on a term target', header: TERM, target: '    over: term\n    years: [{ year: 2022, value: 90 }]\n', expected: ['years-not-yearly @ targets.yaml:13:12'] },
  { name: 'per-year figures in a yearly plan', header: '  year: 2024\n', target: '    years: [{ year: 2024, value: 90 }]\n', expected: ['years-not-yearly @ targets.yaml:12:12'] },
  { name: 'a year outside the term', header: TERM, target: '    over: year\n    years:\n      - { year: 2020, value: 90 }\n      - { year: 2026, value: 96 }\n', expected: ['year-outside-term @ targets.yaml:14:17', 'year-outside-term @ targets.yaml:15:17'] },
  { name: 'a year written twice', header: TERM, target: '    over: year\n    years:\n      - { year: 2022, value: 90 }\n      - { year: 2022, value: 91 }\n', expected: ['year-duplicate @ targets.yaml:15:17'] },
];

function termDiagnostics(c: Case) {
  const dir = writePlan({
    ...base,
    'plan.yaml': base['plan.yaml']!.replace('  year: 2024\n', c.header),
    'targets.yaml': base['targets.yaml']! + c.target,
  });
  const r = validatePlan(dir, { cwd: dir, asOf: '2024-07-01' });
  return { r, found: r.all.filter((d) => d.code === 'term-plan') };
}

describe('plan validate on term plans (table of cases)', () => {
  it.each(CASES)('$name', (c) => {
    const { r, found } = termDiagnostics(c);
    expect(found.map((d) => `${String(d.params.reason)} @ ${d.location.file}:${d.location.line}:${d.location.column}`)).toEqual(c.expected);
    // Nothing else is wrong with these plans.
    expect(r.all.filter((d) => d.severity === 'error' && d.code !== 'term-plan')).toEqual([]);
  });

  it('says it in Vietnamese, at the year, with the term and the way out', async () => {
    const c = CASES.find((x) => x.name === 'a year outside the term')!;
    const dir = writePlan({ ...base, 'plan.yaml': base['plan.yaml']!.replace('  year: 2024\n', c.header), 'targets.yaml': base['targets.yaml']! + c.target });
    const res = await runCli(['validate', '--as-of', '2024-07-01', '--no-color', dir], { cwd: dir });
    expect(res.code).toBe(1);
    const text = res.stdout + res.stderr;
    expect(text).toContain('targets.yaml:14:17: lỗi[term-plan]: Năm 2020 của chỉ tiêu "bhyt" nằm ngoài nhiệm kỳ 2021-2025.');
    expect(text).toContain('lỗi[term-plan]: Năm 2020 của chỉ tiêu "bhyt" nằm ngoài nhiệm kỳ 2021-2025.');
    expect(text).toContain('gợi ý: Sửa năm cho nằm trong 2021-2025, hoặc sửa "term".');
  });

  it('a term plan takes dates across the term, and not after it', () => {
    const dir = writePlan({
      ...base,
      'plan.yaml': base['plan.yaml']!.replace('  year: 2024\n', TERM),
      'tasks.yaml': base['tasks.yaml']! + '    due: 2025-06-30\n',
      'progress/bhyt.yaml': 'entries:\n  - { target: bhyt, date: 2021-12-14, value: 91 }\n  - { target: bhyt, date: 2026-01-05, value: 97 }\n',
    });
    const r = validatePlan(dir, { cwd: dir, asOf: '2026-06-01' });
    expect(r.all.filter((d) => d.code === 'date-outside-plan').map((d) => [d.location.file, d.location.line, d.params.date, d.params.end])).toEqual([['progress/bhyt.yaml', 3, '2026-01-05', '2025-12-31']]);
  });

  it('the editor schema asks for year or term, one of them', () => {
    const plan = (planJsonSchema().properties as Record<string, { required: string[]; oneOf: unknown; properties: Record<string, unknown> }>).plan!;
    expect(plan.required).not.toContain('year');
    expect(plan.oneOf).toEqual([{ required: ['year'] }, { required: ['term'] }]);
    expect(Object.keys((plan.properties.term as { properties: object }).properties)).toEqual(['start', 'end', 'name']);
  });
});
