import { describe, it, expect } from 'vitest';
import type { Comparison } from '../../src/model/comparison.js';
import type { Target } from '../../src/model/target.js';
import { evaluateTarget, summarize, type EvaluationContext, type Verdict } from '../../src/report/variance.js';
import { figure, target } from './fixtures.js';

const year = { start: '2024-01-01', end: '2024-12-31' };
const closed: EvaluationContext = { asOf: '2024-12-31', window: year };
const open: EvaluationContext = { asOf: '2024-06-30', window: year };

function verdictOf(t: Target, value: number, ctx: EvaluationContext = closed): Verdict {
  return evaluateTarget(t, [figure('2024-06-30', value)], ctx).verdict;
}

function table(comparison: Comparison, over: Partial<Target>, rows: [number, Verdict][], ctx: EvaluationContext = closed) {
  const t = target(comparison, over);
  for (const [value, verdict] of rows) expect([value, verdictOf(t, value, ctx)]).toEqual([value, verdict]);
}

describe('bounds: at-least, above, at-most, below, exactly', () => {
  it('at-least 95 ("đạt 95%"): met at 95, exceeded above, missed below once closed', () => {
    table({ kind: 'at-least', value: 95 }, {}, [
      [95, 'met'],
      [96, 'exceeded'],
      [94.9, 'missed'],
    ]);
    expect(verdictOf(target({ kind: 'at-least', value: 95 }), 94.9, open)).toBe('not-yet');
  });

  it('above 95 ("trên 95%"): 95 is not enough; "Vượt" by the one rule (beats 95 by more than 0,01)', () => {
    table({ kind: 'above', value: 95 }, {}, [
      [95, 'missed'],
      [95.01, 'met'],
      [99, 'exceeded'],
    ]);
  });

  it('at-most 2 ("không quá 2 vụ", lower is better): mirrored', () => {
    table({ kind: 'at-most', value: 2 }, { direction: 'lower', unit: 'vụ' }, [
      [2, 'met'],
      [1, 'exceeded'],
      [3, 'missed'],
    ]);
    expect(verdictOf(target({ kind: 'at-most', value: 2 }, { direction: 'lower' }), 3, open)).toBe('not-yet');
  });

  it('at-most 0 ("không còn hộ nghèo"): 0 is met', () => {
    table({ kind: 'at-most', value: 0 }, { direction: 'lower', unit: 'hộ' }, [
      [0, 'met'],
      [1, 'missed'],
    ]);
  });

  it('below 11,16% (lower is better): 11,16 itself is missed, just under is met, well under exceeded', () => {
    table({ kind: 'below', value: 11.16 }, { direction: 'lower' }, [
      [11.16, 'missed'],
      [11.15, 'met'],
      [5, 'exceeded'],
      [12, 'missed'],
    ]);
  });

  it('exactly 100: met only at 100 (within 1e-9), never exceeded', () => {
    table({ kind: 'exactly', value: 100 }, {}, [
      [100, 'met'],
      [100 + 1e-12, 'met'],
      [100.001, 'missed'],
      [99.999, 'missed'],
    ]);
  });
});

describe('maintain and range', () => {
  it('maintain 5/52 (higher): no worse is met, better is exceeded', () => {
    const c: Comparison = { kind: 'maintain', value: 5, outOf: 52 };
    table(c, { unit: 'tiêu chí' }, [
      [5, 'met'],
      [6, 'exceeded'],
      [4, 'missed'],
    ]);
    expect(evaluateTarget(target(c), [], closed).planned).toMatchObject({ reference: 5, outOf: 52 });
  });

  it('maintain with lower is better', () => {
    table({ kind: 'maintain', value: 3 }, { direction: 'lower' }, [
      [3, 'met'],
      [2, 'exceeded'],
      [4, 'missed'],
    ]);
  });

  it('range 30-35 (higher): met inside, exceeded beyond max; reference is min', () => {
    const c: Comparison = { kind: 'range', min: 30, max: 35 };
    table(c, { unit: 'dự án' }, [
      [29, 'missed'],
      [30, 'met'],
      [35, 'met'],
      [36, 'exceeded'],
    ]);
    const r = evaluateTarget(target(c), [figure('2024-06-30', 33)], closed);
    expect(r.planned).toMatchObject({ reference: 30, span: { low: 30, high: 35 } });
    expect(r.ratio).toBeCloseTo(110, 9);
  });

  it('range 2-4 (lower): reference is max, exceeded below min', () => {
    const c: Comparison = { kind: 'range', min: 2, max: 4 };
    table(c, { direction: 'lower' }, [
      [5, 'missed'],
      [4, 'met'],
      [2, 'met'],
      [1, 'exceeded'],
    ]);
    expect(evaluateTarget(target(c, { direction: 'lower' }), [], closed).planned.reference).toBe(4);
  });
});

