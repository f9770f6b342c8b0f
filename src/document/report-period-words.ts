import { OFFICIAL } from '../i18n/official-report-labels.js';
import { parsePeriodCode, periodRange, type DateRange, type Period } from '../report/periods.js';
import type { StatusReport } from '../report/status-report.js';

/**
 * How a báo cáo names its period and the next one: "6 tháng đầu năm 2024" and "6 tháng cuối năm
 * 2024", "quý II năm 2024" and "quý III năm 2024", "tháng 6 năm 2024" and "tháng 7 năm 2024",
 * "9 tháng năm 2024" and "quý IV năm 2024", "năm 2024" and "năm 2025".
 */

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

export function periodWords(p: Period): string {
  const W = OFFICIAL.periodWords;
  switch (p.kind) {
    case 'month':
      return W.month(p.month, p.year);
    case 'quarter':
      return W.quarter(ROMAN[p.quarter - 1]!, p.year);
    case 'half':
      return W.half(p.half, p.year);
    case 'nine-months':
      return W.nine(p.year);
    case 'year':
      return W.year(p.year);
  }
}

/** The period a report's part III looks ahead to. */
export function nextPeriod(p: Period): Period {
  switch (p.kind) {
    case 'month':
      return p.month === 12 ? { kind: 'month', year: p.year + 1, month: 1 } : { kind: 'month', year: p.year, month: p.month + 1 };
    case 'quarter':
      return p.quarter === 4 ? { kind: 'quarter', year: p.year + 1, quarter: 1 } : { kind: 'quarter', year: p.year, quarter: p.quarter + 1 };
    case 'half':
      return p.half === 2 ? { kind: 'half', year: p.year + 1, half: 1 } : { kind: 'half', year: p.year, half: 2 };
    case 'nine-months':
      return { kind: 'quarter', year: p.year, quarter: 4 };
    case 'year':
      return { kind: 'year', year: p.year + 1 };
  }
}

/** The term as a báo cáo names it: its name as written ("nhiệm kỳ 2020-2025"), else "giai đoạn 2021-2025". */
function termName(term: NonNullable<StatusReport['term']>): string {
  return term.name ?? OFFICIAL.periodWords.term(term.start, term.end);
}

/** The next term: the name's years moved on by its length ("nhiệm kỳ 2020-2025" → "nhiệm kỳ 2025-2030"). */
function nextTermName(term: NonNullable<StatusReport['term']>): string {
  const m = term.name === null ? null : /^(.*?)(\d{4})(\s*[-–]\s*)(\d{4})(.*)$/u.exec(term.name);
  if (m === null) return OFFICIAL.periodWords.term(term.end + 1, term.end + 1 + term.end - term.start);
  const [a, b] = [Number(m[2]), Number(m[4])];
  return `${m[1]}${b}${m[3]}${b + b - a}${m[5]}`;
}

/**
 * The words of a report's period and of the next one, and the next one's range (for the deadlines
 * falling in it): "6 tháng đầu năm 2024" / "6 tháng cuối năm 2024"; the whole term once it has
 * ended, "nhiệm kỳ 2020-2025" / "nhiệm kỳ 2025-2030"; before that (sơ kết giữa nhiệm kỳ), "từ đầu
 * nhiệm kỳ 2020-2025 đến ngày 14/12/2023" / "những năm còn lại của nhiệm kỳ 2020-2025".
 */
export function reportPeriodWords(report: Pick<StatusReport, 'period' | 'asOf' | 'term' | 'convention'>): { now: string; next: string; nextRange: DateRange | null } {
  const W = OFFICIAL.periodWords;
  const shown = report.asOf.split('-').reverse().join('/');
  if (report.term?.whole && report.period !== null) {
    const name = termName(report.term);
    if (report.asOf >= report.period.end) return { now: name, next: nextTermName(report.term), nextRange: null };
    return { now: W.termSoFar(name, shown), next: W.termRest(name), nextRange: { start: report.asOf, end: report.period.end } };
  }
  const p = report.period === null ? null : parsedPeriod(report.period.code);
  if (p === null) return { now: W.asOf(shown), next: W.after, nextRange: null };
  const next = nextPeriod(p);
  return { now: periodWords(p), next: periodWords(next), nextRange: periodRange(next, report.convention) };
}

export function parsedPeriod(code: string): Period | null {
  const r = parsePeriodCode(code);
  return r.ok ? r.period : null;
}

/**
 * A date in words as Nghị định 30/2020/NĐ-CP writes it: a zero before days below 10 and before the
 * months 1 and 2 only ("ngày 05 tháng 02 năm 2024", "ngày 19 tháng 01 năm 2024", "ngày 14 tháng 6 năm 2024").
 */
export function dateInWords(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const day = d < 10 ? `0${d}` : String(d);
  const month = m <= 2 ? `0${m}` : String(m);
  return `ngày ${day} tháng ${month} năm ${y}`;
}

/** "05/KH-UBND" -> "UBND"; "01/KHLT-UBND-UBMTTQ" -> "UBND-UBMTTQ": the issuer part of a symbol. */
export function issuerCode(symbol: string): string | null {
  return /^[^/]*\/[^-\s]+-(\S+)$/u.exec(symbol.trim())?.[1] ?? null;
}
