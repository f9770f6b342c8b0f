import { formatDecimal, VI_DECIMAL } from '../i18n/decimal-format.js';
/**
 * Numbers as Vietnamese offices write them: dot thousands, comma decimal ("11,16%", "10.012 tấn",
 * "6.021.447.000 đồng"). Results carry reason codes, not prose: messages are localized elsewhere.
 *
 * Separator rules:
 * - digits only: an integer;
 * - dots only: when every group after the first has exactly 3 digits and the first has 1-3 digits
 *   without a leading zero, the dots are thousands ("1.234" = 1234, "10.012" = 10012); a single dot
 *   otherwise is a decimal point ("93.5", "0.500", "1234.567"); several dots in any other shape are
 *   'bad-grouping' ("1.23.4");
 * - commas only: a single comma is the decimal mark ("93,5", "1,234" = 1.234); several are
 *   'bad-separators' ("1,2,3", and also "1,234,567": ambiguous in a Vietnamese text);
 * - both: the last mark is the decimal one, the other one groups thousands ("1.234,5", "1,234.5");
 * - empty groups ("1..2", ",5", "5.") are 'bad-separators'.
 */

export type VnNumberReason =
  | 'empty'
  | 'not-a-number'
  | 'exponent-notation'
  | 'bad-separators'
  | 'bad-grouping'
  | 'not-finite'
  | 'several-numbers'
  | 'unit-mismatch';

export type VnNumberResult =
  | { ok: true; value: number; /** The unit written after the number, if any (NFC, trimmed). */ writtenUnit: string | null }
  | { ok: false; reason: VnNumberReason; text: string; /** For 'unit-mismatch': the unit written and the one expected. */ writtenUnit?: string; expectedUnit?: string };

/** Money units and their size in đồng. */
const MONEY: ReadonlyMap<string, number> = new Map([
  ['đồng', 0],
  ['đ', 0],
  ['vnđ', 0],
  ['nghìn đồng', 3],
  ['ngàn đồng', 3],
  ['triệu đồng', 6],
  ['tỷ đồng', 9],
  ['tỉ đồng', 9],
]);

export function normalizeUnit(unit: string): string {
  return unit.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
}

const NUMBER_HEAD = /^([+\-\u2212]?)([0-9][0-9.,]*|[.,][0-9.,]*)/;

interface Decimal {
  negative: boolean;
  int: string;
  frac: string;
}

type Sep = { ok: true; int: string; frac: string } | { ok: false; reason: 'bad-separators' | 'bad-grouping' };

function validThousands(groups: string[]): boolean {
  const [first, ...rest] = groups;
  return first !== undefined && /^[1-9]\d{0,2}$/.test(first) && rest.every((g) => /^\d{3}$/.test(g));
}

function splitSeparators(body: string): Sep {
  const dots = body.split('.').length - 1;
  const commas = body.split(',').length - 1;
  if (/(^|[.,])($|[.,])/.test(body)) return { ok: false, reason: 'bad-separators' };
  if (dots === 0 && commas === 0) return { ok: true, int: body, frac: '' };
  if (dots > 0 && commas > 0) {
    const decimal = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    const [intPart, frac, ...more] = body.split(decimal);
    if (more.length > 0 || frac === undefined || intPart === undefined || frac.includes(thousands)) {
      return { ok: false, reason: 'bad-separators' };
    }
    const groups = intPart.split(thousands);
    if (!validThousands(groups)) return { ok: false, reason: 'bad-grouping' };
    return { ok: true, int: groups.join(''), frac };
  }
  if (commas > 0) {
    if (commas > 1) return { ok: false, reason: 'bad-separators' };
    const [intPart = '', frac = ''] = body.split(',');
    return { ok: true, int: intPart, frac };
  }
  const groups = body.split('.');
  if (validThousands(groups) && groups.length > 1) return { ok: true, int: groups.join(''), frac: '' };
  if (groups.length === 2) return { ok: true, int: groups[0] ?? '', frac: groups[1] ?? '' };
  return { ok: false, reason: 'bad-grouping' };
}

/** Exact decimal to number, shifting the decimal point by `shift` places (for money units). */
function toNumber(d: Decimal, shift: number): number {
  let digits = d.int + d.frac;
  let point = d.int.length + shift;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  const text = `${digits.slice(0, point) || '0'}.${digits.slice(point) || '0'}`;
  const n = Number(text);
  return d.negative && n !== 0 ? -n : n;
}

/**
 * Parse a figure typed by a user for a target whose unit is `unit`. A unit written after the number
 * must be the target's unit (compared case-insensitively, NFC); "%" only for unit "%". Money units
 * convert between đồng, nghìn đồng, triệu đồng and tỷ đồng: "6.021.447.000 đồng" for a target in
 * "triệu đồng" is 6021.447. Scientific notation ("1e5"), NaN and Infinity are rejected.
 */
export function parseVnNumber(text: string, unit: string): VnNumberResult {
  const fail = (reason: VnNumberReason, extra: { writtenUnit?: string; expectedUnit?: string } = {}): VnNumberResult => ({
    ok: false,
    reason,
    text,
    ...extra,
  });
  const s = text.normalize('NFC').replace(/[\u00a0\u202f]/g, ' ').trim();
  if (s === '') return fail('empty');
  const head = NUMBER_HEAD.exec(s);
  if (!head) return fail('not-a-number');
  const [whole, sign = '', body = ''] = head;
  const rest = s.slice(whole.length);
  if (/^[eE][+\-]?\d/.test(rest)) return fail('exponent-notation');
  const sep = splitSeparators(body);
  if (!sep.ok) return fail(sep.reason);
  const decimal: Decimal = { negative: sign !== '' && sign !== '+', int: sep.int, frac: sep.frac };

  const written = rest.trim();
  let shift = 0;
  if (written !== '') {
    const w = normalizeUnit(written);
    const u = normalizeUnit(unit);
    const wMoney = MONEY.get(w);
    const uMoney = MONEY.get(u);
    if (w !== u) {
      if (wMoney !== undefined && uMoney !== undefined) shift = wMoney - uMoney;
      else if (/\d/.test(written)) return fail('several-numbers');
      else if (/^\s/.test(rest) || w === '%' || wMoney !== undefined || !/^[a-z]/i.test(w)) {
        return fail('unit-mismatch', { writtenUnit: written, expectedUnit: unit });
      } else return fail('not-a-number');
    }
  }
  const value = toNumber(decimal, shift);
  if (!Number.isFinite(value)) return fail('not-finite');
  return { ok: true, value, writtenUnit: written === '' ? null : written };
}

export interface VnFormatOptions {
  maxFractionDigits?: number;
  minFractionDigits?: number;
}

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Format as Intl.NumberFormat('vi-VN') does (src/i18n/decimal-format.ts): dot thousands, comma decimal ("6.021.447", "93,5").
 * Defaults: at most 2 fraction digits, none forced. -0 prints as "0".
 */
export function formatVnNumber(n: number, options: VnFormatOptions = {}): string {
  const max = options.maxFractionDigits ?? 2;
  const min = Math.min(options.minFractionDigits ?? 0, max);
  // Intl only where formatDecimal declines (its first use loads ICU's number data: ~25 ms).
  const out = formatDecimal(n, min, max, VI_DECIMAL) ?? intlFormat(n, min, max);
  return /^-0(,0*)?$/.test(out) ? out.slice(1) : out;
}

function intlFormat(n: number, min: number, max: number): string {
  const key = `${min}:${max}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: max, minimumFractionDigits: min, useGrouping: true });
    formatters.set(key, f);
  }
  return f.format(n);
}
