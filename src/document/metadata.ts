import type { Lang } from '../i18n/lang.js';
import type { PeriodConvention } from '../report/periods.js';

/** The plan a document reports on. */
export interface DocumentPlan {
  id: string;
  symbol: string;
  title: string;
  place: string;
  issuer: string;
  /** The plan folder. */
  dir: string;
}

/** What a document is about: for whom, as of when, over which window, in which language. */
export interface DocumentMeta {
  /** Which report it was built from. */
  report: 'status' | 'overdue' | 'status-rollup' | 'overdue-rollup' | 'bao-cao';
  /** The plans reported on (one, or every ward of a rollup, in report order). */
  plans: DocumentPlan[];
  /** Figures dated after this day are not counted (ISO). */
  asOf: string;
  /** The report period (its code and window), or null for a report as of a date. */
  period: { code: string; start: string; end: string; convention: PeriodConvention } | null;
  convention: PeriodConvention | null;
  /** Example figures (plans/ marked illustrative): every format must say so. */
  illustrative: boolean;
  /** The language of every word in the document. */
  lang: Lang;
}
