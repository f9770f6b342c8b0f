import type { Lang } from '../i18n/lang.js';
import { REPORT_LABELS } from '../i18n/report-labels.js';
import type { StatusRow } from '../report/status-report.js';
import type { VerdictValue } from './value.js';

/** A row's verdict with its word; with a stretch goal (and a figure to judge), that one's verdict too. */
export function verdictValue(row: Pick<StatusRow, 'verdict' | 'stretch' | 'final'>, lang: Lang, o: { stretch: boolean } = { stretch: true }): VerdictValue {
  const L = REPORT_LABELS[lang];
  const value: VerdictValue = { kind: 'verdict', code: row.verdict, final: row.final, text: L.verdict[row.verdict] };
  if (!o.stretch || row.stretch === null || row.verdict === 'no-data' || row.verdict === 'no-target') return value;
  return { ...value, stretch: { label: L.stretch, code: row.stretch.verdict, text: L.stretchVerdict[row.stretch.verdict] } };
}
