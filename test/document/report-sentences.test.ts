import { describe, expect, it } from 'vitest';
import { targetSentence } from '../../src/document/report-sentences.js';
import type { Comparison } from '../../src/model/comparison.js';
import type { ProgressEntry } from '../../src/model/progress-entry.js';
import type { Target } from '../../src/model/target.js';
import { runsText } from '../../src/render/document-value-text.js';
import { buildStatusReport } from '../../src/report/status-report.js';
import { figure, plan, target } from '../report/fixtures.js';

/**
 * Each target's sentence in part I of the báo cáo (domain.md §4, docs/quy-tac-danh-gia.md), as a
 * table: the target, its figures and the report date → the whole sentence. Figures are worked by
 * hand in the comments; the sentence goes through the report core (buildStatusReport), as in `plan report`.
 * Calendar convention, plan year 2024; "open" is as of 30/06/2024, "closed" as of 31/12/2024.
 */
type Case = [label: string, comparison: Comparison, over: Partial<Target>, entries: ProgressEntry[], asOf: string, sentence: string];

const budget: Partial<Target> = { name: 'Thu ngân sách Nhà nước', unit: 'triệu đồng', accrual: 'sum' };
const nearPoor: Partial<Target> = { name: 'Số hộ cận nghèo', unit: 'hộ', direction: 'lower', baseline: { value: 14 } };
const bhyt: Partial<Target> = { name: 'Tỷ lệ tham gia bảo hiểm y tế', unit: '%' };
const stunting: Partial<Target> = { name: 'Tỷ lệ trẻ suy dinh dưỡng thấp còi', unit: '%', direction: 'lower' };
const giam2: Comparison = { kind: 'change', direction: 'decrease', as: 'count', amount: 2 };
const OPEN = '2024-06-30';
const CLOSED = '2024-12-31';

const CASES: Case[] = [
  // 3.310 ÷ 6.500 = 50,92 %.
  ['a sum against the budget, mid-year', { kind: 'assigned', value: 6500 }, budget, [figure('2024-06-14', 3310)], OPEN,
    'Thu ngân sách Nhà nước đạt 3.310 triệu đồng, đạt 50,9% dự toán; chưa đạt kế hoạch.'],
  ['"ước đạt" only when the figure that counts is an estimate', { kind: 'assigned', value: 6500 }, budget, [figure('2024-06-14', 3310, { estimate: true })], OPEN,
    'Thu ngân sách Nhà nước ước đạt 3.310 triệu đồng, đạt 50,9% dự toán; chưa đạt kế hoạch.'],
  // 6.790 ÷ 6.500 = 104,46 %; closed: beats the plan by more than the shown precision.
  ['a sum, closed year, above plan', { kind: 'assigned', value: 6500 }, budget, [figure('2024-12-14', 6790)], CLOSED,
    'Thu ngân sách Nhà nước đạt 6.790 triệu đồng, đạt 104,5% dự toán; vượt kế hoạch.'],
  ['a rate below a strict bound, mid-year', { kind: 'above', value: 95 }, bhyt, [figure('2024-06-14', 93.4)], OPEN,
    'Tỷ lệ tham gia bảo hiểm y tế đạt 93,4% (kế hoạch trên 95%); chưa đạt kế hoạch.'],
  // 93,4 − 92,1 = 1,3 points on the same half a year before (a rate changes in points, domain.md §3).
  ['a rate beside the same period last year, in points', { kind: 'above', value: 95 }, bhyt, [figure('2023-06-14', 92.1), figure('2024-06-14', 93.4)], OPEN,
    'Tỷ lệ tham gia bảo hiểm y tế đạt 93,4% (kế hoạch trên 95%), tăng 1,3 điểm phần trăm so với cùng kỳ; chưa đạt kế hoạch.'],
  ['a lower-is-better level "còn"', { kind: 'below', value: 11.16 }, stunting, [figure('2024-06-14', 11.52)], OPEN,
    'Tỷ lệ trẻ suy dinh dưỡng thấp còi còn 11,52% (kế hoạch dưới 11,16%); chưa đạt kế hoạch.'],
  ['a lower-is-better level met at the year end', { kind: 'below', value: 11.16 }, stunting, [figure('2024-12-10', 10.9)], CLOSED,
    'Tỷ lệ trẻ suy dinh dưỡng thấp còi còn 10,9% (kế hoạch dưới 11,16%); vượt kế hoạch.'],
  // 14 → 13: down 1 of the 2 planned = 50 % of the change.
  ['a decrease by a count, half done', giam2, nearPoor, [figure('2024-06-14', 13)], OPEN,
    'Số hộ cận nghèo còn 13 hộ, giảm được 1 hộ (kế hoạch giảm 2 hộ), đạt 50% kế hoạch; chưa đạt kế hoạch.'],
  // 14 → 12: the 2 planned, 100 %.
  ['a decrease by a count, done at the year end', giam2, nearPoor, [figure('2024-12-10', 12)], CLOSED,
    'Số hộ cận nghèo còn 12 hộ, giảm được 2 hộ (kế hoạch giảm 2 hộ), đạt 100% kế hoạch; đạt kế hoạch.'],
  // 14 → 15: the wrong way; "tăng 1 hộ", no "được".
  ['a decrease that went the other way', giam2, nearPoor, [figure('2024-12-10', 15)], CLOSED,
    'Số hộ cận nghèo còn 15 hộ, tăng 1 hộ (kế hoạch giảm 2 hộ); không đạt kế hoạch.'],
  ['no figure yet', { kind: 'at-least', value: 90 }, { name: 'Tỷ lệ hộ gia đình văn hóa' }, [], OPEN, 'Tỷ lệ hộ gia đình văn hóa: chưa có số liệu.'],
  ['a figure assigned later, not given yet', { kind: 'assigned' }, { name: 'Số công dân nhập ngũ', unit: 'người' }, [figure('2024-02-26', 9)], OPEN,
    'Số công dân nhập ngũ đạt 9 người; chưa có chỉ tiêu giao.'],
];

