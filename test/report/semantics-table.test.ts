import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/model/comparison.js';
import type { Target } from '../../src/model/target.js';
import { evaluateTarget, type Verdict } from '../../src/report/variance.js';
import { figure, target } from './fixtures.js';

/**
 * The rules of docs/quy-tac-danh-gia.md as one table: comparison kind × direction × accrual × window
 * (open: as of 30/06; closed: as of 31/12) × actual → Kế hoạch (planned), Chênh lệch (variance),
 * Tỷ lệ KH (ratio, null = blank), the ratio's displayed digits, the verdict and whether it is final.
 */
const year = { start: '2024-01-01', end: '2024-12-31' };

type Row = [
  label: string,
  comparison: Comparison,
  over: Partial<Target>,
  window: 'open' | 'closed',
  actual: number,
  planned: number | null,
  variance: number | null,
  ratio: number | null,
  digits: number,
  verdict: Verdict,
  final: boolean,
];

const atLeast90: Comparison = { kind: 'at-least', value: 90 };
const above95: Comparison = { kind: 'above', value: 95 };
const atMost2: Comparison = { kind: 'at-most', value: 2 };
const below1116: Comparison = { kind: 'below', value: 11.16 };
const exactly15: Comparison = { kind: 'exactly', value: 15 };
const maintain5: Comparison = { kind: 'maintain', value: 5, outOf: 52 };
const range30: Comparison = { kind: 'range', min: 30, max: 35 };
const giam2: Comparison = { kind: 'change', direction: 'decrease', as: 'count', amount: 2 };
const tang5: Comparison = { kind: 'change', direction: 'increase', as: 'percent', amount: 5 };
const assigned: Comparison = { kind: 'assigned', value: 6500 };

const lower: Partial<Target> = { direction: 'lower' };
const sum: Partial<Target> = { accrual: 'sum' };
const lowerSum: Partial<Target> = { direction: 'lower', accrual: 'sum' };
const base14: Partial<Target> = { direction: 'lower', baseline: { value: 14 } };
const base200: Partial<Target> = { baseline: { value: 200 } };

