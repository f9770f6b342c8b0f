import { REPORT_LABELS } from '../i18n/report-labels.js';
import { type StatusRollup } from '../report/rollup.js';
import { plannedText } from './plan-text.js';
import type { StatusReport } from '../report/status-report.js';
import type { Verdict } from '../report/variance.js';
import { appendixTable } from './report-appendix.js';
import { lateCounts, missedByUnit, missedLine } from './report-missed.js';
import { reportWindowRuns } from './report-window.js';
import type { Run } from './run.js';
import type { TableBlock } from './table.js';

/**
 * The dashboard page as data (the .html renders it): per plan its table, a panel per target (the
 * bar of actual against plan, the pace line of a sum, the figures over the months), late tasks and
 * missed reports; for several plans a matrix of wards × targets by verdict and the wards furthest
 * behind. Every number is the report core's; fractions for bars are taken here, once.
 */

export interface TargetPanel {
  id: string;
  name: string;
  unit: string;
  /** A sum accrues from zero over the window; a level moves around its plan figure. */
  accrual: 'sum' | 'level';
  verdict: { code: Verdict; text: string };
  actual: number | null;
  estimate: boolean;
  planText: string;
  /** Actual towards what is judged, 0..1 (progressOf); null when unknown. */
  progress: number | null;
  /** For a sum judged pro rata: where the plan should be by now, as a share of the year's figure. */
  pace: number | null;
  reference: number | null;
  window: { start: string; end: string };
  points: { date: string; value: number; estimate: boolean }[];
}

export interface LateItem {
  unit: string;
  text: string;
  due: string;
  daysLate: number;
  kind: 'deadline' | 'check-in';
  /** Check-ins: how many periodic reports the task has missed ("chưa báo cáo 4 kỳ"); null for a deadline. */
  missed: number | null;
}

export interface PlanDashboard {
  ward: string;
  title: string;
  window: Run[];
  illustrative: boolean;
  summary: string;
  panels: TargetPanel[];
  table: TableBlock;
  late: LateItem[];
  /** The missed periodic reports by lead unit, as part II of the báo cáo words them, with the unit's tasks. */
  missedByUnit: { line: Run[]; items: LateItem[] }[];
}

export interface WardMatrix {
  targets: { name: string; unit: string }[];
  /** late: tasks past their due date; missed: ongoing tasks behind on their periodic reports. */
  wards: { ward: string; achieved: number; total: number; late: number; missed: number; cells: ({ verdict: Verdict; text: string; actual: number | null } | null)[] }[];
  /** Wards with the lowest share of targets met (then the most late tasks), worst first. */
  behind: { ward: string; achieved: number; total: number; late: number; missed: number }[];
}

export interface Dashboard {
  title: string;
  illustrative: boolean;
  plans: PlanDashboard[];
  matrix: WardMatrix | null;
}

function summaryText(r: StatusReport): string {
  const c = r.summary.counts;
  const parts = [`${r.summary.achieved}/${r.summary.total} chỉ tiêu đạt${c.exceeded > 0 ? ` (${c.exceeded} vượt)` : ''}`];
  if (c['not-yet'] > 0) parts.push(`${c['not-yet']} chưa đạt`);
  if (c.missed > 0) parts.push(`${c.missed} không đạt`);
  if (c['no-data'] > 0) parts.push(`${c['no-data']} chưa có số liệu`);
  if (c['no-target'] > 0) parts.push(`${c['no-target']} chưa có chỉ tiêu`);
  const { late, missed } = lateCounts(r);
  return `${parts.join(', ')}; ${late} nhiệm vụ quá hạn${missed > 0 ? `; ${missed} nhiệm vụ chậm báo cáo định kỳ` : ''}.`;
}

export function planDashboard(r: StatusReport, ward: string): PlanDashboard {
  const L = REPORT_LABELS.vi;
  const late = r.overdue
    .filter((o) => !o.upcoming)
    .map((o) => ({ unit: r.unitNames[o.leadUnit] ?? o.leadUnit, text: o.text, due: o.due, daysLate: o.daysLate, kind: o.kind, missed: o.missed }));
  return {
    ward,
    title: `${r.plan.issuer}: Kế hoạch ${r.plan.symbol}`,
    window: reportWindowRuns(r),
    illustrative: r.illustrative,
    summary: summaryText(r),
    panels: r.targets.map((row) => ({
      id: row.id,
      name: row.name,
      unit: row.unit,
      accrual: row.accrual === 'sum' ? 'sum' : 'level',
      verdict: { code: row.verdict, text: L.verdict[row.verdict] },
      actual: row.actual,
      estimate: row.estimate,
      planText: plannedText(row, 'vi'),
      progress: row.progress,
      pace: row.expected !== null && row.planned.reference ? Math.min(1, row.expected / row.planned.reference) : null,
      reference: row.planned.reference,
      window: { start: row.window.start, end: row.window.end },
      points: row.entries.flatMap((e) => (typeof e.value === 'number' ? [{ date: e.date, value: e.value, estimate: e.estimate === true }] : [])),
    })),
    table: appendixTable(r),
    late,
    missedByUnit: missedByUnit(r.overdue, r.unitNames).map((m) => ({ line: missedLine(m), items: late.filter((l) => l.kind === 'check-in' && l.unit === m.unit) })),
  };
}

function matrixOf(rollup: StatusRollup, reports: readonly StatusReport[]): WardMatrix {
  const L = REPORT_LABELS.vi;
  const reportOf = (w: StatusRollup['wards'][number]) => reports.find((r) => r.plan.dir === w.plan.dir && r.plan.id === w.plan.id)!;
  const wards = rollup.wards.map((w) => ({
    ward: w.ward,
    achieved: w.achieved,
    total: w.targets,
    ...lateCounts(reportOf(w)),
    cells: rollup.targets.map((t) => {
      const f = t.figures.find((x) => x.ward === w.ward);
      return f ? { verdict: f.row.verdict, text: L.verdict[f.row.verdict], actual: f.row.actual } : null;
    }),
  }));
  const share = (w: { achieved: number; total: number }) => (w.total === 0 ? 1 : w.achieved / w.total);
  const behind = [...wards].sort((a, b) => share(a) - share(b) || b.late - a.late || b.missed - a.missed).slice(0, 5).map(({ cells: _c, ...rest }) => rest);
  return { targets: rollup.targets.map((t) => ({ name: t.name, unit: t.unit })), wards, behind };
}

export function buildDashboard(reports: readonly StatusReport[], rollup: StatusRollup | null): Dashboard {
  const wardOf = (r: StatusReport) => rollup?.wards.find((w) => w.plan.dir === r.plan.dir && w.plan.id === r.plan.id)?.ward ?? r.plan.place;
  return {
    title: rollup ? `Tổng hợp ${reports.length} phường, xã` : `${reports[0]!.plan.issuer}: tình hình thực hiện kế hoạch`,
    illustrative: reports.some((r) => r.illustrative),
    plans: reports.map((r) => planDashboard(r, wardOf(r))),
    matrix: rollup ? matrixOf(rollup, reports) : null,
  };
}
