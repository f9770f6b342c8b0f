import { actualWords } from './plan-text.js';
import { REPORT_LABELS } from '../i18n/report-labels.js';
import type { StatusRollup } from '../report/rollup.js';
import type { StatusReport } from '../report/status-report.js';
import { appendixTable } from './report-appendix.js';
import { planSpans } from './plan-spans.js';
import { lateCounts } from './report-missed.js';
import { illustrativeNotes, reportWindowRuns } from './report-window.js';
import type { Run } from './run.js';
import type { Column, Row, TableBlock } from './table.js';
import type { Value } from './value.js';

/**
 * The report as sheets (the .xlsx; the dashboard reads the same): one sheet per plan with the
 * appendix table, and for several plans a summary sheet first, a row per ward and, for each target
 * the wards share, its figure and verdict. Values only; the renderer gives them number formats.
 */
export interface WorkbookSheet {
  /** The sheet tab: at most 31 characters, unique, none of []:*?/\ (Excel's rules). */
  name: string;
  title: string;
  subtitle: Run[];
  notes: Run[][];
  /** A header row above the table's own, cells spanning columns (a target over its two columns). */
  headerGroups?: { label: string; span: number }[];
  table: TableBlock;
}

export interface ReportWorkbook {
  title: string;
  illustrative: boolean;
  sheets: WorkbookSheet[];
}

/** Excel refuses []:*?/\ in a tab name and more than 31 characters; names must differ. */
export function sheetNames(names: readonly string[], reserved: readonly string[] = []): string[] {
  const used = new Set(reserved.map((r) => r.toLocaleLowerCase('vi')));
  return names.map((raw) => {
    const base = raw.normalize('NFC').replace(/[[\]:*?/\\]/g, '-').trim().slice(0, 31) || 'Sheet';
    let name = base;
    for (let i = 2; used.has(name.toLocaleLowerCase('vi')); i++) name = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
    used.add(name.toLocaleLowerCase('vi'));
    return name;
  });
}

function planSheet(report: StatusReport, name: string): WorkbookSheet {
  return {
    name,
    title: `${report.plan.issuer}: tình hình thực hiện các chỉ tiêu chủ yếu (Kế hoạch ${report.plan.symbol})`,
    subtitle: reportWindowRuns(report),
    notes: illustrativeNotes(report.illustrative),
    table: appendixTable(report),
  };
}

const SUMMARY = 'Tổng hợp';

/** The summary sheet: a row per ward; its counts; each shared target's figure and verdict. */
function summarySheet(rollup: StatusRollup, reports: readonly StatusReport[]): WorkbookSheet {
  const L = REPORT_LABELS.vi;
  const col = (id: string, label: string, role: Column['role'], align: Column['align']): Column => ({ id, label, role, align, wrap: role === 'name' });
  const columns: Column[] = [
    col('no', 'TT', 'index', 'center'),
    col('ward', 'Phường, xã', 'name', 'left'),
    col('targets', 'Số chỉ tiêu', 'figure', 'right'),
    col('achieved', 'Đạt, vượt', 'figure', 'right'),
    col('late', 'Nhiệm vụ quá hạn', 'figure', 'right'),
    col('missed', 'Chậm báo cáo định kỳ', 'figure', 'right'),
  ];
  const groups: { label: string; span: number }[] = [{ label: '', span: columns.length }];
  for (const [i, s] of rollup.targets.entries()) {
    columns.push(col(`t${i}:actual`, `Thực hiện (${s.unit})`, 'figure', 'right'), col(`t${i}:verdict`, 'Đánh giá', 'verdict', 'left'));
    groups.push({ label: s.name, span: 2 });
  }
  const rows: Row[] = rollup.wards.map((w, i) => {
    const counts = lateCounts(reports.find((r) => r.plan.dir === w.plan.dir && r.plan.id === w.plan.id)!);
    const cells: Value[] = [
      { kind: 'number', value: i + 1, decimals: 0 },
      { kind: 'text', text: w.ward },
      { kind: 'number', value: w.targets, decimals: 0 },
      { kind: 'number', value: w.achieved, decimals: 0 },
      { kind: 'number', value: counts.late, decimals: 0 },
      { kind: 'number', value: counts.missed, decimals: 0 },
    ];
    for (const s of rollup.targets) {
      const f = s.figures.find((x) => x.ward === w.ward);
      if (!f) cells.push({ kind: 'empty' }, { kind: 'empty' });
      else {
        const r = f.row;
        cells.push(
          r.actual === null ? { kind: 'empty' } : actualWords(r, 'vi') !== null ? { kind: 'text', text: actualWords(r, 'vi')! } : { kind: 'number', value: r.actual, decimals: 2, ...(r.estimate ? { qualifier: L.estimate } : {}) },
          { kind: 'verdict', code: r.verdict, final: rollup.asOf >= r.window.end, text: L.verdict[r.verdict] },
        );
      }
    }
    return { kind: 'data', key: w.ward, indent: 0, cells };
  });
  const first = reports[0]!;
  return {
    name: SUMMARY,
    title: `Tổng hợp ${rollup.wards.length} phường, xã: tình hình thực hiện các chỉ tiêu chủ yếu`,
    subtitle: reportWindowRuns(first, planSpans(reports, rollup.wards, 'vi')),
    notes: illustrativeNotes(reports.some((r) => r.illustrative)),
    headerGroups: groups,
    table: { kind: 'table', id: 'wards-targets', columns, rows },
  };
}

export function buildWorkbook(reports: readonly StatusReport[], rollup: StatusRollup | null): ReportWorkbook {
  // A sheet per ward, in the rollup's ward order, named as the rollup names the ward.
  const wardOf = (r: StatusReport) => rollup?.wards.find((w) => w.plan.dir === r.plan.dir && w.plan.id === r.plan.id);
  const order = rollup ? [...reports].sort((a, b) => rollup.wards.indexOf(wardOf(a)!) - rollup.wards.indexOf(wardOf(b)!)) : [...reports];
  const names = sheetNames(order.map((r) => wardOf(r)?.ward ?? r.plan.place), rollup ? [SUMMARY] : []);
  const sheets = order.map((r, i) => planSheet(r, names[i]!));
  return {
    title: rollup ? `Tổng hợp ${reports.length} kế hoạch` : `Kế hoạch ${reports[0]!.plan.symbol}`,
    illustrative: reports.some((r) => r.illustrative),
    sheets: rollup ? [summarySheet(rollup, reports), ...sheets] : sheets,
  };
}
