import type { Run } from '../document/run.js';
import type { Value } from '../document/value.js';
import type { Lang } from '../i18n/lang.js';
import { formatDate, formatNumber, formatSigned } from '../i18n/number-format.js';
import { REPORT_LABELS } from '../i18n/report-labels.js';

export interface ValueTextOptions {
  /** Between a verdict and its stretch goal's: ";\n" in a table cell, "; " on one line. */
  verdictSeparator?: string;
  /** Days late in a cell under "Trễ (ngày)" ("134"), or in a sentence ("trễ 134 ngày"). */
  days?: 'cell' | 'sentence';
}

/**
 * A value as people read it, for the text formats (terminal, markdown; docx and html sentences):
 * numbers in the document's language, a figure's qualifier in brackets, the lines of a plan cell.
 */
export function valueText(v: Value, lang: Lang, o: ValueTextOptions = {}): string {
  switch (v.kind) {
    case 'number': {
      const figure = formatNumber(v.value, lang, v.decimals);
      return `${v.label === undefined ? '' : `${v.label}: `}${figure}${v.qualifier === undefined ? '' : ` (${v.qualifier})`}`;
    }
    case 'percent':
      return formatNumber(v.value, lang, v.decimals);
    case 'signed':
      return formatSigned(v.value, lang, v.decimals);
    case 'date':
      return formatDate(v.iso, lang);
    case 'text':
    case 'code':
    case 'flag':
      return v.text;
    case 'days-late': {
      const L = REPORT_LABELS[lang].overdue;
      if (v.upcoming) return L.upcoming(-v.days);
      return o.days === 'sentence' ? L.late(v.days) : String(v.days);
    }
    case 'verdict':
      return v.stretch === undefined ? v.text : `${v.text}${o.verdictSeparator ?? '; '}${v.stretch.label}: ${v.stretch.text}`;
    case 'plan': {
      const lines = [v.text];
      if (v.toDate) lines.push(`${v.toDate.label}: ${formatNumber(v.toDate.value, lang, v.decimals)}`);
      if (v.stretch) lines.push(`${v.stretch.label}: ${v.stretch.text}`);
      return lines.join('\n');
    }
    case 'list':
      return v.items.map((item) => valueText(item, lang, o)).join('\n');
    case 'empty':
      return '';
  }
}

/** A sentence's runs as one string (values written as in a sentence). */
export function runsText(runs: readonly Run[], lang: Lang): string {
  return runs.map((r) => (r.kind === 'value' ? valueText(r.value, lang, { days: 'sentence' }) : r.text)).join('');
}
