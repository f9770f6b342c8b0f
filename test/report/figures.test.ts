import { describe, it, expect } from 'vitest';
import { figureThatCounts, previousFigure } from '../../src/report/figures.js';
import { figure } from './fixtures.js';

const year = { start: '2024-01-01', end: '2024-12-31' };

describe('figureThatCounts', () => {
  it('takes the latest figure dated in [window.start, asOf]', () => {
    const entries = [figure('2024-03-31', 80), figure('2024-06-30', 90), figure('2024-09-30', 94)];
    const c = figureThatCounts('t', entries, { asOf: '2024-07-15', window: year });
    expect(c.value).toBe(90);
    expect(c.estimate).toBe(false);
    expect(c.considered.map((e) => e.value)).toEqual([80, 90]);
  });

  it('counts a figure dated on asOf (a date means the end of that day)', () => {
    const c = figureThatCounts('t', [figure('2024-06-30', 90)], { asOf: '2024-06-30', window: year });
    expect(c.value).toBe(90);
  });

  it('ignores figures before the window, other targets, and entries without a value', () => {
    const entries = [
      figure('2023-12-31', 70),
      figure('2024-02-01', 60, { target: 'other' }),
      { target: 't', date: '2024-03-01', note: 'chưa có số' },
    ];
    const c = figureThatCounts('t', entries, { asOf: '2024-12-31', window: year });
    expect(c).toEqual({ entry: null, value: null, estimate: false, considered: [] });
  });

  it('ignores figures after the window end even when asOf is later', () => {
    const c = figureThatCounts('t', [figure('2024-06-10', 50), figure('2024-06-20', 60)], {
      asOf: '2024-12-31',
      window: { start: '2024-03-15', end: '2024-06-14' },
    });
    expect(c.value).toBe(50);
  });

  it('at the same date an actual beats an estimate, whatever the input order', () => {
    const est = figure('2024-12-10', 95, { estimate: true });
    const act = figure('2024-12-10', 93);
    for (const entries of [
      [est, act],
      [act, est],
    ]) {
      const c = figureThatCounts('t', entries, { asOf: '2024-12-31', window: year });
      expect(c.value).toBe(93);
      expect(c.estimate).toBe(false);
    }
  });

  it('an estimate older than a later actual never counts; a later estimate does', () => {
    const entries = [figure('2024-11-30', 96, { estimate: true }), figure('2024-12-05', 92)];
    expect(figureThatCounts('t', entries, { asOf: '2024-12-31', window: year }).value).toBe(92);
    const later = [...entries, figure('2024-12-20', 97, { estimate: true })];
    const c = figureThatCounts('t', later, { asOf: '2024-12-31', window: year });
    expect(c).toMatchObject({ value: 97, estimate: true });
    expect(c.considered).toHaveLength(3);
    // Before the actual existed, the estimate counted.
    expect(figureThatCounts('t', entries, { asOf: '2024-12-01', window: year })).toMatchObject({ value: 96, estimate: true });
  });

  it('same date and kind: later `recorded`, then later in the input wins', () => {
    const a = figure('2024-06-30', 1, { recorded: '2024-07-02' });
    const b = figure('2024-06-30', 2, { recorded: '2024-07-01' });
    expect(figureThatCounts('t', [a, b], { asOf: '2024-12-31', window: year }).value).toBe(1);
    expect(figureThatCounts('t', [figure('2024-06-30', 1), figure('2024-06-30', 2)], { asOf: '2024-12-31', window: year }).value).toBe(2);
  });

  it('sum targets: the latest cumulative figure counts, figures are not added', () => {
    const entries = [figure('2024-03-31', 1000), figure('2024-06-30', 2500)];
    expect(figureThatCounts('t', entries, { asOf: '2024-07-01', window: year }).value).toBe(2500);
  });

  it('an entry tagged with a period counts only when that period ends inside the window', () => {
    const lastYear = figure('2024-01-05', 88, { period: '2023' });
    const march = figure('2024-04-02', 91, { period: '2024-03' });
    const c = figureThatCounts('t', [march, lastYear], { asOf: '2024-04-30', window: year });
    expect(c.value).toBe(91);
    expect(figureThatCounts('t', [lastYear], { asOf: '2024-04-30', window: year }).value).toBeNull();
    // Under nd-09-2019, '2024-12' ends on 2024-12-14, inside the nd-09 year.
    const nd = { start: '2023-12-15', end: '2024-12-14' };
    const dec = figure('2024-12-14', 99, { period: '2024-12' });
    expect(figureThatCounts('t', [dec], { asOf: '2024-12-31', window: nd, convention: 'nd-09-2019' }).value).toBe(99);
  });
});

describe('previousFigure (cùng kỳ)', () => {
  it('finds an entry tagged with the same period one year earlier', () => {
    const entries = [figure('2024-01-10', 85, { period: '2023' }), figure('2024-06-30', 90)];
    const p = previousFigure('t', entries, { asOf: '2024-12-31', window: year, period: '2024' });
    expect(p.value).toBe(85);
  });

  it('finds an untagged entry in the window one year earlier, up to the same point', () => {
    const entries = [figure('2023-06-30', 40), figure('2023-12-31', 80), figure('2024-06-30', 45)];
    expect(previousFigure('t', entries, { asOf: '2024-07-01', window: year }).value).toBe(40);
    expect(previousFigure('t', entries, { asOf: '2024-12-31', window: year }).value).toBe(80);
  });

  it('without a report period, places tagged entries by their date like untagged ones', () => {
    const entries = [figure('2023-06-14', 92.1, { period: '2023-H1' }), figure('2023-12-14', 94.2, { period: '2023' })];
    expect(previousFigure('t', entries, { asOf: '2024-06-14', window: year }).value).toBe(92.1);
    expect(previousFigure('t', entries, { asOf: '2024-12-14', window: year }).value).toBe(94.2);
    expect(previousFigure('t', entries, { asOf: '2024-12-14', window: year, period: '2024-H1' }).value).toBe(92.1);
  });

  it('handles 29 February (the window start moves to 28/02 of the previous year)', () => {
    const w = { start: '2024-02-29', end: '2024-12-31' };
    expect(previousFigure('t', [figure('2023-02-28', 7)], { asOf: '2024-12-31', window: w }).value).toBe(7);
    expect(previousFigure('t', [figure('2023-02-27', 7)], { asOf: '2024-12-31', window: w }).value).toBeNull();
  });
});
