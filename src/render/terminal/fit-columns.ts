import { oneColumnText } from './one-column.js';

/**
 * Column widths for cli-table3, which does not fit the terminal by itself (pitfalls.md). Widths
 * include the cell padding (1 space each side). A word is never cut: a column is never narrower than
 * its longest word, so cli-table3 (wordWrap, wrapOnWordBoundary) wraps and never truncates with "…";
 * when even that is too wide, the table is wider than the terminal rather than losing data.
 */

const ANSI = /\u001b\[[0-9;]*m/g;
const COMBINING = /\p{M}/u;
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;

/** Terminal columns a single line takes: colours stripped, NFC, combining marks 0, East Asian wide 2. */
export function displayWidth(line: string): number {
  return oneColumnText(line) ? line.length : measured(line);
}

function measured(line: string): number {
  let w = 0;
  for (const ch of line.replace(ANSI, '').normalize('NFC')) {
    if (COMBINING.test(ch)) continue;
    w += WIDE.test(ch) ? 2 : 1;
  }
  return w;
}

const maxLine = (text: string): number => Math.max(0, ...text.split('\n').map(displayWidth));
const maxWord = (text: string): number => Math.max(0, ...text.split(/\s+/).map(displayWidth));

export interface ColumnSpec {
  /** The header (may wrap at its spaces even in a column that does not). */
  header: string;
  /** Every text the column shows below the header. */
  texts: readonly string[];
  /** Takes the slack and gives way first when the table is too wide (the "Chỉ tiêu" column). */
  flex?: boolean;
  /** May wrap (long text); false: keep on one line when at all possible (numbers, codes). */
  wrap?: boolean;
  /** Spaces before every line of each text, in the order of `texts` (a part under its total); none when absent. */
  indents?: readonly number[];
}

/** A cell's padding: one space each side. */
export const PAD = 2;

/** colWidths for a table of `total` terminal columns (borders included). */
export function fitColumns(specs: readonly ColumnSpec[], total: number): number[] {
  const inset = (s: ColumnSpec, measure: (t: string) => number) => (t: string, i: number) => measure(t) + (s.indents?.[i] ?? 0);
  const natural = specs.map((s) => Math.max(1, maxLine(s.header), ...s.texts.map(inset(s, maxLine))) + PAD);
  const floor = specs.map((s) => Math.max(1, maxWord(s.header), ...s.texts.map(inset(s, s.wrap ? maxWord : maxLine))) + PAD);
  const widths = [...natural];
  const available = total - (specs.length + 1);
  let excess = widths.reduce((a, b) => a + b, 0) - available;
  if (excess <= 0) return widths;
  const shrink = (i: number, to: number) => {
    const by = Math.min(excess, Math.max(0, widths[i]! - to));
    widths[i]! -= by;
    excess -= by;
  };
  const flex = specs.findIndex((s) => s.flex);
  const squeeze = (eligible: (i: number) => boolean) => {
    while (excess > 0) {
      let widest = -1;
      for (let i = 0; i < specs.length; i++) {
        if (i === flex || !eligible(i) || widths[i]! <= floor[i]!) continue;
        if (widest < 0 || widths[i]! > widths[widest]!) widest = i;
      }
      if (widest < 0) return;
      shrink(widest, widths[widest]! - 1);
    }
  };
  // In this order, each step only while the table is too wide: the flex column gives way down to a
  // comfortable width; headers of one-line columns wrap ("Tỷ lệ KH" over "(%)"); the flex column
  // down to a readable width; the other wrapping columns, widest first; last, the flex column down
  // to its longest word.
  if (flex >= 0) shrink(flex, Math.max(floor[flex]!, 32));
  squeeze((i) => specs[i]!.wrap !== true);
  if (flex >= 0) shrink(flex, Math.max(floor[flex]!, 24));
  squeeze((i) => specs[i]!.wrap === true);
  if (flex >= 0) shrink(flex, floor[flex]!);
  return widths;
}

/** Word-wrap plain text to `width` columns (never cutting a word); for lines outside tables. */
export function wrapText(text: string, width: number, indent = ''): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/).filter((w) => w !== '')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (line !== '' && displayWidth(indent + candidate) > width) {
        out.push(indent + line);
        line = word;
      } else line = candidate;
    }
    out.push(indent + line);
  }
  return out;
}

/** Cuts one line to `width` columns with "…" (for one-line summaries only; tables never cut). */
export function truncateLine(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (displayWidth(`${out}${ch}…`) > width) break;
    out += ch;
  }
  return `${out.trimEnd()}…`;
}
