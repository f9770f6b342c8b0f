/** A document's metadata from the reports it is built of: one builder for the status, overdue and báo cáo documents, so that each names its plans, window and language alike. */
import type { Lang } from '../i18n/lang.js';
import type { StatusReport } from '../report/status-report.js';
import { documentPlan } from './document-plan.js';
import type { DocumentMeta } from './metadata.js';

/** What the metadata needs of a report; an overdue report has no window (period and convention null). */
type Source = Pick<StatusReport, 'plan' | 'asOf' | 'illustrative'> & Partial<Pick<StatusReport, 'period' | 'convention'>>;

/** The plans in report order; the window and as-of date of the first (a document's reports share them); illustrative if any is. */
export function documentMeta(report: DocumentMeta['report'], reports: readonly Source[], lang: Lang): DocumentMeta {
  const first = reports[0]!;
  return {
    report,
    plans: reports.map((r) => documentPlan(r.plan)),
    asOf: first.asOf,
    period: first.period ?? null,
    convention: first.convention ?? null,
    illustrative: reports.some((r) => r.illustrative),
    lang,
  };
}