const ROWS: Row[] = [
  // at-least, level
  ['≥ 90, closed, 90', atLeast90, {}, 'closed', 90, 90, 0, 100, 1, 'met', true],
  ['≥ 90, closed, 90,01: beats by 0,01 only', atLeast90, {}, 'closed', 90.01, 90, 0.01, 100.0111, 1, 'met', true],
  ['≥ 90, closed, 92,3', atLeast90, {}, 'closed', 92.3, 90, 2.3, 102.5556, 1, 'exceeded', true],
  ['≥ 90, closed, 89,96: ratio shown 99,96, not 100', atLeast90, {}, 'closed', 89.96, 90, -0.04, 99.9556, 2, 'missed', true],
  ['≥ 90, open, 92,3: provisional', atLeast90, {}, 'open', 92.3, 90, 2.3, 102.5556, 1, 'met', false],
  ['≥ 90, open, 88', atLeast90, {}, 'open', 88, 90, -2, 97.7778, 1, 'not-yet', false],
  // above
  ['> 95, closed, 95: 100 % beside Không đạt (the strict bound itself)', above95, {}, 'closed', 95, 95, 0, 100, 1, 'missed', true],
  ['> 95, closed, 95,6', above95, {}, 'closed', 95.6, 95, 0.6, 100.6316, 1, 'exceeded', true],
  ['> 95, closed, 95,01', above95, {}, 'closed', 95.01, 95, 0.01, 100.0105, 1, 'met', true],
  ['> 95, open, 93,4', above95, {}, 'open', 93.4, 95, -1.6, 98.3158, 1, 'not-yet', false],
  // at-most: no ratio
  ['≤ 2 vụ, level, closed, 1', atMost2, lower, 'closed', 1, 2, -1, null, 1, 'exceeded', true],
  ['≤ 2 vụ, level, closed, 2', atMost2, lower, 'closed', 2, 2, 0, null, 1, 'met', true],
  ['≤ 2 vụ, level, open, 3: can come back', atMost2, lower, 'open', 3, 2, 1, null, 1, 'not-yet', false],
  ['≤ 2 vụ, sum, open, 1: ceiling not broken', atMost2, lowerSum, 'open', 1, 2, -1, null, 1, 'met', false],
  ['≤ 2 vụ, sum, open, 3: broken, final', atMost2, lowerSum, 'open', 3, 2, 1, null, 1, 'missed', true],
  ['≤ 2 vụ, sum, closed, 0', atMost2, lowerSum, 'closed', 0, 2, -2, null, 1, 'exceeded', true],
  // below
  ['< 11,16, closed, 11,3', below1116, lower, 'closed', 11.3, 11.16, 0.14, null, 1, 'missed', true],
  ['< 11,16, closed, 11,15', below1116, lower, 'closed', 11.15, 11.16, -0.01, null, 1, 'met', true],
  ['< 11,16, closed, 10', below1116, lower, 'closed', 10, 11.16, -1.16, null, 1, 'exceeded', true],
  ['< 11,16, open, 11,52', below1116, lower, 'open', 11.52, 11.16, 0.36, null, 1, 'not-yet', false],
  // exactly: never Vượt
  ['= 15, sum, open, 15: one-off done', exactly15, sum, 'open', 15, 15, 0, 100, 1, 'met', false],
  ['= 15, sum, open, 9', exactly15, sum, 'open', 9, 15, -6, 60, 1, 'not-yet', false],
  ['= 15, sum, open, 16: past, final; no ratio above 100', exactly15, sum, 'open', 16, 15, 1, null, 1, 'missed', true],
  ['= 15, level, closed, 15', exactly15, {}, 'closed', 15, 15, 0, 100, 1, 'met', true],
  ['= 15, level, closed, 14,996: ratio shown 99,97', exactly15, {}, 'closed', 14.996, 15, -0.004, 99.9733, 2, 'missed', true],
  // maintain
  ['duy trì 5/52, closed, 5', maintain5, {}, 'closed', 5, 5, 0, 100, 1, 'met', true],
  ['duy trì 5/52, closed, 6', maintain5, {}, 'closed', 6, 5, 1, 120, 1, 'exceeded', true],
  ['duy trì 5/52, closed, 4', maintain5, {}, 'closed', 4, 5, -1, 80, 1, 'missed', true],
  // range
  ['30–35, higher, closed, 33', range30, {}, 'closed', 33, 30, 3, 110, 1, 'met', true],
  ['30–35, higher, closed, 36', range30, {}, 'closed', 36, 30, 6, 120, 1, 'exceeded', true],
  ['30–35, higher, closed, 29', range30, {}, 'closed', 29, 30, -1, 96.6667, 1, 'missed', true],
  ['30–35, lower, closed, 34: no ratio', range30, lower, 'closed', 34, 35, -1, null, 1, 'met', true],
  // change by a count: on the change
  ['giảm 2 (14 → 12), closed, 11: giảm được 3, 150 %', giam2, base14, 'closed', 11, 12, 1, 150, 1, 'exceeded', true],
  ['giảm 2, closed, 12', giam2, base14, 'closed', 12, 12, 0, 100, 1, 'met', true],
  ['giảm 2, closed, 13: giảm được 1, 50 %', giam2, base14, 'closed', 13, 12, -1, 50, 1, 'missed', true],
  ['giảm 2, open, 13', giam2, base14, 'open', 13, 12, -1, 50, 1, 'not-yet', false],
  // change by a percent
  ['tăng 5 % (200 → 210), closed, 212: tăng 6 %, 120 %', tang5, base200, 'closed', 212, 210, 1, 120, 1, 'exceeded', true],
  ['tăng 5 %, closed, 209: tăng 4,5 %', tang5, base200, 'closed', 209, 210, -0.5, 90, 1, 'missed', true],
  // assigned, sums
  ['trên giao 6.500, sum, closed, 6.790', assigned, sum, 'closed', 6790, 6500, 290, 104.4615, 1, 'exceeded', true],
  ['trên giao 6.500, sum, open, 3.310: not mixed with pace', assigned, sum, 'open', 3310, 6500, -3190, 50.9231, 1, 'not-yet', false],
  ['trên giao 6.500, sum, open, 6.600: reached', assigned, sum, 'open', 6600, 6500, 100, 101.5385, 1, 'met', false],
  ['trên giao 6.500, sum, closed, 6.499,99: ratio shown 99,9998', assigned, sum, 'closed', 6499.99, 6500, -0.01, 99.9998, 4, 'missed', true],
];

const r4 = (n: number | null) => (n === null ? null : Math.round(n * 1e4) / 1e4);

describe('the variance table, cell by cell (docs/quy-tac-danh-gia.md)', () => {
  for (const [label, c, over, w, actual, planned, variance, ratio, digits, verdict, final] of ROWS) {
    it(label, () => {
      const asOf = w === 'open' ? '2024-06-30' : '2024-12-31';
      const r = evaluateTarget(target(c, over), [figure('2024-06-30', actual)], { asOf, window: year });
      expect({
        planned: r4(r.planned.reference),
        variance: r4(r.variance),
        ratio: r4(r.ratio),
        digits: r.ratioDigits,
        verdict: r.verdict,
        final: r.final,
      }).toEqual({ planned, variance, ratio, digits, verdict, final });
    });
  }

  it('no row pairs an achieved verdict with a displayed ratio below 100, or a missed one with one above 100', () => {
    for (const [, c, over, w, actual] of ROWS) {
      const asOf = w === 'open' ? '2024-06-30' : '2024-12-31';
      const r = evaluateTarget(target(c, over), [figure('2024-06-30', actual)], { asOf, window: year });
      if (r.ratio === null) continue;
      const shown = Math.round(r.ratio * 10 ** r.ratioDigits) / 10 ** r.ratioDigits;
      if (r.verdict === 'met' || r.verdict === 'exceeded') expect(shown).toBeGreaterThanOrEqual(100);
      if (r.verdict === 'not-yet' || r.verdict === 'missed') expect(shown).toBeLessThanOrEqual(100);
    }
  });
});
