import { OFFICIAL } from '../i18n/official-report-labels.js';
import { parsePeriodCode, type Period } from '../report/periods.js';

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
