/** The lines under a report table's title (the báo cáo's appendices, the workbook's sheets, the dashboard): the window of its figures and the illustrative-figures note, built in one place so they read alike. */
import type { StatusReport } from '../report/status-report.js';
import { termLineText } from './heading-blocks.js';
import type { Run } from './run.js';

const t = (text: string): Run => ({ kind: 'text', text });

/** The warning on figures made up for a demonstration (`plan.illustrative`). */
export const ILLUSTRATIVE_NOTE = 'Số liệu minh họa, không phải số liệu thật.';

/**
 * "Kỳ báo cáo 2024-H1 (15/12/2023 - 14/06/2024). Số liệu đến ngày 14/06/2024", then what is judged
 * over what: a term plan's term line (which year its yearly targets are of, or that they go year by
 * year), or for several plans `spans` (plan-spans.ts). The dates are values.
 */
export function reportWindowRuns(report: Pick<StatusReport, 'asOf' | 'period'> & { term?: StatusReport['term'] }, spans: string | null = null): Run[] {
  const asOf: Run[] = [t('Số liệu đến ngày '), { kind: 'value', value: { kind: 'date', iso: report.asOf } }];
  const span = spans ?? (report.term ? termLineText(report.term, 'vi') : null);
  if (span !== null) asOf.push(t(`. ${span}`));
  if (report.period === null) return asOf;
  return [
    t(`Kỳ báo cáo ${report.period.code} (`),
    { kind: 'value', value: { kind: 'date', iso: report.period.start } },
    t(' - '),
    { kind: 'value', value: { kind: 'date', iso: report.period.end } },
    t('). '),
    ...asOf,
  ];
}

/** A table's notes: the illustrative-figures warning when its figures are. */
export const illustrativeNotes = (illustrative: boolean): Run[][] => (illustrative ? [[t(ILLUSTRATIVE_NOTE)]] : []);
