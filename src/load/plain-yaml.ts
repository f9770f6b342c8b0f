/**
 * The plain reader: the YAML that plan files are made of (block mappings and sequences, one-line
 * quoted texts, plain texts and numbers, `[a, b]` lists, comments), read a line at a time with
 * native string searches. On one ward it costs a fraction of js-yaml, whose reader goes character
 * by character, and every start of validate, status and record reads the whole plan. Anything else
 * (flow mappings, quoted keys, escapes beyond the common ones, a number js-yaml reads in another
 * notation, a blank line inside a folded text, an indentation it would have to guess at) gives
 * undefined: the file then goes to js-yaml, and on from there as before. Where it gives data, it is
 * js-yaml's data (test/load/plain-yaml.test.ts: every test file and random texts).
 *
 * Runs after fast-load's pre-scans: no tabs, anchors, aliases, tags, merge keys, "__proto__", block
 * texts or quoted texts over several lines reach it.
 */

interface Line {
  /** Spaces before the content. */
  indent: number;
  /** The line without its indentation and its trailing spaces. */
  text: string;
  /** A blank or comment line comes before this one. */
  afterGap: boolean;
}

class Unsure extends Error {}
const UNSURE = new Unsure();

// js-yaml refuses these (its PATTERN_NON_PRINTABLE); lone surrogates are left to it too.
const NON_PRINTABLE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?:[^\ud800-\udbff]|^)[\udc00-\udfff]/;
// Line breaks of other systems, which YAML readers treat differently: left to js-yaml.
const OTHER_BREAKS = /[\u0085\u2028\u2029]|\r(?!\n)/;

