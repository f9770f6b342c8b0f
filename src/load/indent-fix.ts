import { parseDocument } from 'yaml';

/** One line whose indentation alone breaks the file: re-indented to `expected` spaces, the file parses. */
export interface IndentFault {
  /** 1-based. */
  line: number;
  /** Spaces the line has. */
  found: number;
  /** Spaces that make the file read without error. */
  expected: number;
}

/**
 * The one mis-indented line behind a YAML syntax error, if there is one. The parser reports a
 * mis-indented line late and many times over ("All mapping items must start at the same column" on
 * every later line, the caret at column 1); here the block structure is followed line by line, each
 * line that fits no open level is a suspect, and a suspect is named only when re-indenting that one
 * line makes the whole file parse: a guess is never shown as the cause.
 */
export function findIndentFault(text: string): IndentFault | undefined {
  const lines = text.split('\n');
  for (const suspect of suspects(lines).slice(0, 8)) {
    for (const expected of suspect.candidates) {
      const fixed = [...lines];
      fixed[suspect.index] = ' '.repeat(expected) + lines[suspect.index]!.trimStart();
      if (parsesCleanly(fixed.join('\n'))) return { line: suspect.index + 1, found: suspect.found, expected };
    }
  }
  return undefined;
}

/** The indentation step the file uses most (2 in every shipped plan). */
function commonStep(lines: readonly string[]): number {
  const counts = new Map<number, number>();
  let previous = 0;
  for (const raw of lines) {
    const body = raw.trimStart();
    if (body === '' || body.startsWith('#')) continue;
    const n = raw.length - body.length;
    if (n > previous) counts.set(n - previous, (counts.get(n - previous) ?? 0) + 1);
    previous = n;
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 2;
}

function parsesCleanly(text: string): boolean {
  const doc = parseDocument(text, { uniqueKeys: true, merge: false, prettyErrors: false, strict: true });
  return doc.errors.length === 0;
}

interface Suspect {
  index: number;
  found: number;
  /** Indentations to try, the likeliest first. */
  candidates: number[];
}

const BLOCK_SCALAR = /(?:^|:\s|-\s)\s*[|>][-+0-9]*\s*(?:#.*)?$/;
const OPENS = /(?::|^-)\s*(?:#.*)?$/;

/** Lines that fit no level of the blocks open above them, with the levels they might belong to. */
function suspects(lines: readonly string[]): Suspect[] {
  const out: Suspect[] = [];
  const step = commonStep(lines);
  let levels: number[] = [0];
  /** The line that opened each level, while it is the level's only line. */
  const firstOf = new Map<number, number>();
  let opener = false;
  let skipDeeperThan: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.replace(/\r$/, '');
    const body = raw.trimStart();
    if (body === '' || body.startsWith('#')) continue;
    const n = raw.length - body.length;
    if (skipDeeperThan !== undefined) {
      if (n > skipDeeperThan) continue;
      skipDeeperThan = undefined;
    }
    const top = levels[levels.length - 1]!;
    const isItem = body === '-' || body.startsWith('- ');
    let ok = true;
    if (opener && n > top) {
      levels.push(n);
      firstOf.set(n, i);
    }
    else if (opener && isItem && n === top) {
      // `key:` followed by `- item` at the key's own column is valid YAML.
    } else if (levels.includes(n)) {
      levels = levels.slice(0, levels.indexOf(n) + 1);
      if (n === top) firstOf.delete(n);
    } else {
      ok = false;
      const below = levels.filter((l) => l < n);
      const candidates = [...new Set([top, ...levels.filter((l) => l > n), below.at(-1) ?? 0])].sort((a, b) => Math.abs(a - n) - Math.abs(b - n));
      // `kind:` at 5 spaces then `value:` at 6 under a 4-space key: the first line of the block is the odd one.
      const parent = levels.at(-2);
      const first = firstOf.get(top);
      if (first !== undefined && parent !== undefined && n - parent === step && top - parent !== step) out.push({ index: first, found: top, candidates: [n] });
      out.push({ index: i, found: n, candidates });
      // Go on as if it were at the nearest level, to find the next suspect.
      const nearest = candidates[0]!;
      levels = levels.includes(nearest) ? levels.slice(0, levels.indexOf(nearest) + 1) : levels;
    }
    const at = ok ? n : levels[levels.length - 1]!;
    if (isItem) {
      const inner = body.slice(1).trimStart();
      if (inner !== '' && /^[^\s#'"[{][^:]*:(?:\s|$)|^["'][^"']*["']:(?:\s|$)/.test(inner)) levels.push(at + body.length - inner.length);
    }
    opener = OPENS.test(body) && !/^["']/.test(body.split(':').slice(1).join(':').trim());
    if (BLOCK_SCALAR.test(body)) skipDeeperThan = at;
  }
  return out;
}
