import { formatVnNumber } from '../parse/vn-number.js';
import { EN_DECIMAL, formatDecimal } from './decimal-format.js';
import type { Lang } from './lang.js';

/**
 * How people read the report's numbers and dates: Vietnamese ("11,16", "6.500", "14/12/2024") or
 * English ("11.16", "6,500", "2024-12-14"). Shared by the document builders (sentences) and the
 * renderers of documents (cells).
 */

const enFormatters = new Map<number, Intl.NumberFormat>();

export function formatNumber(n: number, lang: Lang, maxFractionDigits = 2): string {
  if (lang === 'vi') return formatVnNumber(n, { maxFractionDigits });
  const out = formatDecimal(n, 0, maxFractionDigits, EN_DECIMAL) ?? intlEn(n, maxFractionDigits);
  return /^-0(\.0*)?$/.test(out) ? out.slice(1) : out;
}

function intlEn(n: number, maxFractionDigits: number): string {
  let f = enFormatters.get(maxFractionDigits);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { maximumFractionDigits: maxFractionDigits, useGrouping: true });
    enFormatters.set(maxFractionDigits, f);
  }
  return f.format(n);
}

/** Signed: "+591,91", "-0,14", "0". */
export function formatSigned(n: number, lang: Lang, maxFractionDigits = 2): string {
  const text = formatNumber(n, lang, maxFractionDigits);
  return text !== '0' && !text.startsWith('-') ? `+${text}` : text;
}

export function formatDate(iso: string, lang: Lang): string {
  if (lang === 'en') return iso;
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
