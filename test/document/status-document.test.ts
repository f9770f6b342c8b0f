import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statusDataDocument } from '../../src/document/build-status-data.js';
import { statusDocument } from '../../src/document/build-status.js';
import { PAGE_LAYOUT, TERMINAL_LAYOUT } from '../../src/document/layout.js';
import type { Block, DataRow, TableBlock, Value } from '../../src/document/document.js';
import { loadPlan } from '../../src/load/load-plan.js';
import { statusOptionsFor } from '../../src/report/report-spec.js';
import { buildStatusReport } from '../../src/report/status-report.js';
import { EXAMPLE_PLANS } from '../helpers/plan-fixture.js';

/** The document built from the shipped plan's status report: typed values, never pre-formatted figures. */
const plan = loadPlan(resolve(EXAMPLE_PLANS, '2024'), resolve(EXAMPLE_PLANS, '..')).plan!;
const noClock = () => {
  throw new Error('the clock was read');
};
const report = (asOf: string) => buildStatusReport(plan, statusOptionsFor(plan, { asOf, calendar: false, filter: {} }, noClock));

const tables = (blocks: readonly Block[]): TableBlock[] => blocks.flatMap((b) => (b.kind === 'table' ? [b] : b.kind === 'alternatives' ? tables(b.wide) : []));
const dataRows = (t: TableBlock): DataRow[] => t.rows.flatMap((r) => (r.kind === 'data' ? [r] : []));
const cell = (t: TableBlock, row: DataRow, id: string): Value => row.cells[t.columns.findIndex((c) => c.id === id)]!;

