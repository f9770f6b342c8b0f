import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../src/check/validate-plan.js';
import { buildStatusReport } from '../../src/report/status-report.js';
import { minimalPlan, writePlan } from '../helpers/plan-fixture.js';
import { TERM_TARGETS, targetsYaml, termPlan } from '../helpers/term-plan.js';

/**
 * How `plan status` judges a term plan's targets (docs/format.md "Kế hoạch nhiệm kỳ"), as a table of
 * cases: target and as-of date (and --period) → every cell that depends on the term: the span
 * (over, year), the window, the plan figure, the expected-so-far figure (pace), the verdict, closed.
 * The plan: term 2021-2025 under Nghị định 09/2019 (a year runs 15/12 to 14/12). Figures worked out
 * by hand in the comments.
 */
const base = minimalPlan();
const TARGETS = targetsYaml(TERM_TARGETS);
const ENTRIES = `illustrative: true
entries:
  - { target: bhyt, date: 2022-12-01, value: 91 }
  - { target: bhyt, date: 2023-12-01, value: 91.5 }
  - { target: thu-nhap, date: 2023-12-01, value: 50 }
  - { target: thu-nhap, date: 2025-12-01, value: 61 }
  - { target: von-dau-tu, date: 2023-06-30, value: 2300 }
  - { target: gia-tri-san-xuat, date: 2022-12-01, value: 130 }
  - { target: gia-tri-san-xuat, date: 2023-12-01, value: 150 }
`;

interface Case {
  id: string;
  asOf: string;
  period?: string;
  /** over/year · window · planned · expected · verdict · closed */
  cells: string;
}

const CASES: Case[] = [
  // A yearly target: the year of as-of; its own figure for 2023 (92) replaces 90.
  { id: 'bhyt', asOf: '2022-12-14', cells: 'year/2022 · 2021-12-15..2022-12-14 · 90 · - · exceeded · closed' },
  { id: 'bhyt', asOf: '2023-12-14', cells: 'year/2023 · 2022-12-15..2023-12-14 · 92 · - · missed · closed' },
  { id: 'bhyt', asOf: '2023-06-14', cells: 'year/2023 · 2022-12-15..2023-12-14 · 92 · - · no-data · open' },
  // --period names the year; as-of is its end.
  { id: 'bhyt', asOf: '2025-01-01', period: '2022', cells: 'year/2022 · 2021-12-15..2022-12-14 · 90 · - · exceeded · closed' },
  // Before the term: its first year; after it: its last.
  { id: 'bhyt', asOf: '2020-12-20', cells: 'year/2021 · 2020-12-15..2021-12-14 · 90 · - · no-data · open' },
  { id: 'bhyt', asOf: '2026-03-01', cells: 'year/2025 · 2024-12-15..2025-12-14 · 90 · - · no-data · closed' },
  // A term target (over not written): the whole term, from 15/12/2020 to 14/12/2025; not yet until then.
  { id: 'thu-nhap', asOf: '2023-12-14', cells: 'term · 2020-12-15..2025-12-14 · 60 · - · not-yet · open' },
  { id: 'thu-nhap', asOf: '2025-12-14', cells: 'term · 2020-12-15..2025-12-14 · 60 · - · exceeded · closed' },
  { id: 'thu-nhap', asOf: '2025-06-14', period: '2025-H1', cells: 'term · 2020-12-15..2025-12-14 · 60 · - · not-yet · open' },
  // A term total, accrued from 01/01/2021 to 31/12/2025 (1.826 days), evenly: by 30/06/2023 (day 911),
  // 5.000 × 911/1.826 = 2.494,52 are expected; 2.300 is behind the pace, not yet the total.
  { id: 'von-dau-tu', asOf: '2023-06-30', cells: 'term · 2020-12-15..2025-12-14 · 5000 · 2494.52 · not-yet · open' },
  // A yearly average change: judged each year, compounded from 2020: 2022 → 100 × 1,16² = 134,56;
  // 2023 → 100 × 1,16³ = 156,09.
  { id: 'gia-tri-san-xuat', asOf: '2022-12-14', cells: 'year/2022 · 2021-12-15..2022-12-14 · 134.56 · - · missed · closed' },
  { id: 'gia-tri-san-xuat', asOf: '2023-12-14', cells: 'year/2023 · 2022-12-15..2023-12-14 · 156.09 · - · missed · closed' },
];

const r2 = (v: number | null | undefined) => (v === null || v === undefined ? '-' : String(Math.round(v * 100) / 100));

describe('plan status on a term plan (table of cases)', () => {
  const plan = termPlan(TARGETS, ENTRIES, { name: 'giai đoạn 2021-2025', issued: '2021-01-19' });
  it.each(CASES)('$id as of $asOf $period', (c) => {
    const report = buildStatusReport(plan, { asOf: c.asOf, convention: 'nd-09-2019', ...(c.period ? { period: c.period } : {}) });
    const row = report.targets.find((x) => x.id === c.id)!;
    const span = row.term === null ? 'none' : row.term.over === 'year' ? `year/${row.term.year}` : 'term';
    const cells = [span, `${row.window.start}..${row.window.end}`, r2(row.planned.reference), r2(row.pace?.expected), row.verdict, row.closed ? 'closed' : 'open'].join(' · ');
    expect(cells).toBe(c.cells);
  });

  it('the report carries the term and the year judged; a yearly plan carries neither', () => {
    expect(buildStatusReport(plan, { asOf: '2023-12-14', convention: 'nd-09-2019' }).term).toEqual({ start: 2021, end: 2025, name: 'giai đoạn 2021-2025', year: 2023, whole: false });
    const yearly = validatePlan(writePlan(base), { cwd: '/', asOf: '2024-07-01' }).plan!;
    const report = buildStatusReport(yearly, { asOf: '2024-06-14', convention: 'nd-09-2019' });
    expect(report.term).toBeNull();
    expect(report.targets.map((x) => x.term)).toEqual([null]);
  });

  it('the pace with a monthly profile repeats every year of a term total', async () => {
    const { paceShare } = await import('../../src/report/pace.js');
    const monthly = { monthly: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] };
    // Two whole years of five, then none of the third: 2/5.
    expect(paceShare(monthly, { start: '2021-01-01', end: '2025-12-31' }, '2022-12-31')).toBeCloseTo(0.4, 9);
    // One year: as before.
    expect(paceShare(monthly, { start: '2024-01-01', end: '2024-12-31' }, '2024-06-30')).toBeCloseTo(0.5, 9);
  });
});
