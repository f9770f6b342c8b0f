import type { OverdueItem } from '../report/overdue.js';
import type { StatusReport } from '../report/status-report.js';
import { groupOverdue } from './overdue-table.js';
import { parsedPeriod, periodWords } from './report-period-words.js';
import type { Run } from './run.js';

/**
 * Missed periodic reports in the báo cáo (part II) and on the dashboard, counted as issue 11 counts
 * them: an ongoing task is not "late by 121 days", it has not reported for `missed` periods. One
 * line per lead unit, in the overdue order (the unit with the longest silence first):
 *   "Công an phường: 6 nhiệm vụ, chưa báo cáo 4 kỳ (từ kỳ tháng 1 năm 2024)."
 *   "Văn phòng - Thống kê: 2 nhiệm vụ, chưa báo cáo từ 1 đến 3 kỳ (từ kỳ quý I năm 2024)."
 * The first period named is the earliest missed among the unit's tasks.
 */

export interface MissedByUnit {
  unit: string;
  tasks: number;
  /** The fewest and the most periods missed by one of the unit's tasks. */
  fewest: number;
  most: number;
  /** The earliest first missed period: its code and start. */
  firstPeriod: string | null;
  since: string | null;
}

export function missedByUnit(items: readonly OverdueItem[], unitNames: Record<string, string>): MissedByUnit[] {
  const missed = items.filter((i) => i.kind === 'check-in' && !i.upcoming && (i.missed ?? 0) > 0);
  return groupOverdue(missed, unitNames).map((g) => {
    const counts = g.items.map((i) => i.missed ?? 0);
    const first = [...g.items].filter((i) => i.since !== null).sort((a, b) => a.since!.localeCompare(b.since!))[0];
    return {
      unit: g.name,
      tasks: g.items.length,
      fewest: Math.min(...counts),
      most: Math.max(...counts),
      firstPeriod: first?.period ?? null,
      since: first?.since ?? null,
    };
  });
}

/** "4 kỳ", "từ 1 đến 3 kỳ". */
export const periodsMissed = (m: Pick<MissedByUnit, 'fewest' | 'most'>): string => (m.fewest === m.most ? `${m.most} kỳ` : `từ ${m.fewest} đến ${m.most} kỳ`);

/** The line of one unit, with the first period as words ("tháng 1 năm 2024") or, for a week, its first day. */
export function missedLine(m: MissedByUnit): Run[] {
  const runs: Run[] = [{ kind: 'text', text: `${m.unit}: ${m.tasks} nhiệm vụ, chưa báo cáo ${periodsMissed(m)}` }];
  const p = m.firstPeriod === null ? null : parsedPeriod(m.firstPeriod);
  if (p !== null) runs.push({ kind: 'text', text: ` (từ kỳ ${periodWords(p)}).` });
  else if (m.since !== null) runs.push({ kind: 'text', text: ' (từ ngày ' }, { kind: 'value', value: { kind: 'date', iso: m.since } }, { kind: 'text', text: ').' });
  else runs.push({ kind: 'text', text: '.' });
  return runs;
}

/** Tasks past their due date, and ongoing tasks that missed a periodic report: two things (issue 11). */
export function lateCounts(r: Pick<StatusReport, 'overdue'>): { late: number; missed: number } {
  const past = r.overdue.filter((o) => !o.upcoming);
  return { late: past.filter((o) => o.kind === 'deadline').length, missed: past.filter((o) => o.kind === 'check-in').length };
}
