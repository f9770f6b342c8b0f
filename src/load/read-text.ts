import { diagnostic } from '../diagnostics/make.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** Plan files are small; anything larger is a mistake (a data dump, a binary) and would only be slow. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true });

export type TextResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

/** Decodes a plan file's bytes: UTF-8 only, BOM dropped, no NUL bytes. */
export function decodeText(bytes: Uint8Array, file: string): TextResult {
  const at = { file, line: 1, column: 1 };
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, diagnostic: diagnostic('file-too-large', at, { size: bytes.length, limit: MAX_FILE_BYTES }) };
  }
  if (bytes.includes(0)) return { ok: false, diagnostic: diagnostic('not-text', at, { reason: 'nul' }) };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, diagnostic: diagnostic('not-text', at, { reason: 'utf8' }) };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}

/**
 * Line breaks and item markers (`,`, `[`, `{`, `- `, `: `) one file may hold. A plan file has a few
 * thousand; what costs time and memory is not bytes but YAML nodes and lines (the positioned parser
 * needs about 60 s and 3.7 GB for 8 MB of `[1,1,1,...]`, and 9 s for a million comment lines).
 */
export const MAX_FILE_ITEMS = 50_000;

/**
 * The offset at which the text passes MAX_FILE_ITEMS line breaks and item markers, or undefined.
 * Counts markers inside strings and comments too: a cheap over-count, one regular-expression scan.
 */
export function itemLimitOffset(text: string, limit = MAX_FILE_ITEMS): number | undefined {
  if (text.length <= limit) return undefined; // every marker is a character
  const marker = /[\n,[{]|[-:](?=[ \r\n])/g;
  let n = 0;
  while (marker.exec(text) !== null) {
    if (++n > limit) return marker.lastIndex - 1;
  }
  return undefined;
}

const CONFLICT_MARKER = /^(<{7}|={7}|>{7}|\|{7})(?: |$)/;
const ANY_CONFLICT_MARKER = /^(?:<{7}|={7}|>{7}|\|{7})(?: |\r?$)/m;

/** Lines (1-based) that hold git conflict markers: the file is mid-merge and must be resolved first. */
export function conflictMarkerLines(text: string): number[] {
  const found: number[] = [];
  if (!ANY_CONFLICT_MARKER.test(text)) return found; // one scan for the usual case
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (CONFLICT_MARKER.test(lines[i]!.replace(/\r$/, ''))) found.push(i + 1);
  }
  return found;
}

/**
 * The one definition of a line break for every reader and the writer: LF, or CRLF. A CR not
 * followed by LF is a line break to js-yaml (the fast reader) but not to the `yaml` library (the
 * slow reader, and the writer's parser), which read a CR-only file as one long comment: such a file
 * is refused, at its first lone CR. U+0085, U+2028 and U+2029 are not line breaks in YAML 1.2 for
 * either reader. Returns the offset of the first lone CR, or undefined.
 */
export function loneCrOffset(text: string): number | undefined {
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) !== 0x0a) return i;
  }
  return undefined;
}

/** 1-based line and column of an offset, lines ended by LF. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  for (let k = text.indexOf('\n'); k >= 0 && k < offset; k = text.indexOf('\n', k + 1)) line++;
  return { line, column: offset - text.lastIndexOf('\n', offset - 1) };
}

/** The first tab on each line: YAML forbids tabs for indentation and they hide in pasted Word text. */
export function tabPositions(text: string): { line: number; column: number }[] {
  const found: { line: number; column: number }[] = [];
  if (!text.includes('\t')) return found;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const col = lines[i]!.indexOf('\t');
    if (col >= 0) found.push({ line: i + 1, column: col + 1 });
  }
  return found;
}