describe('change', () => {
  const giam2: Comparison = { kind: 'change', direction: 'decrease', as: 'count', amount: 2 };

  it('decrease by a count ("Giảm 02 hộ cận nghèo"): baseline - amount', () => {
    const over: Partial<Target> = { direction: 'lower', unit: 'hộ', baseline: { value: 20 } };
    table(giam2, over, [
      [18, 'met'],
      [17, 'exceeded'],
      [19, 'missed'],
    ]);
    const r = evaluateTarget(target(giam2, over), [figure('2024-12-31', 17)], closed);
    expect(r.planned).toMatchObject({ reference: 18, base: 20, missing: null });
    expect(r.variance).toBe(1);
  });

  it('without a baseline: no-target, even with a figure', () => {
    const r = evaluateTarget(target(giam2, { direction: 'lower' }), [figure('2024-12-31', 17)], closed);
    expect(r).toMatchObject({ verdict: 'no-target', actual: 17, ratio: null, variance: null });
    expect(r.planned).toMatchObject({ reference: null, missing: 'baseline' });
  });

  it("without a declared baseline: last year's final figure (the end of the previous window), and says so", () => {
    const entries = [figure('2023-06-30', 25), figure('2023-12-31', 20), figure('2024-12-31', 18)];
    const r = evaluateTarget(target(giam2, { direction: 'lower' }), entries, { ...closed, period: '2024' });
    expect(r).toMatchObject({ verdict: 'met', baseline: { value: 20, from: 'last-year', date: '2023-12-31' } });
    expect(r.planned.reference).toBe(18);
  });

  it('increase by a percent: baseline × (1 + amount/100)', () => {
    const c: Comparison = { kind: 'change', direction: 'increase', as: 'percent', amount: 5 };
    const over: Partial<Target> = { unit: 'triệu đồng', baseline: { value: 200 } };
    table(c, over, [
      [210, 'met'],
      [209, 'missed'],
      [211, 'exceeded'],
    ]);
  });

  it('decrease by a percent', () => {
    const c: Comparison = { kind: 'change', direction: 'decrease', as: 'percent', amount: 10 };
    const t = target(c, { direction: 'lower', baseline: { value: 50 } });
    expect(evaluateTarget(t, [], closed).planned.reference).toBeCloseTo(45, 9);
    expect(verdictOf(t, 45)).toBe('met');
    expect(verdictOf(t, 46)).toBe('missed');
  });

  it('a span ("tăng 3-5%"): met from the low end, exceeded only beyond amountMax', () => {
    const c: Comparison = { kind: 'change', direction: 'increase', as: 'percent', amount: 3, amountMax: 5 };
    const over: Partial<Target> = { baseline: { value: 100 } };
    table(c, over, [
      [102, 'missed'],
      [103, 'met'],
      [105, 'met'],
      [105.5, 'exceeded'],
    ]);
    const p = evaluateTarget(target(c, over), [], closed).planned;
    expect(p.reference).toBeCloseTo(103, 9);
    expect(p.span?.low).toBeCloseTo(103, 9);
    expect(p.span?.high).toBeCloseTo(105, 9);
  });

  it('relativeTo binding on the binding comparison itself has no reference', () => {
    const c: Comparison = { kind: 'change', direction: 'increase', as: 'percent', amount: 3, relativeTo: 'binding' };
    const r = evaluateTarget(target(c, { baseline: { value: 100 } }), [figure('2024-12-31', 200)], closed);
    expect(r.verdict).toBe('no-target');
    expect(r.planned.missing).toBe('binding-reference');
  });
});

