import { describe, expect, it } from 'vitest';
import { EN_DECIMAL, formatDecimal, VI_DECIMAL } from '../../src/i18n/decimal-format.js';
import { formatNumber } from '../../src/i18n/number-format.js';
import { formatVnNumber } from '../../src/parse/vn-number.js';

/** The oracle: what plan printed before formatDecimal, through Intl.NumberFormat. */
const oracles = new Map<string, Intl.NumberFormat>();
const intl = (locale: string, n: number, min: number, max: number) => {
  const key = `${locale} ${min} ${max}`;
  let f = oracles.get(key);
  if (!f) oracles.set(key, (f = new Intl.NumberFormat(locale, { minimumFractionDigits: min, maximumFractionDigits: max, useGrouping: true })));
  return f.format(n);
};

describe('formatDecimal', () => {
  // input, min, max -> vi-VN, en-US (every cell also equals Intl's output, checked below)
  const table: [number, number, number, string, string][] = [
    [0, 0, 2, '0', '0'],
    [-0, 0, 2, '-0', '-0'],
    [6021447, 0, 2, '6.021.447', '6,021,447'],
    [93.5, 0, 2, '93,5', '93.5'],
    [1234, 0, 0, '1.234', '1,234'],
    [123, 0, 2, '123', '123'],
    [1.005, 0, 2, '1,01', '1.01'], // shortest digits "1.005", half away from zero (toFixed says 1.00)
    [0.125, 0, 2, '0,13', '0.13'],
    [2.5, 0, 0, '3', '3'],
    [-2.5, 0, 0, '-3', '-3'],
    [-0.001, 0, 2, '-0', '-0'],
    [-1234567.125, 0, 2, '-1.234.567,13', '-1,234,567.13'],
    [999.996, 0, 2, '1.000', '1,000'],
    [0.96, 0, 1, '1', '1'],
    [0.1, 3, 3, '0,100', '0.100'],
    [-5, 1, 1, '-5,0', '-5.0'],
    [1.0000005, 0, 6, '1,000001', '1.000001'],
    [95.1, 0, 3, '95,1', '95.1'],
    [123456789012345680000, 0, 0, '123.456.789.012.345.680.000', '123,456,789,012,345,680,000'],
  ];
  it.each(table)('%s (min %s, max %s) -> %s / %s, as Intl prints it', (n, min, max, vi, en) => {
    expect(formatDecimal(n, min, max, VI_DECIMAL)).toBe(vi);
    expect(formatDecimal(n, min, max, EN_DECIMAL)).toBe(en);
    expect(vi).toBe(intl('vi-VN', n, min, max));
    expect(en).toBe(intl('en-US', n, min, max));
  });

  it('declines what String(n) does not print as plain digits (the callers ask Intl)', () => {
    for (const n of [Infinity, -Infinity, NaN, 1e21, 5e-7, -1e-7]) expect(formatDecimal(n, 0, 6, VI_DECIMAL)).toBeUndefined();
    expect(formatVnNumber(5e-7, { maxFractionDigits: 6 })).toBe(intl('vi-VN', 5e-7, 0, 6));
    expect(formatVnNumber(1e21)).toBe(intl('vi-VN', 1e21, 0, 2));
    expect(formatNumber(-1e-7, 'en', 6)).toBe('0');
  });

  it('agrees with Intl.NumberFormat on a sweep of magnitudes, ties and fraction digits', () => {
    // A fixed linear congruential sequence: the same numbers on every run.
    let seed = 20241214;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const numbers: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const scale = 10 ** Math.floor(next() * 16 - 5);
      const x = (next() - 0.3) * scale;
      numbers.push(x, Math.round(x), Math.round(x * 1000) / 1000, Math.round(x * 100) / 100 + 0.005, Math.floor(x) + 0.5);
    }
    const misses: string[] = [];
    for (const n of numbers) {
      for (const [min, max] of [[0, 0], [0, 1], [0, 2], [0, 3], [0, 6], [1, 1], [2, 2], [1, 3]] as const) {
        const vi = formatDecimal(n, min, max, VI_DECIMAL);
        if (vi !== undefined && vi !== intl('vi-VN', n, min, max)) misses.push(`vi ${n} ${min}-${max}: ${vi} vs ${intl('vi-VN', n, min, max)}`);
        const en = formatDecimal(n, min, max, EN_DECIMAL);
        if (en !== undefined && en !== intl('en-US', n, min, max)) misses.push(`en ${n} ${min}-${max}: ${en} vs ${intl('en-US', n, min, max)}`);
      }
    }
    expect(misses.slice(0, 10)).toEqual([]);
  });
});