const KEY = /^([A-Za-z_][A-Za-z0-9_.-]*|0|[1-9][0-9]{0,14}):(?: +|$)/;
// Numbers as written in plan files; js-yaml reads them the same way (parseInt, parseFloat).
const SIMPLE_NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;
// Everything js-yaml's core schema may read as a number (its int rules and its float pattern).
const INT_LIKE = /^[-+]?(?:0b[01]+|0x[0-9a-fA-F]+|0o[0-7]+|[0-9]+)$/;
const FLOAT_LIKE = /^(?:[-+]?(?:[0-9]+)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const NULLS = new Set(['~', 'null', 'Null', 'NULL']);
const TRUES = new Set(['true', 'True', 'TRUE']);
const FALSES = new Set(['false', 'False', 'FALSE']);
// A plain text may not start with these (indicators), nor hold ": " or " #" other than as a comment.
const INDICATORS = new Set(['-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`']);
const HEX = /^[0-9a-fA-F]+$/;
const ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r', '0': '\0' };

/** The data of `text`, or undefined where js-yaml is to read it. */
export function readPlainYaml(text: string): unknown {
  if (text.charCodeAt(0) === 0xfeff || NON_PRINTABLE.test(text) || OTHER_BREAKS.test(text)) return undefined;
  try {
    const reader = new Reader(linesOf(text));
    if (reader.lines.length === 0) return null;
    const first = reader.lines[0]!;
    const data = reader.node(first.indent, -1);
    if (reader.at < reader.lines.length) return undefined;
    return data;
  } catch (e) {
    if (e === UNSURE) return undefined;
    throw e;
  }
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let gap = false;
  for (const raw of text.split('\n')) {
    let end = raw.length;
    while (end > 0 && (raw.charCodeAt(end - 1) === 0x20 || raw.charCodeAt(end - 1) === 0x0d)) end--;
    let indent = 0;
    while (indent < end && raw.charCodeAt(indent) === 0x20) indent++;
    if (indent === end || raw.charCodeAt(indent) === 0x23) {
      gap = true;
      continue;
    }
    const line = raw.slice(indent, end);
    // Document markers and directives: left to js-yaml.
    if (indent === 0 && (line.startsWith('---') || line.startsWith('...') || line[0] === '%')) throw UNSURE;
    out.push({ indent, text: line, afterGap: gap });
    gap = false;
  }
  return out;
}

class Reader {
  at = 0;
  constructor(readonly lines: Line[]) {}

  /** The block node whose first line is the current one, at `indent`, inside a parent at `parent`. */
  node(indent: number, parent: number): unknown {
    const line = this.lines[this.at]!;
    if (line.indent !== indent || indent <= parent) throw UNSURE;
    return isItem(line.text) ? this.sequence(indent) : this.mapping(indent);
  }

  mapping(indent: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (let line = this.lines[this.at]; line && line.indent === indent; line = this.lines[this.at]) {
      if (isItem(line.text)) throw UNSURE;
      const m = KEY.exec(line.text);
      if (!m) throw UNSURE;
      const key = m[1]!;
      if (NULLS.has(key) || TRUES.has(key) || FALSES.has(key) || Object.prototype.hasOwnProperty.call(out, key)) throw UNSURE;
      const rest = line.text.slice(m[0].length);
      this.at++;
      out[key] = rest === '' || rest[0] === '#' ? this.nested(indent, true) : this.inline(rest, indent);
    }
    this.endOfBlock(indent);
    return out;
  }

  sequence(indent: number): unknown[] {
    const out: unknown[] = [];
    for (let line = this.lines[this.at]; line && line.indent === indent && isItem(line.text); line = this.lines[this.at]) {
      let skip = 1;
      while (line.text.charCodeAt(skip) === 0x20) skip++;
      const rest = line.text.slice(skip);
      if (rest === '' || rest[0] === '#') {
        this.at++;
        out.push(this.nested(indent, false));
      } else if (isItem(rest)) {
        throw UNSURE;
      } else if (KEY.test(rest)) {
        // "- id: x": a mapping whose keys stand at the column after the dash; read this line as its first.
        this.lines[this.at] = { indent: indent + skip, text: rest, afterGap: line.afterGap };
        out.push(this.mapping(indent + skip));
      } else {
        this.at++;
        out.push(this.inline(rest, indent));
      }
    }
    this.endOfBlock(indent);
    return out;
  }

  /** The value after "key:" or "-" with nothing on the line: a block below, or null. */
  nested(owner: number, sequenceAtSameIndent: boolean): unknown {
    const next = this.lines[this.at];
    if (!next) return null;
    if (next.indent > owner) {
      if (!isItem(next.text) && !KEY.test(next.text)) throw UNSURE; // a text on the next line
      return this.node(next.indent, owner);
    }
    if (next.indent === owner && sequenceAtSameIndent && isItem(next.text)) return this.sequence(owner);
    return null;
  }

  /** A value written on its key's or dash's line (its owner at `owner`), with a plain text's continuation lines. */
  inline(rest: string, owner: number): unknown {
    const c = rest[0]!;
    let value: unknown;
    if (c === '"' || c === "'") value = quoted(rest);
    else if (c === '[') value = flowSequence(rest);
    else if (c === '{') {
      if (!/^\{ *\}$/.test(rest)) throw UNSURE;
      value = {};
    } else {
      let piece = plainText(rest);
      let plain = piece.text;
      for (let next = this.lines[this.at]; next && next.indent > owner; next = this.lines[this.at]) {
        // A comment ends a plain text: what follows it more indented is js-yaml's to judge.
        if (next.afterGap || piece.comment) throw UNSURE;
        piece = plainText(next.text);
        plain += ` ${piece.text}`;
        this.at++;
      }
      return resolved(plain);
    }
    const next = this.lines[this.at];
    if (next && next.indent > owner) throw UNSURE;
    return value;
  }

  private endOfBlock(indent: number): void {
    const next = this.lines[this.at];
    if (next && next.indent > indent) throw UNSURE;
  }
}

const isItem = (text: string): boolean => text === '-' || text.startsWith('- ');

/**
 * One line of a plain text, up to a comment (" #"): refused where it starts with an indicator or
 * holds a mapping.
 */
function plainText(line: string): { text: string; comment: boolean } {
  const at = line.indexOf(' #');
  const text = at < 0 ? line : line.slice(0, at).trimEnd();
  if (text === '' || (INDICATORS.has(text[0]!) && !(text[0] === '-' && SIMPLE_NUMBER.test(text)))) throw UNSURE;
  if (text.includes(': ') || text.endsWith(':')) throw UNSURE;
  return { text, comment: at >= 0 };
}

function resolved(plain: string): unknown {
  if (NULLS.has(plain)) return null;
  if (TRUES.has(plain)) return true;
  if (FALSES.has(plain)) return false;
  // js-yaml reads the integer -0 as 0 (and the float -0.0 as -0).
  if (SIMPLE_NUMBER.test(plain)) return plain === '-0' ? 0 : Number(plain);
  if (INT_LIKE.test(plain) || FLOAT_LIKE.test(plain)) throw UNSURE;
  return plain;
}

/** A quoted text that is all of the value: nothing but a comment may follow it. */
function quoted(rest: string): string {
  const { value, end } = rest[0] === '"' ? doubleQuoted(rest) : singleQuoted(rest);
  const after = rest.slice(end);
  if (after !== '' && !/^ +#/.test(after)) throw UNSURE;
  return value;
}

function doubleQuoted(s: string, from = 0): { value: string; end: number } {
  let out = '';
  let i = from + 1;
  for (;;) {
    const q = s.indexOf('"', i);
    const b = s.indexOf('\\', i);
    if (q < 0) throw UNSURE;
    if (b < 0 || q < b) return { value: out + s.slice(i, q), end: q + 1 };
    out += s.slice(i, b);
    const e = s[b + 1];
    if (e === 'u' || e === 'x') {
      const n = e === 'u' ? 4 : 2;
      const hex = s.slice(b + 2, b + 2 + n);
      if (hex.length !== n || !HEX.test(hex)) throw UNSURE;
      out += String.fromCharCode(parseInt(hex, 16));
      i = b + 2 + n;
    } else {
      const ch = e === undefined ? undefined : ESCAPES[e];
      if (ch === undefined) throw UNSURE;
      out += ch;
      i = b + 2;
    }
  }
}

function singleQuoted(s: string, from = 0): { value: string; end: number } {
  let out = '';
  let i = from + 1;
  for (;;) {
    const q = s.indexOf("'", i);
    if (q < 0) throw UNSURE;
    if (s[q + 1] !== "'") return { value: out + s.slice(i, q), end: q + 1 };
    out += `${s.slice(i, q)}'`;
    i = q + 2;
  }
}

/** "[a, "b", 3]" on one line, of scalars only. */
function flowSequence(rest: string): unknown[] {
  const out: unknown[] = [];
  let i = 1;
  const skipSpaces = () => {
    while (rest[i] === ' ') i++;
  };
  skipSpaces();
  if (rest[i] === ']') {
    i++;
  } else {
    for (;;) {
      skipSpaces();
      const c = rest[i];
      if (c === '"' || c === "'") {
        const q = c === '"' ? doubleQuoted(rest, i) : singleQuoted(rest, i);
        out.push(q.value);
        i = q.end;
      } else {
        const stop = rest.slice(i).search(/[,\]]/);
        if (stop < 0) throw UNSURE;
        const item = rest.slice(i, i + stop).trimEnd();
        if (item === '' || /[[\]{}#]|: |:$/.test(item) || INDICATORS.has(item[0]!) && !(item[0] === '-' && SIMPLE_NUMBER.test(item))) throw UNSURE;
        out.push(resolved(item));
        i += stop;
      }
      skipSpaces();
      if (rest[i] === ',') {
        i++;
        continue;
      }
      if (rest[i] !== ']') throw UNSURE;
      i++;
      break;
    }
  }
  const after = rest.slice(i);
  if (after !== '' && !/^ +#/.test(after)) throw UNSURE;
  return out;
}
