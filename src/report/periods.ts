import { daysBetween, isoOf, lastDayOfMonth, type IsoDate } from './calendar-date.js';

/**
 * Report periods: '2024' (year), '2024-06' (month), '2024-Q2' (quarter), '2024-H1' (6 months),
 * '2024-9M' (9 months), cut off by one of two conventions:
 * - 'nd-09-2019' (Nghị định 09/2019/NĐ-CP, Điều 12): a period runs from the 15th of the month before
 *   it to the 14th of its last month. Month: 15/(m-1)..14/m; quarter: 15th of the month before the
 *   quarter..14th of its last month (Q1 = 15/12 of the previous year..14/03); the 6-month, 9-month and
 *   yearly reports are cumulative from 15/12 of the previous year (..14/06, ..14/09, ..14/12).
 *   H2 is not in the decree; we take 15/06..14/12 (the yearly range minus H1).
 * - 'calendar' (statistical reports): natural months, quarters and halves; 9M = 01/01..30/09.
 */
export type PeriodConvention = 'nd-09-2019' | 'calendar';

/** Inclusive range of calendar dates. */
export interface DateRange {
  start: IsoDate;
  end: IsoDate;
}

export type Period =
  | { kind: 'year'; year: number }
  | { kind: 'month'; year: number; month: number }
  | { kind: 'quarter'; year: number; quarter: number }
  | { kind: 'half'; year: number; half: number }
  | { kind: 'nine-months'; year: number };

export type PeriodErrorReason = 'empty' | 'bad-year' | 'bad-month' | 'bad-quarter' | 'bad-half' | 'bad-suffix';

export type PeriodParseResult =
  | { ok: true; period: Period }
  | {
      ok: false;
      reason: PeriodErrorReason;
      input: string;
      /** 0-based offset of the offending part in `input`, to point at it inside a YAML scalar. */
      offset: number;
      /** The accepted forms, for the message. */
      expected: readonly string[];
    };

export const PERIOD_FORMS = ['YYYY', 'YYYY-MM', 'YYYY-Qn', 'YYYY-Hn', 'YYYY-9M'] as const;

export function parsePeriodCode(input: string): PeriodParseResult {
  const fail = (reason: PeriodErrorReason, offset: number): PeriodParseResult => ({
    ok: false,
    reason,
    input,
    offset,
    expected: PERIOD_FORMS,
  });
  const code = input.trim();
  const lead = input.length - input.trimStart().length;
  if (code === '') return fail('empty', 0);
  const yearMatch = /^\d{4}/.exec(code);
  if (!yearMatch) return fail('bad-year', lead);
  const year = Number(yearMatch[0]);
  const rest = code.slice(4);
  if (rest === '') return { ok: true, period: { kind: 'year', year } };
  const at = lead + 5;
  if (rest[0] !== '-') return fail(/^\d/.test(rest) ? 'bad-year' : 'bad-suffix', lead + 4);
  const suffix = rest.slice(1).toUpperCase();
  if (/^\d+$/.test(suffix)) {
    const month = Number(suffix);
    if (suffix.length !== 2 || month < 1 || month > 12) return fail('bad-month', at);
    return { ok: true, period: { kind: 'month', year, month } };
  }
  if (suffix.startsWith('Q')) {
    if (!/^Q[1-4]$/.test(suffix)) return fail('bad-quarter', at);
    return { ok: true, period: { kind: 'quarter', year, quarter: Number(suffix[1]) } };
  }
  if (suffix.startsWith('H') && suffix !== 'H') {
    if (!/^H[12]$/.test(suffix)) return fail('bad-half', at);
    return { ok: true, period: { kind: 'half', year, half: Number(suffix[1]) } };
  }
  if (suffix === '9M') return { ok: true, period: { kind: 'nine-months', year } };
  return fail('bad-suffix', at);
}

export class PeriodCodeError extends Error {
  readonly reason: PeriodErrorReason;
  readonly input: string;
  readonly offset: number;
  constructor(failure: Extract<PeriodParseResult, { ok: false }>) {
    super(`bad period code ${JSON.stringify(failure.input)} (${failure.reason}); expected ${failure.expected.join(', ')}`);
    this.name = 'PeriodCodeError';
    this.reason = failure.reason;
    this.input = failure.input;
    this.offset = failure.offset;
  }
}

