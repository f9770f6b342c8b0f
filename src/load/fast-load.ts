import jsYaml from 'js-yaml';
import { MAX_DEPTH, normalizeText } from './normalize.js';

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

/** Whole-line comments may say anything ("bỏ dấu ** và *"): a match inside one does not count. */
function unsafe(text: string): boolean {
  if (!UNSAFE.test(text)) return false; // one scan for the usual case
  for (const m of text.matchAll(UNSAFE_ALL)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (!/^[ ]*#/.test(text.slice(lineStart, m.index + 1))) return true;
  }
  return false;
}

/** The data as written (no NFC), or not ok where the fast reader may disagree with `yaml`. */
export function fastParse(text: string): { ok: true; data: unknown } | { ok: false } {
  if (unsafe(text)) return { ok: false };
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
