import { describe, it, expect } from 'vitest';
import { formatVnNumber, parseVnNumber } from '../../src/parse/vn-number.js';

describe('parseVnNumber accepts', () => {
  it.each([
    ['93,5', '%', 93.5],
    ['93.5', '%', 93.5],
    ['93,5%', '%', 93.5],
    ['93,5 %', '%', 93.5],
    ['1.234.567', 'người', 1234567],
    ['1.234', 'hộ', 1234],
    ['10.012', 'tấn', 10012],
    ['10.012 tấn', 'tấn', 10012],
    ['11,16', '%', 11.16],
    ['0.500', '%', 0.5],
    ['1.2345', '%', 1.2345],
    ['1,234', '%', 1.234],
    ['1.234,5', 'triệu đồng', 1234.5],
    ['1,234.5', 'triệu đồng', 1234.5],
    ['12.345.678,91', 'đồng', 12345678.91],
    ['-2', 'hộ', -2],
    ['−2', 'hộ', -2],
    ['+3', 'hộ', 3],
    ['-0', 'hộ', 0],
    ['  95 ', '%', 95],
    ['95\u00a0%', '%', 95],
    ['0', 'vụ', 0],
    ['5 tiêu chí', 'tiêu chí', 5],
    ['5 Tiêu Chí', 'tiêu chí', 5],
  ])('%j (%s) = %d', (text, unit, value) => {
    const r = parseVnNumber(text, unit);
    expect(r).toMatchObject({ ok: true });
    if (r.ok) expect(Object.is(r.value, value) || r.value === value).toBe(true);
  });

  it('matches units in NFD as well as NFC', () => {
    const nfd = '12 hộ'.normalize('NFD');
    expect(parseVnNumber(nfd, 'hộ')).toEqual({ ok: true, value: 12, writtenUnit: 'hộ'.normalize('NFC') });
    expect(parseVnNumber('12 hộ', 'hộ'.normalize('NFD'))).toMatchObject({ ok: true, value: 12 });
  });

  it('reports the unit written', () => {
    expect(parseVnNumber('95', '%')).toEqual({ ok: true, value: 95, writtenUnit: null });
    expect(parseVnNumber('95%', '%')).toEqual({ ok: true, value: 95, writtenUnit: '%' });
  });

  it('-0 is 0, not negative zero', () => {
    const r = parseVnNumber('-0', 'hộ');
    expect(r.ok && Object.is(r.value, 0)).toBe(true);
  });
});

describe('parseVnNumber converts money units', () => {
  it.each([
    ['6.021.447.000 đồng', 'triệu đồng', 6021.447],
    ['6.021.447.000 đồng', 'đồng', 6021447000],
    ['6.021.447.000 đồng', 'tỷ đồng', 6.021447],
    ['6.021.447.000 đồng', 'nghìn đồng', 6021447],
    ['6,945 tỷ đồng', 'triệu đồng', 6945],
    ['6,5 Tỷ đồng', 'triệu đồng', 6500],
    ['6,5 tỉ đồng', 'triệu đồng', 6500],
    ['1,1 tỷ đồng', 'triệu đồng', 1100],
    ['250 triệu đồng', 'tỷ đồng', 0.25],
    ['0,3 triệu đồng', 'đồng', 300000],
    ['1.500 nghìn đồng', 'triệu đồng', 1.5],
    ['1.500 ngàn đồng', 'triệu đồng', 1.5],
    ['-2,5 triệu đồng', 'nghìn đồng', -2500],
    ['6.021.447.000 đ', 'triệu đồng', 6021.447],
  ])('%j in %s = %d (exactly)', (text, unit, value) => {
    expect(parseVnNumber(text, unit)).toMatchObject({ ok: true, value });
  });
});

describe('parseVnNumber rejects', () => {
  it.each([
    ['', '%', 'empty'],
    ['   ', '%', 'empty'],
    ['abc', '%', 'not-a-number'],
    ['chín mươi', '%', 'not-a-number'],
    ['12abc', 'hộ', 'not-a-number'],
    ['NaN', '%', 'not-a-number'],
    ['Infinity', '%', 'not-a-number'],
    ['-Infinity', '%', 'not-a-number'],
    ['1e309', '%', 'exponent-notation'],
    ['1e5', '%', 'exponent-notation'],
    ['2,5E3', '%', 'exponent-notation'],
    ['9'.repeat(400), '%', 'not-finite'],
    ['1,2,3', '%', 'bad-separators'],
    ['1,234,567', 'người', 'bad-separators'],
    ['1..2', '%', 'bad-separators'],
    ['1,,2', '%', 'bad-separators'],
    [',5', '%', 'bad-separators'],
    ['5.', '%', 'bad-separators'],
    ['1.234,5.6', '%', 'bad-separators'],
    ['1.23.4', '%', 'bad-grouping'],
    ['1.2345.678', '%', 'bad-grouping'],
    ['01.234.567', 'người', 'bad-grouping'],
    ['1.23,4', '%', 'bad-grouping'],
    ['93,5%', 'người', 'unit-mismatch'],
    ['12 kg', 'hộ', 'unit-mismatch'],
    ['6.021.447.000 đồng', 'hộ', 'unit-mismatch'],
    ['5 hộ', 'triệu đồng', 'unit-mismatch'],
    ['1 2', '%', 'several-numbers'],
    ['93,5 95', '%', 'several-numbers'],
    ['6.021.447.000/6.945.000.000', 'đồng', 'several-numbers'],
    ['16/19', 'tiêu chí', 'several-numbers'],
  ])('%j (%s): %s', (text, unit, reason) => {
    expect(parseVnNumber(text, unit)).toMatchObject({ ok: false, reason, text });
  });

  it('says which unit was written and which was expected', () => {
    expect(parseVnNumber('93,5%', 'người')).toEqual({
      ok: false,
      reason: 'unit-mismatch',
      text: '93,5%',
      writtenUnit: '%',
      expectedUnit: 'người',
    });
  });
});

describe('formatVnNumber', () => {
  it.each([
    [1234567, {}, '1.234.567'],
    [1234, {}, '1.234'],
    [93.5, {}, '93,5'],
    [11.16, {}, '11,16'],
    [86.7123, { maxFractionDigits: 1 }, '86,7'],
    [6021.447, { maxFractionDigits: 3 }, '6.021,447'],
    [95, { maxFractionDigits: 1, minFractionDigits: 1 }, '95,0'],
    [0.1 + 0.2, {}, '0,3'],
    [-2, {}, '-2'],
    [-0, {}, '0'],
    [-0.001, {}, '0'],
    [1234.5, { maxFractionDigits: 0 }, '1.235'],
  ])('%d %j -> %s', (n, opts, text) => {
    expect(formatVnNumber(n, opts)).toBe(text);
  });

  it('round-trips through parseVnNumber', () => {
    for (const n of [0, 7, 93.5, 1234, 10012, 6021447000, 1234.56, -2.5]) {
      expect(parseVnNumber(formatVnNumber(n), '%')).toMatchObject({ ok: true, value: n });
    }
  });
});