describe('assigned and stretch', () => {
  const thu = (value?: number): Target =>
    target(value === undefined ? { kind: 'assigned' } : { kind: 'assigned', value }, {
      unit: 'triệu đồng',
      stretch: { kind: 'change', direction: 'increase', as: 'percent', amount: 3, amountMax: 5, relativeTo: 'binding' },
    });

  it('assigned with a value: judged against it; stretch "vượt 3-5% so với chỉ tiêu giao" relative to it', () => {
    const met = evaluateTarget(thu(6945), [figure('2024-12-31', 7200)], closed);
    expect(met.verdict).toBe('exceeded');
    expect(met.planned.reference).toBe(6945);
    expect(met.stretch?.verdict).toBe('met');
    expect(met.stretch?.planned.reference).toBeCloseTo(7153.35, 6);
    expect(met.stretch?.planned.base).toBe(6945);

    // With a stretch declared, "Vượt" needs the stretch met.
    const notMet = evaluateTarget(thu(6945), [figure('2024-12-31', 7000)], closed);
    expect(notMet.verdict).toBe('met');
    expect(notMet.stretch?.verdict).toBe('missed');

    const beyond = evaluateTarget(thu(6945), [figure('2024-12-31', 7300)], closed);
    expect(beyond.stretch?.verdict).toBe('exceeded');

    expect(evaluateTarget(thu(6945), [figure('2024-12-31', 6945)], closed).verdict).toBe('met');
    expect(evaluateTarget(thu(6945), [figure('2024-12-31', 6021.447)], closed)).toMatchObject({ verdict: 'missed' });
  });

  it('assigned without a value: no-target for both, even with a figure', () => {
    const r = evaluateTarget(thu(), [figure('2024-12-31', 7200)], closed);
    expect(r).toMatchObject({ verdict: 'no-target', actual: 7200, ratio: null });
    expect(r.planned.missing).toBe('assigned-value');
    expect(r.stretch?.verdict).toBe('no-target');
    expect(r.stretch?.planned.missing).toBe('binding-reference');
  });

  it('assigned with lower is better', () => {
    table({ kind: 'assigned', value: 10 }, { direction: 'lower' }, [
      [10, 'met'],
      [9, 'exceeded'],
      [11, 'missed'],
    ]);
  });

  it('stretch judged separately: binding met, stretch not met (open: not-yet; closed: missed)', () => {
    const t = target({ kind: 'at-least', value: 95 }, { stretch: { kind: 'at-least', value: 97 } });
    const e = [figure('2024-06-30', 96)];
    expect(evaluateTarget(t, e, closed)).toMatchObject({ verdict: 'met', final: true, stretch: { verdict: 'missed' } });
    expect(evaluateTarget(t, e, open)).toMatchObject({ verdict: 'met', final: false, stretch: { verdict: 'not-yet' } });
    expect(evaluateTarget(t, [figure('2024-06-30', 97)], closed)).toMatchObject({ verdict: 'exceeded', stretch: { verdict: 'met' } });
    expect(evaluateTarget(target({ kind: 'at-least', value: 95 }), e, closed).stretch).toBeNull();
  });
});

describe('sum accrual: judged on the year figure, pace on its own', () => {
  // 2024 has 366 days; as of 30/06 182 have elapsed.
  const thu = target({ kind: 'at-least', value: 3660 }, { accrual: 'sum', unit: 'triệu đồng', pace: 'even' });
  const share = 182 / 366;

  it('while open: Chưa đạt below the year figure, whatever the pace; the pace says đạt/chậm tiến độ', () => {
    const r = evaluateTarget(thu, [figure('2024-06-30', 1900)], open);
    expect(r).toMatchObject({ verdict: 'not-yet', final: false, expected: null, pace: { date: '2024-06-30', status: 'on-track' } });
    expect(r.pace!.expected).toBeCloseTo(3660 * share, 9);
    expect(r.variance).toBeCloseTo(1900 - 3660, 9);
    expect(r.ratio).toBeCloseTo((1900 / 3660) * 100, 9);
    expect(evaluateTarget(thu, [figure('2024-06-30', 1500)], open).pace?.status).toBe('behind');
    // Reached the year's figure already: Đạt, provisional (a one-off done), never Vượt while open.
    expect(evaluateTarget(thu, [figure('2024-06-30', 4000)], open)).toMatchObject({ verdict: 'met', final: false });
  });

  it('pace is measured at the figure date, not at asOf', () => {
    const r = evaluateTarget(thu, [figure('2024-03-31', 900)], open);
    expect(r.pace).toMatchObject({ date: '2024-03-31' });
    expect(r.pace!.expected).toBeCloseTo((3660 * 91) / 366, 9);
  });

  it('no pace without a profile, for a level, or for lower-is-better sums', () => {
    expect(evaluateTarget({ ...thu, pace: undefined }, [figure('2024-06-30', 1900)], open).pace).toBeNull();
    expect(evaluateTarget(target({ kind: 'at-least', value: 95 }, { pace: 'even' }), [figure('2024-06-30', 60)], open).pace).toBeNull();
  });

  it('judges against the full figure once the window has closed (asOf = end or later)', () => {
    const e = [figure('2024-06-30', 1900)];
    expect(evaluateTarget(thu, e, closed)).toMatchObject({ verdict: 'missed', final: true, expected: null });
    expect(evaluateTarget(thu, e, { ...closed, asOf: '2025-02-01' }).verdict).toBe('missed');
    expect(evaluateTarget(thu, [figure('2024-12-31', 3660)], closed).verdict).toBe('met');
  });

  it('no data: no pace', () => {
    const r = evaluateTarget(thu, [], open);
    expect(r).toMatchObject({ verdict: 'no-data', actual: null, variance: null, ratio: null, pace: null });
  });

  it('a ceiling on a cumulative figure: met while not broken, missed (final) once broken, even while open', () => {
    const vu = target({ kind: 'at-most', value: 2 }, { accrual: 'sum', direction: 'lower', unit: 'vụ' });
    expect(evaluateTarget(vu, [figure('2024-06-30', 3)], open)).toMatchObject({ verdict: 'missed', final: true });
    expect(evaluateTarget(vu, [figure('2024-06-30', 0)], open)).toMatchObject({ verdict: 'met', final: false });
    expect(evaluateTarget(vu, [figure('2024-06-30', 1)], open)).toMatchObject({ verdict: 'met', final: false, ratio: null });
  });

  it('a level above its ceiling in June can come back: Chưa đạt', () => {
    const t = target({ kind: 'at-most', value: 2 }, { direction: 'lower' });
    expect(evaluateTarget(t, [figure('2024-06-30', 3)], open)).toMatchObject({ verdict: 'not-yet', final: false });
  });
});

