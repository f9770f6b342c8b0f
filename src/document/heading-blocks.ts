import type { Lang } from '../i18n/lang.js';
import { REPORT_LABELS } from '../i18n/report-labels.js';
import type { ReportPeriod, ReportTerm } from '../report/status-report.js';
import type { Block } from './block.js';
import type { Run } from './run.js';
import { sentence } from './sentence.js';
import { date } from './values.js';

/** A term plan's line: which year its yearly targets are judged in, or (the whole term) that they go year by year. */
export function termLineText(term: ReportTerm, lang: Lang): string {
  const L = REPORT_LABELS[lang];
  return (term.whole ? L.termLineWhole : L.termLine)(term.name, term.start, term.end, term.year);
}

/**
 * "Kỳ báo cáo 2024-H1 (15/12/2023 - 14/06/2024, ...). Số liệu đến ngày 14/06/2024." with the dates as
 * values; then what is judged over what: a term plan's term line, or for several plans `spans`
 * (plan-spans.ts).
 */
export function windowRuns(asOf: string, period: ReportPeriod | null, lang: Lang, term: ReportTerm | null = null, spans: string | null = null): Run[] {
  const L = REPORT_LABELS[lang];
  const at: Run[] = [...sentence(L.asOf, date(asOf)), { kind: 'text' as const, text: '.' }];
  // A term plan: which year its yearly targets are judged in ("Kế hoạch nhiệm kỳ 2020-2025 (2021-2025): ...").
  const span = spans ?? (term === null ? null : termLineText(term, lang));
  if (span !== null) at.push({ kind: 'text', text: ` ${span}` });
  if (period === null) return at;
  return [
    ...sentence(L.period, period.code, date(period.start), date(period.end), L.convention[period.convention]),
    { kind: 'text', text: '. ' },
    ...at,
  ];
}

/**
 * The opening blocks of a report document: its heading, the window line (omitted when the heading
 * already names the date) and the illustrative-figures banner.
 */
export function headingBlocks(o: {
  title: string;
  aside?: Run[];
  window: { asOf: string; period: ReportPeriod | null; term?: ReportTerm | null; spans?: string | null } | null;
  illustrative: boolean;
  lang: Lang;
}): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: o.title, ...(o.aside ? { aside: o.aside } : {}) }];
  if (o.window) blocks.push({ kind: 'paragraph', role: 'window', runs: windowRuns(o.window.asOf, o.window.period, o.lang, o.window.term ?? null, o.window.spans ?? null) });
  if (o.illustrative) blocks.push({ kind: 'note', tone: 'warning', runs: [{ kind: 'text', text: REPORT_LABELS[o.lang].banner }] });
  return blocks;
}