describe('the sentence of a target (part I of the báo cáo)', () => {
  it.each(CASES)('%s', (_label, comparison, over, entries, asOf, sentence) => {
    const p = plan([], { targets: [target(comparison, { section: 'II.1', ...over })], entries });
    const report = buildStatusReport(p, { asOf, convention: 'calendar', ...(asOf === OPEN ? { period: '2024-H1' } : { period: '2024' }) });
    expect(runsText(targetSentence(report.targets[0]!), 'vi')).toBe(sentence);
  });
});

describe('one figure against two plans (domain.md §4: "đạt 121% dự toán tỉnh giao, 111% dự toán phường giao")', () => {
  const twoPlans: Partial<Target> = { ...budget, figures: [{ source: 'hdnd', label: 'dự toán phường giao', value: 7000 }] };
  // 6.790 ÷ 6.500 = 104,46 %; 6.790 ÷ 7.000 = 97,0 %.
  const CASES: [label: string, against: string | undefined, sentence: string][] = [
    ['the plan\'s own figure first, the council\'s beside it', undefined, 'Thu ngân sách Nhà nước đạt 6.790 triệu đồng, đạt 104,5% dự toán, 97% dự toán phường giao; vượt kế hoạch.'],
    ['--against hdnd: judged on the council\'s figure, named by its label', 'hdnd', 'Thu ngân sách Nhà nước đạt 6.790 triệu đồng, đạt 97% dự toán phường giao, 104,5% dự toán; không đạt kế hoạch.'],
  ];
  it.each(CASES)('%s', (_label, against, sentence) => {
    const p = plan([], { targets: [target({ kind: 'assigned', value: 6500 }, { section: 'II.1', ...twoPlans })], entries: [figure('2024-12-14', 6790)] });
    const report = buildStatusReport(p, { asOf: CLOSED, convention: 'calendar', period: '2024', ...(against === undefined ? {} : { against }) });
    expect(runsText(targetSentence(report.targets[0]!), 'vi')).toBe(sentence);
  });
});