describe('row contents', () => {
  it('variance is actual − planned, sign as is (not flipped for lower-is-better)', () => {
    expect(evaluateTarget(target({ kind: 'at-least', value: 95 }), [figure('2024-06-30', 93)], closed).variance).toBeCloseTo(-2, 9);
    const lower = target({ kind: 'below', value: 11.16 }, { direction: 'lower' });
    expect(evaluateTarget(lower, [figure('2024-06-30', 10.16)], closed).variance).toBeCloseTo(-1, 9);
    expect(evaluateTarget(lower, [figure('2024-06-30', 12.16)], closed).variance).toBeCloseTo(1, 9);
  });

  it('ratio is null when the reference is 0', () => {
    const r = evaluateTarget(target({ kind: 'at-most', value: 0 }, { direction: 'lower' }), [figure('2024-06-30', 0)], closed);
    expect(r.ratio).toBeNull();
  });

  it('carries id, name, unit, the estimate flag, its date, the entries and cùng kỳ', () => {
    const entries = [
      figure('2023-12-31', 80),
      figure('2024-06-30', 90),
      figure('2024-12-20', 96, { estimate: true }),
      figure('2024-03-01', 1, { target: 'other' }),
    ];
    const r = evaluateTarget(target({ kind: 'at-least', value: 95 }), entries, closed);
    expect(r).toMatchObject({
      id: 't',
      name: 'Tỷ lệ hộ gia đình văn hóa',
      unit: '%',
      actual: 96,
      estimate: true,
      figureDate: '2024-12-20',
      previous: 80,
      verdict: 'exceeded',
    });
    expect(r.ratioToPrevious).toBeCloseTo(120, 9);
    expect(r.entries.map((e) => e.value)).toEqual([90, 96]);
  });

  it('no previous figure: previous and ratioToPrevious are null', () => {
    const r = evaluateTarget(target({ kind: 'at-least', value: 95 }), [figure('2024-06-30', 90)], closed);
    expect(r).toMatchObject({ previous: null, ratioToPrevious: null });
  });
});

describe('summarize', () => {
  it('counts rows by verdict, and achieved = met + exceeded', () => {
    const rows: { verdict: Verdict }[] = ['met', 'met', 'exceeded', 'missed', 'no-data', 'no-target', 'not-yet'].map((v) => ({
      verdict: v as Verdict,
    }));
    expect(summarize(rows)).toEqual({
      total: 7,
      achieved: 3,
      counts: { met: 2, exceeded: 1, 'not-yet': 1, missed: 1, 'no-data': 1, 'no-target': 1, tracked: 0 },
      closed: false,
    });
    expect(summarize([], true)).toEqual({
      total: 0,
      achieved: 0,
      counts: { met: 0, exceeded: 0, 'not-yet': 0, missed: 0, 'no-data': 0, 'no-target': 0, tracked: 0 },
      closed: true,
    });
  });

  it('a tracked figure is counted apart, not among the targets ("8/12 chỉ tiêu đạt" leaves a forecast out)', () => {
    const s = summarize([{ verdict: 'met' }, { verdict: 'tracked' }, { verdict: 'missed' }]);
    expect(s).toMatchObject({ total: 2, achieved: 1 });
    expect(s.counts.tracked).toBe(1);
  });
});
