import { isDeepStrictEqual } from 'node:util';
import { parse, Scalar, stringify } from 'yaml';
import { ProgressEntry } from '../model/progress-entry.js';
import { WriteError } from './errors.js';

/** Fixed key order of a rendered entry: stable diffs, and every entry reads the same way. */
export const ENTRY_KEY_ORDER = [
  'target',
  'task',
  'date',
  'period',
  'value',
  'status',
  'estimate',
  'correction',
  'source',
  'by',
  'recorded',
  'note',
] as const satisfies readonly (keyof ProgressEntry)[];

/**
 * One scalar as YAML text on a single line: plain when YAML would read it back as the same value,
 * quoted otherwise (`"010"`, `"Tỷ lệ: 93%"`, `"# ..."`, `"true"`). Multi-line strings and strings
 * the library would write as block scalars (`---`) are double-quoted with escapes, so every key stays
 * on one line. Never folds (lineWidth 0).
 */
export function renderScalar(value: string | number | boolean): string {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new TypeError(`cannot render non-finite number ${value}`);
  }
  let text = typeof value === 'string' && NOT_RAW.test(value) ? escapedDoubleQuoted(value) : stringifyScalar(value, false);
  if (text.includes('\n')) text = stringifyScalar(value, true);
  if (text.includes('\n') || !isDeepStrictEqual(parse(text), value)) {
    // Not expected for any string/number/boolean; guards against a library change.
    throw new TypeError(`cannot render ${JSON.stringify(value)} as a one-line YAML scalar`);
  }
  return text;
}

/**
 * Characters never written raw into a progress file: tab (the loader refuses every tab, they hide
 * in pasted Word text), the other C0 controls, DEL and C1 (YAML forbids them raw), CR and LF, the
 * line and paragraph separators and NEL (line breaks to some readers), BOM and non-characters, and
 * lone surrogates. A string holding one is written double-quoted with escapes (`"a\tb"`).
 */
const NOT_RAW = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|\p{Cs}/u;

function escapedDoubleQuoted(value: string): string {
  let out = '"';
  for (const ch of value) {
    const c = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else if (NOT_RAW.test(ch)) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

function stringifyScalar(value: string | number | boolean, forceDoubleQuote: boolean): string {
  const node = new Scalar(value);
  if (forceDoubleQuote) node.type = Scalar.QUOTE_DOUBLE;
  return stringify(node, { lineWidth: 0, minContentWidth: 0 }).replace(/\n$/, '');
}

/**
 * Checks the entry against the ProgressEntry schema and returns it with only the known keys that
 * are set. Throws WriteError 'invalid-entry'.
 */
export function checkEntry(entry: ProgressEntry, path = ''): ProgressEntry {
  const result = ProgressEntry.safeParse(entry);
  if (!result.success) {
    throw new WriteError('invalid-entry', path, result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '), {
      details: { issues: result.error.issues },
    });
  }
  const out: Record<string, unknown> = {};
  for (const key of ENTRY_KEY_ORDER) {
    const v = result.data[key];
    if (v !== undefined) out[key] = v;
  }
  return out as ProgressEntry;
}

/**
 * The entry as the lines of one block-sequence item, without line endings:
 * `["  - target: bhyt", "    date: 2024-06-14", "    value: 93.5"]` for indent 2.
 * `indent` is the column of the `-`.
 */
export function renderEntryLines(entry: ProgressEntry, indent = 2): string[] {
  const clean = checkEntry(entry);
  const lines: string[] = [];
  const pad = ' '.repeat(indent);
  for (const key of ENTRY_KEY_ORDER) {
    const v = clean[key];
    if (v === undefined) continue;
    const prefix = lines.length === 0 ? `${pad}- ` : `${pad}  `;
    lines.push(`${prefix}${key}: ${renderScalar(v)}`);
  }
  return lines;
}

/** The item as text, each line ended by `eol`. */
export function renderEntry(entry: ProgressEntry, options: { indent?: number; eol?: '\n' | '\r\n' } = {}): string {
  const eol = options.eol ?? '\n';
  return renderEntryLines(entry, options.indent ?? 2)
    .map((l) => l + eol)
    .join('');
}
