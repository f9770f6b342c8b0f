import type { Comparison } from '../model/comparison.js';
import type { Lang } from './lang.js';
import { EN } from './report-labels-en.js';
import { VI, type Labels } from './report-labels-vi.js';

/**
 * Words of the status and overdue reports (tables, markdown, CSV headers) and of the two commands'
 * help, in both languages. Numbers inside are formatted by the caller (render/report-format.ts).
 */
export const REPORT_LABELS: Record<Lang, Labels> = { vi: VI, en: EN };
export type ReportLabels = Labels;

/** Comparison words used by the "Kế hoạch" column, per kind (symbols are language-free). */
export type ComparisonKind = Comparison['kind'];
