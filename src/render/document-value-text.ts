import type { Run } from '../document/run.js';
import type { Value } from '../document/value.js';
import type { Lang } from '../i18n/lang.js';
import { formatVnNumber } from '../parse/vn-number.js';

/**
 * A document value as text, for the page formats (docx, html): vi-VN numbers ("6.500", "50,9"),
 * dd/mm/yyyy dates. Formatting only; every figure was computed by the report core.
 */

const en = new Map<number, Intl.NumberFormat>();

export function numberText(n: number, decimals: number, lang: Lang): string {
  if (lang === 'vi') return formatVnNumber(n, { maxFractionDigits: decimals });
  let f = en.get(decimals);
  if (!f) en.set(decimals, (f = new Intl.NumberFormat('en-US', { maximumFractionDigits: decimals })));
  const out = f.format(n);
  return /^-0(\.0*)?$/.test(out) ? out.slice(1) : out;
}

export function dateText(iso: string, lang: Lang): string {
  if (lang === 'en') return iso;
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** "26/02" (vi) or "02-26" (en): a day within the report's year. */
function shortDate(iso: string, lang: Lang): string {
  const [, m, d] = iso.split('-');
  return lang === 'vi' ? `${d}/${m}` : `${m}-${d}`;
}

/** What a figure carries in brackets after it: the level a change led to, "ước", the day of a stale figure. */
export function numberBrackets(v: Extract<Value, { kind: 'number' }>, lang: Lang): string[] {
  return [
    ...(v.level === undefined ? [] : [numberText(v.level, v.decimals, lang)]),
    ...(v.qualifier === undefined ? [] : [v.qualifier]),
    ...(v.dated === undefined ? [] : [shortDate(v.dated, lang)]),
  ];
}

/** The lines of a value (a plan cell is "6.500" / "đến nay: 3.250" / "phấn đấu: tăng 3–5%"). */
export function valueLines(v: Value, lang: Lang): string[] {
  switch (v.kind) {
    case 'number': {
      // "giảm 1 (13)", "93,4 (ước)", "9 (26/02)": as the status table writes them (value-text.ts).
      const n = `${v.prefix === undefined ? '' : `${v.prefix} `}${numberText(v.value, v.decimals, lang)}`;
      const figure = `${v.label === undefined ? '' : `${v.label}: `}${n}${v.unit === undefined ? '' : ` ${v.unit}`}`;
      const brackets = numberBrackets(v, lang);
      return [brackets.length === 0 ? figure : `${figure} (${brackets.join(', ')})`];
    }
    case 'percent':
      return [numberText(v.value, v.decimals, lang)];
    case 'signed': {
      const n = numberText(v.value, v.decimals, lang);
      return [`${n !== '0' && !n.startsWith('-') ? '+' : ''}${n}${v.unit === undefined ? '' : ` ${v.unit}`}`];
    }
    case 'date':
      return [dateText(v.iso, lang)];
    case 'text':
      return [v.text];
    case 'code':
      return [v.text];
    case 'flag':
      return v.value ? [v.text] : [''];
    case 'days-late':
      return [String(v.days)];
    case 'verdict':
      return v.stretch === undefined ? [v.text] : [v.text, `${v.stretch.label}: ${v.stretch.text}`];
    case 'plan': {
      const lines = [v.text];
      if (v.toDate) lines.push(`${v.toDate.label}: ${numberText(v.toDate.value, v.decimals, lang)}`);
      if (v.stretch) lines.push(`${v.stretch.label}: ${v.stretch.text}`);
      for (const n of v.notes ?? []) lines.push(`${n.label}: ${numberText(n.value, v.decimals, lang)}`);
      return lines;
    }
    case 'list':
      return v.items.flatMap((i) => valueLines(i, lang));
    case 'empty':
      return [''];
  }
}

/** A value inside a sentence: its lines joined. */
export const valueText = (v: Value, lang: Lang): string => valueLines(v, lang).filter((l) => l !== '').join('; ');

/** The runs of a sentence as plain text. */
export const runsText = (runs: readonly Run[], lang: Lang): string =>
  runs.map((r) => (r.kind === 'value' ? valueText(r.value, lang) : r.text)).join('');
