import fc from 'fast-check';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { fastParse, multilineText } from '../../src/load/fast-load.js';

// The pre-scans of the fast reader, checked against their plain definitions on random texts made of
// the characters that matter to them: they decide which reader reads a file.

/** multilineText as first written: one character at a time over the whole text. */
function referenceMultiline(text: string): boolean {
  let opensValue = true; // at a line start
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0d) continue;
    if (c === 0x0a) {
      opensValue = true;
    } else if (c === 0x23 && (i === 0 || text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0x0a)) {
      // A comment runs to the line end ("a#b" is text, not a comment).
      const end = text.indexOf('\n', i);
      if (end < 0) return false;
      i = end - 1;
    } else if (opensValue && (c === 0x7c || c === 0x3e)) {
      return true;
    } else if (opensValue && (c === 0x27 || c === 0x22)) {
      const end = referenceClosingQuote(text, i);
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
function referenceClosingQuote(text: string, open: number): number {
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

/** The one regular expression the unsafe pre-scan stands for (whole-line comments aside). */
const UNSAFE = /\t|(?:^|[\s[{,])[&*!]|<<|\b0b[01]|__proto__/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');
function referenceUnsafe(text: string): boolean {
  for (const m of text.matchAll(UNSAFE_ALL)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (!/^[ ]*#/.test(text.slice(lineStart, m.index + 1))) return true;
  }
  return false;
}

const piece = fc.constantFrom(
  ' ', ' ', '  ', '\n', '\n', '\r\n', '\r', '\t', '\u00a0', '#', ' #', '|', '>', "'", '"', "''", '\\', '\\"', ':', ': ', '-', '- ', '?', '? ',
  '[', ']', '{', '}', ',', 'a', 'key', 'Tỷ lệ', '&', '*', '!', 'GD&ĐT', '<<', '0b1', 'x0b1', '__proto__', '"a"', "'it''s'",
);
const texts = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));

describe('the fast reader\'s pre-scans', () => {
  it('multilineText agrees with the character-by-character definition', () => {
    fc.assert(fc.property(texts, (text) => {
        expect(multilineText(text)).toBe(referenceMultiline(text));
      }), { numRuns: 20000 });
  });

  it('the unsafe scan agrees with its regular expression', () => {
    // fastParse refuses exactly the texts either scan flags (and otherwise reads them).
    fc.assert(
      fc.property(texts, (text) => {
        const refused = referenceUnsafe(text) || referenceMultiline(text);
        if (refused) expect(fastParse(text).ok).toBe(false);
        else if (!fastParse(text).ok) expect(() => jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA })).toThrow();
      }),
      { numRuns: 20000 },
    );
  });

  it.each([
    ['a: |\n  x\n', true],
    ['a: "x\n  y"\n', true],
    ['a: "x" # "y\n', false],
    ['# a: |\nb: c\n', false],
    ['a: b # c: |\n', false],
    ["a: it's\nb: '|'\n", false],
    ['a: "x"y\n', true],
    ['- "a": |\n', true],
    ['a:\r\n  - >\r\n', true],
    ['a: "x\\"\nb: y"\n', true],
  ])('multilineText(%j) is %s', (text, expected) => {
    expect(multilineText(text)).toBe(expected);
    expect(referenceMultiline(text)).toBe(expected);
  });
});