function toPeriod(code: string | Period): Period {
  if (typeof code !== 'string') return code;
  const parsed = parsePeriodCode(code);
  if (!parsed.ok) throw new PeriodCodeError(parsed);
  return parsed.period;
}

export function formatPeriodCode(p: Period): string {
  const y = String(p.year).padStart(4, '0');
  switch (p.kind) {
    case 'year':
      return y;
    case 'month':
      return `${y}-${String(p.month).padStart(2, '0')}`;
    case 'quarter':
      return `${y}-Q${p.quarter}`;
    case 'half':
      return `${y}-H${p.half}`;
    case 'nine-months':
      return `${y}-9M`;
  }
}

/** First and last month (1-12) of the period, in the calendar sense. */
function monthSpan(p: Period): [number, number] {
  switch (p.kind) {
    case 'year':
      return [1, 12];
    case 'month':
      return [p.month, p.month];
    case 'quarter':
      return [p.quarter * 3 - 2, p.quarter * 3];
    case 'half':
      return p.half === 1 ? [1, 6] : [7, 12];
    case 'nine-months':
      return [1, 9];
  }
}

/** Inclusive date range of a period code; throws PeriodCodeError for a bad code. */
export function periodRange(code: string | Period, convention: PeriodConvention): DateRange {
  const p = toPeriod(code);
  const [first, last] = monthSpan(p);
  if (convention === 'calendar') {
    return { start: isoOf(p.year, first, 1), end: isoOf(p.year, last, lastDayOfMonth(p.year, last)) };
  }
  // nd-09-2019: from the 15th of the month before the first month to the 14th of the last month.
  const start = first === 1 ? isoOf(p.year - 1, 12, 15) : isoOf(p.year, first - 1, 15);
  return { start, end: isoOf(p.year, last, 14) };
}

/** The same period one year earlier ("so với cùng kỳ"): '2024-Q2' -> '2023-Q2'. */
export function previousYear(code: string | Period): string {
  const p = toPeriod(code);
  return formatPeriodCode({ ...p, year: p.year - 1 });
}

/**
 * Share of the range elapsed as of `asOf`, by whole days, both ends inclusive: a date means the end
 * of that day, so asOf = start gives 1/length and asOf >= end gives 1; before the start, 0.
 */
export function elapsedShare(range: DateRange, asOf: IsoDate): number {
  const total = daysBetween(range.start, range.end) + 1;
  if (total <= 0) throw new RangeError(`empty range ${range.start}..${range.end}`);
  const done = daysBetween(range.start, asOf) + 1;
  return Math.min(1, Math.max(0, done / total));
}

export function inRange(range: DateRange, date: IsoDate): boolean {
  return range.start <= date && date <= range.end;
}

/**
 * A whole term as a report period (`--period 2021-2025`, issue 13): its first and last year. Report
 * periods only: an entry's `period` stays one of PERIOD_FORMS. Which term a plan has, and whether the
 * code names it (also as its name's years, "nhiệm kỳ 2020-2025"), is report/term-period.ts.
 */
export interface TermCode {
  start: number;
  end: number;
}

/** "2021-2025" → {start: 2021, end: 2025}; null for anything else (a later year first, one year twice). */
export function parseTermCode(input: string): TermCode | null {
  const m = /^(\d{4})-(\d{4})$/.exec(input.trim());
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return start < end ? { start, end } : null;
}

/** A term's range: from the start of its first year's period to the end of its last year's (15/12/2020..14/12/2025 under Nghị định 09/2019). */
export function termRange(t: TermCode, convention: PeriodConvention): DateRange {
  return { start: periodRange(String(t.start), convention).start, end: periodRange(String(t.end), convention).end };
}

/** The range of any report period code: a period of a year, or a whole term. */
export function reportPeriodRange(code: string, convention: PeriodConvention): DateRange {
  const term = parseTermCode(code);
  return term === null ? periodRange(code, convention) : termRange(term, convention);
}
