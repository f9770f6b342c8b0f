import jsYaml from 'js-yaml';
import { MAX_DEPTH, normalizeText } from './normalize.js';
import { readPlainYaml } from './plain-yaml.js';

/**
 * The fast way to read a plan file's data: js-yaml is about ten times faster than the `yaml`
 * library's document parser, but gives no positions and differs from it at a few edges (binary
 * integers, merge keys, tags). So it is used only on text where both agree (no anchors, aliases,
 * tags, merge keys, tabs or `0b` numbers) and its result is trusted only when the file then passes
 * every check; anything else is read again the slow way, which reports with positions.
 * test/load/fast-load.test.ts checks both give the same data on every test file.
 */
// Anchors, aliases and tags start a token (after a space, a line start or a flow bracket); an "&"
// inside a word ("GD&ĐT") is plain text and safe.
const UNSAFE = /\t|(?:^|[\s[{,])[&*!]|<<|\b0b[01]|__proto__/;

const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');

const TOKEN_MARK = /[&*!]/g;
const BEFORE_TOKEN = /[\s[{,]/;

/**
 * UNSAFE.test(text), by its alternatives: plain substring searches and a look at each "&", "*" or
 * "!" (rare in plan text) cost a fraction of the one regular expression tried at every offset.
 */
function mayBeUnsafe(text: string): boolean {
  if (text.includes('\t') || text.includes('<<') || text.includes('__proto__')) return true;
  if (text.includes('0b') && /\b0b[01]/.test(text)) return true;
  TOKEN_MARK.lastIndex = 0;
  for (let m = TOKEN_MARK.exec(text); m !== null; m = TOKEN_MARK.exec(text)) {
    if (m.index === 0 || BEFORE_TOKEN.test(text[m.index - 1]!)) return true;
  }
  return false;
}

/** Whole-line comments may say anything ("bỏ dấu ** và *"): a match inside one does not count. */
function unsafe(text: string): boolean {
  if (!mayBeUnsafe(text)) return false; // the usual case
  for (const m of text.matchAll(UNSAFE_ALL)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (!/^[ ]*#/.test(text.slice(lineStart, m.index + 1))) return true;
  }
  return false;
}

/**
 * True when a quoted text runs over a line break, or a block text (`|`, `>`) appears. js-yaml
 * accepts a quoted text continued at any indentation ("note: 'a" then "b'" or "- '" at the margin)
 * and reads a block text whose first lines are more indented than the rest as empty; `yaml` (the
 * positional reader, and the writer's) refuses both, as YAML does. Plan files hold such texts rarely:
 * they are left to the positional reader, so that the two never read a file differently (found by
 * test/load/reader-agreement.test.ts). A quote or a block indicator opens a text only where a value
 * starts (first on its line, or after ": ", "- ", "? ", "[", "{" or ","); comments are skipped. A
 * quoted text followed by anything but a space, a line end or flow punctuation is left to it too.
 */
export function multilineText(text: string): boolean {
  // Every line starts a value, and a text that runs over a line break is the answer itself: so each
  // line can be judged alone, and only a line holding a quote, "|" or ">" can be the one.
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    const start = text.lastIndexOf('\n', m.index) + 1;
    const lineEnd = text.indexOf('\n', m.index);
    const end = lineEnd < 0 ? text.length : lineEnd;
    if (lineOpensMultiline(text, start, end)) return true;
    CANDIDATE.lastIndex = end + 1;
  }
  return false;
}

const CANDIDATE = /['"|>]/g;

/** multilineText's scan of one line, [start, stop) (stop at its LF or the text's end). */
function lineOpensMultiline(text: string, start: number, stop: number): boolean {
  let opensValue = true; // at a line start
  const n = text.length;
  for (let i = start; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0d) continue;
    if (c === 0x23 && (i === 0 || text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0x0a)) {
      // A comment runs to the line end ("a#b" is text, not a comment).
      return false;
    } else if (opensValue && (c === 0x7c || c === 0x3e)) {
      return true;
    } else if (opensValue && (c === 0x27 || c === 0x22)) {
      const end = closingQuote(text, i);
      if (end < 0) return true;
      const lineEnd = text.indexOf('\n', i);
      if (lineEnd >= 0 && lineEnd < end) return true;
      const after = end + 1 < n ? text.charCodeAt(end + 1) : 0x0a;
      // Only a space, a line end, flow punctuation or ":" may follow ('"a"#b' is a comment to js-yaml only).
      if (after !== 0x20 && after !== 0x0d && after !== 0x0a && after !== 0x2c && after !== 0x5d && after !== 0x7d && after !== 0x3a) return true;
      i = end;
      opensValue = false;
    } else {
      const next = text.charCodeAt(i + 1);
      const spaced = next === 0x20 || next === 0x0a || next === 0x0d;
      opensValue = c === 0x5b || c === 0x7b || c === 0x2c || (spaced && (c === 0x3a || c === 0x2d || c === 0x3f));
    }
  }
  return false;
}

/** The offset of the quote closing the one at `open` ('' and \" are escapes), or -1. */
function closingQuote(text: string, open: number): number {
  const q = text[open]!;
  for (let i = text.indexOf(q, open + 1); i >= 0; i = text.indexOf(q, i + 1)) {
    if (q === "'") {
      if (text.charCodeAt(i + 1) !== 0x27) return i;
      i++;
    } else {
      let k = i - 1;
      while (text.charCodeAt(k) === 0x5c) k--;
      if ((i - 1 - k) % 2 === 0) return i;
    }
  }
  return -1;
}

/** The data as written (no NFC), or not ok where the fast reader may disagree with `yaml`. */
export function fastParse(text: string): { ok: true; data: unknown } | { ok: false } {
  if (unsafe(text) || multilineText(text)) return { ok: false };
  const plain = readPlainYaml(text);
  if (plain !== undefined) return { ok: true, data: plain };
  try {
    return { ok: true, data: jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false }) ?? null };
  } catch {
    return { ok: false };
  }
}

export function fastLoad(text: string): { ok: true; data: unknown } | { ok: false } {
  const parsed = fastParse(text);
  if (!parsed.ok) return parsed;
  try {
    const data = normalizeText(parsed.data);
    return { ok: true, data };
  } catch {
    // Syntax errors, duplicate keys, several documents, nesting past MAX_DEPTH: the slow path reports them.
    return { ok: false };
  }
}

export { MAX_DEPTH };
