/**
 * CSV cells (RFC 4180): fields holding a comma, a double quote, CR or LF are quoted, quotes doubled.
 * Text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) is prefixed
 * with an apostrophe; a plain number such as "-2" stays a number. Numbers are written dot-decimal.
 * Control characters (ESC, BEL, C1, bidi controls; see control-chars.ts) are shown, not passed on:
 * a CSV is often `cat` to a terminal, and Excel shows RLO as it is.
 */
import { neutralizeControls } from '../text/control-chars.js';

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d+)?|\.\d+)$/;
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvValue = string | number | boolean | null | undefined;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    text = String(Object.is(value, -0) ? 0 : value);
  } else {
    text = neutralizeControls(value.normalize('NFC'));
    if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text: CRLF line ends (RFC 4180), optional UTF-8 BOM for Excel. */
export function csvText(rows: readonly (readonly CsvValue[])[], o: { bom?: boolean } = {}): string {
  const body = rows.map((r) => r.map(csvCell).join(',')).join('\r\n');
  return `${o.bom ? '\ufeff' : ''}${body}\r\n`;
}
