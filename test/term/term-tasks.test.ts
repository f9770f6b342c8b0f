import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../src/check/validate-plan.js';
import { carryDraft } from '../../src/init/carry-plan.js';
import { findOverdue } from '../../src/report/overdue.js';
import { minimalPlan, writePlan } from '../helpers/plan-fixture.js';

/** A term plan's tasks and its carrying over: what differs from a yearly plan, case by case. */
const base = minimalPlan();

function termPlan(issued: string) {
  const dir = writePlan({
    ...base,
    'plan.yaml': base['plan.yaml']!.replace('  year: 2024\n', '  term: { start: 2021, end: 2025 }\n').replace('  issued: 2024-01-19\n', `  issued: ${issued}\n`),
    'progress/bhyt.yaml': 'entries: []\n',
  });
  const r = validatePlan(dir, { cwd: dir, asOf: '2026-01-01' });
  expect(r.all.filter((d) => d.severity === 'error')).toEqual([]);
  return r.plan!;
}

describe('a term plan\'s monthly task reports every month of every year of the term (Nghị định 09/2019: the month ends on the 14th)', () => {
  it.each([
    // as of → the first period missed, how many (none reported; the plan issued 19/01/2021, so 2021-01, ending 14/01, is before it)
    { asOf: '2021-04-01', cells: '2021-02 · 2' },
    { asOf: '2022-01-20', cells: '2021-02 · 12' },
    { asOf: '2025-12-20', cells: '2021-02 · 59' },
    { asOf: '2027-01-01', cells: '2021-02 · 59' },
  ])('as of $asOf', ({ asOf, cells }) => {
    const items = findOverdue(termPlan('2021-01-19'), [], { asOf });
    const kt = items.find((i) => i.id === 'kt-01')!;
    expect(`${kt.period} · ${kt.missed}`).toBe(cells);
  });
});

describe('plan init --from a term plan', () => {
  it('makes the plan of the year after the term, without the term\'s spans, and it validates', () => {
    const old = validatePlan(resolve(import.meta.dirname, 'son-lang'), { cwd: '/', asOf: '2026-01-05' }).plan!;
    const draft = carryDraft(old, { year: 2026, from: 'plans/2021-2025' });
    expect(draft.plan.year).toBe(2026);
    expect(draft.plan.term).toBeUndefined();
    expect(draft.targets.filter((t) => t.over !== undefined || t.years !== undefined || t.assumed?.over !== undefined)).toEqual([]);
    expect(draft.targets).toHaveLength(old.targets.length);
  });
});
