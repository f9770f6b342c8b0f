/**
 * Intl.NumberFormat's output for the plain decimal formats plan prints ("6.021.447", "93,5" in
 * vi-VN; "6,021,447", "93.5" in en-US), without Intl: the first Intl.NumberFormat of a process
 * loads ICU's number data, about 25 ms, a tenth of a whole `plan status`.
 *
 * Same rules as V8's Intl (ICU): the number's shortest round-trip digits (what String(n) prints)
 * rounded half away from zero at the last fraction digit kept, trailing zeros dropped down to the
 * minimum, groups of three with the minimum grouping digits 1 (both locales), and a sign for every
 * negative number and -0 ("-0" when -0,001 rounds to nothing; the callers decide to drop it).
 * test/i18n/decimal-format.test.ts checks it against Intl.NumberFormat on a table and a sweep.
 * Returns undefined where String(n) is not plain digits (Infinity, NaN, exponents below 1e-6 and
 * from 1e21): the caller asks Intl then.
 */
export interface DecimalStyle {
  group: string;
  decimal: string;
}

export const VI_DECIMAL: DecimalStyle = { group: '.', decimal: ',' };
export const EN_DECIMAL: DecimalStyle = { group: ',', decimal: '.' };

export function formatDecimal(n: number, minFractionDigits: number, maxFractionDigits: number, style: DecimalStyle): string | undefined {
  if (!Number.isFinite(n)) return undefined;
  const digits = String(Math.abs(n));
  if (!/^\d+(?:\.\d+)?$/.test(digits)) return undefined;
  const dot = digits.indexOf('.');
  let int = dot < 0 ? digits : digits.slice(0, dot);
  let frac = dot < 0 ? '' : digits.slice(dot + 1);
  if (frac.length > maxFractionDigits) {
    const up = frac.charCodeAt(maxFractionDigits) >= 53; // '5'..'9': half away from zero
    frac = frac.slice(0, maxFractionDigits);
    if (up) {
      const bumped = increment(int + frac);
      int = bumped.slice(0, bumped.length - frac.length);
      frac = bumped.slice(bumped.length - frac.length);
    }
  }
  let end = frac.length;
  while (end > minFractionDigits && frac.charCodeAt(end - 1) === 48) end--;
  frac = frac.slice(0, end).padEnd(minFractionDigits, '0');
  const sign = n < 0 || Object.is(n, -0) ? '-' : '';
  return `${sign}${group(int, style.group)}${frac === '' ? '' : style.decimal + frac}`;
}

/** A string of decimal digits plus one in its last place ("0999" -> "1000", "99" -> "100"). */
function increment(d: string): string {
  let i = d.length - 1;
  while (i >= 0 && d[i] === '9') i--;
  if (i < 0) return `1${'0'.repeat(d.length)}`;
  return d.slice(0, i) + String.fromCharCode(d.charCodeAt(i) + 1) + '0'.repeat(d.length - 1 - i);
}

function group(int: string, separator: string): string {
  if (int.length <= 3) return int;
  let out = int.slice(0, int.length % 3 || 3);
  for (let i = out.length; i < int.length; i += 3) out += separator + int.slice(i, i + 3);
  return out;
}
