import { describe, it, expect } from 'vitest';
import {
  elapsedShare,
  formatPeriodCode,
  parsePeriodCode,
  periodRange,
  PeriodCodeError,
  previousYear,
} from '../../src/report/periods.js';

describe('periodRange, Nghị định 09/2019', () => {
  const nd = (code: string) => periodRange(code, 'nd-09-2019');
  it.each([
    ['2024-06', '2024-05-15', '2024-06-14'],
    ['2024-01', '2023-12-15', '2024-01-14'],
    ['2024-03', '2024-02-15', '2024-03-14'],
    ['2024-12', '2024-11-15', '2024-12-14'],
    ['2024-Q1', '2023-12-15', '2024-03-14'],
    ['2024-Q2', '2024-03-15', '2024-06-14'],
    ['2024-Q3', '2024-06-15', '2024-09-14'],
    ['2024-Q4', '2024-09-15', '2024-12-14'],
    ['2024-H1', '2023-12-15', '2024-06-14'],
    ['2024-H2', '2024-06-15', '2024-12-14'],
    ['2024-9M', '2023-12-15', '2024-09-14'],
    ['2024', '2023-12-15', '2024-12-14'],
    ['2025', '2024-12-15', '2025-12-14'],
  ])('%s -> %s..%s', (code, start, end) => {
    expect(nd(code)).toEqual({ start, end });
  });
});

describe('periodRange, calendar', () => {
  const cal = (code: string) => periodRange(code, 'calendar');
  it.each([
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['2024-06', '2024-06-01', '2024-06-30'],
    ['2024-12', '2024-12-01', '2024-12-31'],
    ['2024-Q1', '2024-01-01', '2024-03-31'],
    ['2024-Q2', '2024-04-01', '2024-06-30'],
    ['2024-Q3', '2024-07-01', '2024-09-30'],
    ['2024-Q4', '2024-10-01', '2024-12-31'],
    ['2024-H1', '2024-01-01', '2024-06-30'],
    ['2024-H2', '2024-07-01', '2024-12-31'],
    ['2024-9M', '2024-01-01', '2024-09-30'],
    ['2024', '2024-01-01', '2024-12-31'],
  ])('%s -> %s..%s', (code, start, end) => {
    expect(cal(code)).toEqual({ start, end });
  });

  it('accepts a parsed period as well as a code', () => {
    expect(periodRange({ kind: 'quarter', year: 2024, quarter: 2 }, 'calendar')).toEqual(cal('2024-Q2'));
  });
});

describe('parsePeriodCode', () => {
  it('parses every form and round-trips', () => {
    for (const code of ['2024', '2024-06', '2024-Q2', '2024-H1', '2024-H2', '2024-9M']) {
      const r = parsePeriodCode(code);
      expect(r.ok).toBe(true);
      if (r.ok) expect(formatPeriodCode(r.period)).toBe(code);
    }
  });

  it('is lenient about case and surrounding blanks', () => {
    expect(parsePeriodCode(' 2024-q2 ')).toEqual({ ok: true, period: { kind: 'quarter', year: 2024, quarter: 2 } });
  });

  it.each([
    ['', 'empty', 0],
    ['   ', 'empty', 0],
    ['24-06', 'bad-year', 0],
    ['năm 2024', 'bad-year', 0],
    ['20245', 'bad-year', 4],
    ['2024-13', 'bad-month', 5],
    ['2024-00', 'bad-month', 5],
    ['2024-6', 'bad-month', 5],
    ['2024-Q5', 'bad-quarter', 5],
    ['2024-Q', 'bad-quarter', 5],
    ['2024-H3', 'bad-half', 5],
    ['2024-6M', 'bad-suffix', 5],
    ['2024/06', 'bad-suffix', 4],
    [' 2024-X', 'bad-suffix', 6],
  ])('%j -> %s at %i', (code, reason, offset) => {
    const r = parsePeriodCode(code);
    expect(r).toMatchObject({ ok: false, reason, offset, input: code });
    if (!r.ok) expect(r.expected).toContain('YYYY-Qn');
  });

  it('periodRange throws a PeriodCodeError carrying the reason', () => {
    expect(() => periodRange('2024-Q7', 'calendar')).toThrow(PeriodCodeError);
    const caught = (() => {
      try {
        periodRange('2024-Q7', 'nd-09-2019');
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(caught).toBeInstanceOf(PeriodCodeError);
    expect(caught).toMatchObject({ reason: 'bad-quarter', offset: 5, input: '2024-Q7' });
  });
});

describe('previousYear', () => {
  it.each([
    ['2024', '2023'],
    ['2024-06', '2023-06'],
    ['2024-Q2', '2023-Q2'],
    ['2024-H1', '2023-H1'],
    ['2024-9M', '2023-9M'],
    ['2025-01', '2024-01'],
  ])('%s -> %s', (code, prev) => expect(previousYear(code)).toBe(prev));

  it('throws on a bad code', () => expect(() => previousYear('2024-Q0')).toThrow(PeriodCodeError));
});

describe('elapsedShare', () => {
  const year = { start: '2024-01-01', end: '2024-12-31' }; // 366 days (leap year)
  it('counts whole days, both ends inclusive', () => {
    expect(elapsedShare(year, '2024-01-01')).toBeCloseTo(1 / 366, 12);
    expect(elapsedShare(year, '2024-02-29')).toBeCloseTo(60 / 366, 12);
    expect(elapsedShare(year, '2024-06-30')).toBeCloseTo(182 / 366, 12);
    expect(elapsedShare(year, '2024-12-31')).toBe(1);
  });
  it('is clamped to [0, 1]', () => {
    expect(elapsedShare(year, '2023-12-31')).toBe(0);
    expect(elapsedShare(year, '2025-03-01')).toBe(1);
  });
  it('works across the year boundary (nd-09 yearly window)', () => {
    const nd = periodRange('2024', 'nd-09-2019'); // 2023-12-15 .. 2024-12-14: 366 days
    expect(elapsedShare(nd, '2023-12-31')).toBeCloseTo(17 / 366, 12);
    expect(elapsedShare(nd, '2024-12-14')).toBe(1);
  });
  it('rejects an empty range and a malformed date', () => {
    expect(() => elapsedShare({ start: '2024-02-01', end: '2024-01-01' }, '2024-01-15')).toThrow(RangeError);
    expect(() => elapsedShare(year, '2024-02-30')).toThrow(RangeError);
  });
});
