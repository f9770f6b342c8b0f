import type { Lang } from '../i18n/lang.js';
import { REPORT_LABELS } from '../i18n/report-labels.js';
import type { OverdueReport, StatusReport } from '../report/status-report.js';
import { csvText, type CsvValue } from './csv-cell.js';
import { plannedText, round, verdictText } from './report-format.js';

/**
 * `plan status --format csv`: one header row, one row per target (no group rows: the field is a
 * column). Several plans: rows follow one another, with the plan symbol in the first column.
 */
export function renderStatusCsv(reports: readonly StatusReport[], o: { lang: Lang; bom?: boolean }): string {
  const L = REPORT_LABELS[o.lang];
  const C = L.csv;
  const many = reports.length > 1;
  const header: CsvValue[] = [
    ...(many ? [o.lang === 'vi' ? 'Kế hoạch' : 'Plan'] : []),
    C.no, C.section, C.id, C.target, C.unit, C.planText, C.planned, C.expected, C.actual, C.estimate, C.figureDate,
    C.variance, C.ratio, C.previous, C.ratioToPrevious, C.verdict, C.stretchVerdict, C.verdictCode,
  ];
  const rows: CsvValue[][] = [header];
  for (const report of reports) {
    for (const r of report.targets) {
      rows.push([
        ...(many ? [report.plan.symbol] : []),
        r.no,
        r.section,
        r.id,
        r.name,
        r.unit,
        plannedText(r, o.lang),
        round(r.planned.reference),
        round(r.expected),
        r.actual,
        r.actual === null ? null : r.estimate,
        r.figureDate,
        round(r.variance),
        round(r.ratio, 2),
        r.previous,
        round(r.ratioToPrevious, 2),
        verdictText(r, o.lang),
        r.stretch === null ? null : r.stretch.verdict,
        r.verdict,
      ]);
    }
  }
  return csvText(rows, { bom: o.bom ?? false });
}

/** `plan overdue --format csv`: one row per item, lead unit first. */
export function renderOverdueCsv(reports: readonly OverdueReport[], o: { lang: Lang; bom?: boolean }): string {
  const C = REPORT_LABELS[o.lang].overdue.csv;
  const many = reports.length > 1;
  const rows: CsvValue[][] = [
    [...(many ? [o.lang === 'vi' ? 'Kế hoạch' : 'Plan'] : []), C.lead, C.leadName, C.id, C.section, C.task, C.kind, C.due, C.daysLate, C.upcoming, C.lastCheckIn, C.status],
  ];
  for (const report of reports) {
    for (const it of report.items) {
      rows.push([
        ...(many ? [report.plan.symbol] : []),
        it.leadUnit,
        report.unitNames[it.leadUnit] ?? null,
        it.id,
        it.section,
        it.text,
        it.kind,
        it.due,
        it.daysLate,
        it.upcoming,
        it.lastCheckIn,
        it.status,
      ]);
    }
  }
  return csvText(rows, { bom: o.bom ?? false });
}