describe('status document', () => {
  const doc = statusDocument(report('2024-06-14'), { lang: 'vi', layout: PAGE_LAYOUT, overdueLimit: 5 });
  const targets = tables(doc.blocks).find((t) => t.id === 'targets')!;

  it('carries the metadata: plan, as-of, illustrative, language', () => {
    expect(doc.meta).toMatchObject({ report: 'status', asOf: '2024-06-14', period: null, convention: 'nd-09-2019', illustrative: true, lang: 'vi' });
    expect(doc.meta.plans.map((p) => p.symbol)).toEqual(['05/KH-UBND']);
    expect(doc.blocks[0]).toEqual({ kind: 'heading', level: 1, text: 'Kế hoạch 05/KH-UBND: tình hình thực hiện chỉ tiêu', aside: [{ kind: 'text', text: '14/06/2024' }] });
  });

  it('has a section row per field and one data row per target, every cell typed by its column', () => {
    expect(targets.columns.map((c) => c.role)).toEqual(['index', 'name', 'unit', 'plan', 'figure', 'variance', 'ratio', 'ratio', 'text', 'verdict', 'text']);
    expect(targets.columns.map((c) => c.id).slice(8)).toEqual(['pace', 'verdict', 'note']);
    expect(targets.rows.filter((r) => r.kind === 'section').map((r) => (r.kind === 'section' ? r.code : ''))).toEqual(['II.1', 'II.2', 'II.3.1', 'II.3.2']);
    const rows = dataRows(targets);
    expect(rows).toHaveLength(12);
    const allowed: Record<string, Value['kind'][]> = {
      index: ['number'], name: ['text'], unit: ['text'], plan: ['plan'], figure: ['number', 'empty'],
      variance: ['signed', 'empty'], ratio: ['percent', 'empty'], verdict: ['verdict'], text: ['code', 'text', 'empty'],
    };
    for (const r of rows) targets.columns.forEach((c, i) => expect(allowed[c.role]).toContain(r.cells[i]!.kind));
  });

  it('the budget row: figures as numbers, the plan cell with its stretch goal, the pace on its own, the verdict not final', () => {
    const budget = dataRows(targets).find((r) => r.key === 'thu-ngan-sach')!;
    expect(cell(targets, budget, 'actual')).toEqual({ kind: 'number', value: 3310, decimals: 2 });
    const plan = cell(targets, budget, 'plan');
    expect(plan).toMatchObject({ kind: 'plan', text: '6.500', reference: 6500, stretch: { label: 'phấn đấu', text: 'tăng 3–5%' } });
    expect(plan.kind === 'plan' && plan.toDate).toBeUndefined();
    const ratio = cell(targets, budget, 'ratio');
    expect(ratio.kind === 'percent' && ratio.value).toBeCloseTo((3310 / 6500) * 100, 6);
    // The bar's fraction comes from the report row: the share of the year's figure.
    expect(ratio.kind === 'percent' && ratio.progress).toBeCloseTo(3310 / 6500, 6);
    expect(cell(targets, budget, 'pace')).toEqual({ kind: 'code', code: 'on-track', text: 'Đạt' });
    expect(cell(targets, budget, 'verdict')).toEqual({ kind: 'verdict', code: 'not-yet', final: false, text: 'Chưa đạt', stretch: { label: 'phấn đấu', code: 'not-yet', text: 'chưa' } });
  });

  it('a verdict is final once its window has closed', () => {
    for (const r of dataRows(targets)) expect(cell(targets, r, 'verdict')).toMatchObject({ final: false });
    const after = report('2025-01-10');
    const year = statusDocument(after, { lang: 'en', layout: PAGE_LAYOUT, overdueLimit: 0 });
    const t = tables(year.blocks).find((b) => b.id === 'targets')!;
    const finals = dataRows(t).map((r) => (cell(t, r, 'verdict') as { final: boolean }).final);
    expect(finals).toEqual(after.targets.map((r) => r.window.end <= '2025-01-10' && r.verdict !== 'no-data' && r.verdict !== 'no-target'));
    expect(finals.filter(Boolean).length).toBeGreaterThan(6);
    expect(tables(year.blocks).some((b) => b.id === 'overdue')).toBe(false);
  });

  it('the first late tasks: a grouped table on a page, lines on a terminal, with the pointer to the rest and the missed reports', () => {
    const r = report('2025-01-02');
    const late = r.overdue.filter((i) => i.kind === 'deadline');
    expect(late.length).toBe(3);
    const page = tables(statusDocument(r, { lang: 'vi', layout: PAGE_LAYOUT, overdueLimit: 2 }).blocks).find((t) => t.id === 'overdue')!;
    expect(page.frame ?? 'grid').toBe('grid');
    expect(page.rows[0]!.kind).toBe('group');
    expect(dataRows(page)).toHaveLength(2);
    const terminal = statusDocument(r, { lang: 'vi', layout: TERMINAL_LAYOUT, overdueLimit: 2 });
    const lines = tables(terminal.blocks).find((t) => t.id === 'overdue')!;
    expect(lines.frame).toBe('lines');
    // Only tasks past a due date are listed; missed periodic reports get one line by unit.
    expect(dataRows(lines).map((d) => d.key)).toEqual(late.slice(0, 2).map((i) => i.id));
    const more = terminal.blocks.filter((b) => b.kind === 'paragraph' && b.role === 'more').map((b) => (b.kind === 'paragraph' ? b.runs.map((x) => (x.kind === 'text' ? x.text : '')).join('') : ''));
    expect(more[0]).toBe('... và 1 nhiệm vụ khác: plan overdue --as-of 2025-01-02');
    expect(more[1]).toMatch(/^Chậm báo cáo định kỳ: 34 nhiệm vụ \(/);
  });

  it('the window line holds its dates as values', () => {
    const h1 = buildStatusReport(plan, statusOptionsFor(plan, { period: '2024-H1', calendar: false, filter: {} }, noClock));
    const d = statusDocument(h1, { lang: 'vi', layout: PAGE_LAYOUT, overdueLimit: 0 });
    const window = d.blocks.find((b) => b.kind === 'paragraph' && b.role === 'window');
    expect(window?.kind === 'paragraph' && window.runs.filter((r) => r.kind === 'value').map((r) => r.kind === 'value' && r.value)).toEqual([
      { kind: 'date', iso: '2023-12-15' },
      { kind: 'date', iso: '2024-06-14' },
      { kind: 'date', iso: '2024-06-14' },
    ]);
  });
});

describe('status data document (CSV)', () => {
  it('one flat table: no section rows, codes beside words, derived figures rounded as in the JSON', () => {
    const d = statusDataDocument([report('2024-06-14')], 'vi');
    const [t] = tables(d.blocks);
    expect(t!.rows.every((r) => r.kind === 'data')).toBe(true);
    const budget = dataRows(t!).find((r) => r.key === 'thu-ngan-sach')!;
    expect(cell(t!, budget, 'expected')).toEqual({ kind: 'number', value: 2948.0874, decimals: 4 });
    expect(cell(t!, budget, 'verdict-code')).toEqual({ kind: 'code', code: 'not-yet', text: 'Chưa đạt' });
    // Yes and no in the report's language (issue 14: CSV for people), not true/false.
    expect(cell(t!, budget, 'estimate')).toEqual({ kind: 'text', text: 'không' });
  });
});
