/**
 * A PDF's text layer as the blocks the importer reads (blocks.ts), the same blocks a .docx of the same
 * text gives: a PDF holds positioned runs of text, not paragraphs, so they are rebuilt here. Runs on one
 * baseline make a line (a wide gap splits it into cells, as in the two-column header of an official
 * document); lines make a paragraph until something says a new one starts: a larger vertical gap, a line
 * that stopped short of the right margin though the next word would have fitted (a paragraph's last line),
 * a bullet after a sentence's end, a first-line indent, a change of font size, or of font (a bold heading
 * line after regular text). Wrapped lines are joined with a space
 * (Vietnamese is not hyphenated at line ends; "2020-" / "2025" broken after a dash joins without one).
 * A paragraph set larger than the body text is a heading, its level by its size. Page numbers alone at
 * the top or bottom of a page are dropped, and so are running headers and footers (a browser's date,
 * title, address and "1/2"). Pure.
 */
import { linesToBlocks, type Block } from './blocks.js';

export interface PdfTextItem {
  str: string;
  /** Baseline start, in PDF units (points; y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** Font size, in points. */
  size: number;
  /** pdfjs's "a line ends after this run". */
  eol?: boolean;
  /** The font's id in the document (regular and bold are different fonts). */
  font?: string;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfTextItem[];
}

/** A run of text on one baseline, with no wide gap inside. */
interface Segment {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  page: number;
  /** Index of its line in the document; lines with several segments are table rows or columns. */
  line: number;
  cells: number;
  /** The fonts its visible text is set in. */
  fonts: Set<string>;
}

const LIST_MARKER = /^(?:[-–—•+*▪●]\s|\(?\d{1,2}[.)]\s|[a-zđ][.)]\s|[IVXL]{1,5}[.)]\s)/u;
/** A line opening a bulleted item (not a number: "1.", "(2)" also number items inside one sentence). */
const ITEM_START = /^[-–—•+*▪●]\s/u;
const PAGE_NUMBER = /^(?:-\s*)?(?:Trang\s+)?\d{1,3}(?:\s*-)?(?:\s*\/\s*\d{1,3})?$/iu;

function mode(values: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | undefined;
  let n = 0;
  for (const [v, c] of counts) if (c > n || (c === n && best !== undefined && v < best)) [best, n] = [v, c];
  return best;
}

const round = (v: number, step: number) => Math.round(v / step) * step;

/** Where a run's last visible character ends: a trailing space is not ink. */
function inkEnd(it: PdfTextItem): number {
  const trimmed = it.str.trimEnd();
  if (trimmed === it.str || trimmed === '') return it.x + it.width;
  return it.x + (it.width * ems(trimmed)) / ems(it.str);
}

/** Lines of a page (top to bottom), each cut into segments at wide gaps. */
function pageSegments(page: PdfPage, pageNo: number, firstLine: number): Segment[][] {
  const items = page.items.filter((i) => i.str !== '' && Number.isFinite(i.x) && Number.isFinite(i.y));
  items.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfTextItem[][] = [];
  for (const it of items) {
    const line = lines.at(-1);
    const ref = line?.find((i) => i.str.trim() !== '') ?? line?.[0];
    if (line && ref && Math.abs(ref.y - it.y) <= 0.4 * Math.max(ref.size, it.size, 1)) line.push(it);
    else lines.push([it]);
  }
  return lines
    .map((line, li) => {
      line.sort((a, b) => a.x - b.x);
      const segs: Segment[] = [];
      let cur: Segment | undefined;
      let prev: PdfTextItem | undefined;
      for (const it of line) {
        // A run of spaces is measured from the ink before it: Chromium writes the gap between two
        // cells (a browser's header: date, then title) as one space as wide as the gap.
        if (cur && it.str.trim() === '') {
          if (!/\s$/u.test(cur.text)) cur.text += ' ';
          continue;
        }
        const size = Math.max(prev?.size ?? 0, it.size, 1);
        const gap = prev ? it.x - (prev.x + prev.width) : 0;
        if (!cur || gap > 2.5 * size) {
          if (cur) segs.push(cur);
          cur = { text: it.str, x0: it.x, x1: inkEnd(it), y: it.y, size: it.size, page: pageNo, line: firstLine + li, cells: 0, fonts: new Set() };
        } else {
          const space = gap > 0.15 * size && !/\s$/u.test(cur.text) && !/^\s/u.test(it.str);
          cur.text += (space ? ' ' : '') + it.str;
          if (it.str.trim() !== '') cur.x1 = Math.max(cur.x1, inkEnd(it));
          if (it.str.trim() !== '') cur.size = Math.max(cur.size, it.size);
        }
        if (it.str.trim() !== '' && it.font) cur.fonts.add(it.font);
        prev = it;
      }
      if (cur) segs.push(cur);
      const kept = segs.map((s) => ({ ...s, text: s.text.replace(/\s+/gu, ' ').trim() })).filter((s) => s.text !== '');
      for (const s of kept) s.cells = kept.length;
      return kept;
    })
    .filter((l) => l.length > 0);
}

/**
 * Advance widths of Times-Roman (Adobe's metrics, in thousandths of an em), which Times New Roman and
 * Liberation Serif share: a Vietnamese letter is as wide as its base letter. Other fonts differ in
 * scale more than in proportion; `filled` scales by the width the line actually takes.
 */
const TIMES: Record<string, number> = {
  a: 444, b: 500, c: 444, d: 500, e: 444, f: 333, g: 500, h: 500, i: 278, j: 278, k: 500, l: 278, m: 778, n: 500, o: 500, p: 500, q: 500, r: 333, s: 389, t: 278, u: 500, v: 500, w: 722, x: 500, y: 500, z: 444,
  A: 722, B: 667, C: 667, D: 722, E: 611, F: 556, G: 722, H: 722, I: 333, J: 389, K: 722, L: 611, M: 889, N: 722, O: 722, P: 556, Q: 722, R: 667, S: 556, T: 611, U: 722, V: 722, W: 944, X: 722, Y: 722, Z: 611,
  ' ': 250, '.': 250, ',': 250, ':': 278, ';': 278, '-': 333, '–': 500, '(': 333, ')': 333, '/': 278, '%': 833, '"': 408, '“': 444, '”': 444, "'": 180, '’': 333, '+': 564, '…': 1000,
};

function ems(text: string): number {
  let w = 0;
  for (const ch of text) {
    const base = ch === 'đ' ? 'd' : ch === 'Đ' ? 'D' : ch.normalize('NFD')[0]!;
    w += (TIMES[base] ?? (/\d/u.test(base) ? 500 : 500)) / 1000;
  }
  return w;
}

/**
 * Whether line `q` was filled up to the right margin: the first word of the next line `s` (a list
 * marker is a word: "-", "2.") would not have fitted in what is left of it, after a space; otherwise
 * the writer ended the paragraph there. Widths are estimated from the characters, scaled to the width
 * `s` actually takes, with a margin for the estimate: a line is taken as ended only when the word would
 * clearly have fitted.
 */
function filled(q: Segment, s: Segment, right: number): boolean {
  const scale = (s.x1 - s.x0) / Math.max(0.1, ems(s.text));
  const word = /^\S+/u.exec(s.text)?.[0] ?? '';
  return right - q.x1 < (ems(word) + 0.25) * scale * 1.15 + 0.1 * s.size;
}

/** Joins a wrapped line to the paragraph: with a space, or none after "2020-" or "/" cut at the break. */
function joinWrapped(text: string, next: string): string {
  if (/\S[-–/]$/u.test(text) && /^[\p{L}\p{N}]/u.test(next) && !/\s[-–]$/u.test(text)) return text + next;
  return `${text} ${next}`;
}

/** What a browser's header and footer hold besides the title: the page's address, the time it was printed. */
const ADDRESS = /^(?:(?:https?|file):\/\/|www\.)\S+$/iu;
const PRINTED_AT = /^(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?|\d{1,2}:\d{2}(?:\s*[AP]M)?,?\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})$/iu;

/**
 * The first or last line of a page that is a running header or footer, not text: set small (at most
 * 80 % of the body) and holding a page number, an address or the time of printing ("02/12/2026,
 * 09:15", as a browser's "Print to PDF" writes above the page's title), or repeated, digits aside, at
 * the head or foot of another page.
 */
function isRunningLine(line: Segment[], elsewhere: Set<string>, body: number): boolean {
  if (!line.every((s) => s.size <= 0.8 * body)) return false;
  return line.some((s) => PAGE_NUMBER.test(s.text) || ADDRESS.test(s.text) || PRINTED_AT.test(s.text)) || elsewhere.has(digitless(line));
}
const digitless = (line: Segment[]) => line.map((s) => s.text.replace(/\d+/gu, '#')).join(' | ');

export function pdfPagesToBlocks(pages: PdfPage[]): Block[] {
  const byPage: Segment[][][] = [];
  let count = 0;
  pages.forEach((page, p) => {
    const pl = pageSegments(page, p, count);
    // A page number alone on the first or last line of a page.
    for (const at of [0, pl.length - 1]) {
      const l = pl[at];
      if (l && l.length === 1 && PAGE_NUMBER.test(l[0]!.text) && pl.length > 1) pl[at] = [];
    }
    byPage.push(pl.filter((l) => l.length > 0));
    count += pl.length;
  });
  if (byPage.every((pl) => pl.length === 0)) return [];

  // The body text: the size most characters are set in; its right edge; its line pitch.
  const bySize = new Map<number, number>();
  for (const s of byPage.flat(2)) bySize.set(round(s.size, 0.5), (bySize.get(round(s.size, 0.5)) ?? 0) + s.text.length);
  const body = [...bySize.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];

  // Running headers and footers: the head and foot lines of each page, checked against the others'.
  const ends = byPage.map((pl) => [pl[0], pl.at(-1)].filter((l): l is Segment[] => !!l).map(digitless));
  const lines: Segment[][] = [];
  byPage.forEach((pl, p) => {
    const elsewhere = new Set(ends.flatMap((e, q) => (q === p ? [] : e)));
    const running = (at: number) => pl.length > 1 && isRunningLine(pl[at]!, elsewhere, body);
    const [first, last] = [running(0) ? 1 : 0, pl.length > 1 && running(pl.length - 1) ? pl.length - 1 : pl.length];
    lines.push(...pl.slice(first, Math.max(first, last)));
  });
  const segs = lines.flat();
  if (segs.length === 0) return [];
  const isBody = (s: Segment) => Math.abs(s.size - body) <= 0.1 * body;
  // The right margin: where the longest body lines end, and no nearer the page's edge than the left
  // margin is (official documents keep a right margin narrower than the left), so that in a document of
  // short lines the longest of them is not taken as filled.
  const bodyLines = segs.filter((s) => isBody(s) && s.cells === 1);
  const left = Math.min(...(bodyLines.length ? bodyLines : segs).map((s) => s.x0));
  const right = Math.max(...(bodyLines.length ? bodyLines : segs).map((s) => s.x1), pages[0]!.width - left);
  // The line pitch: the commonest distance below a line that runs to the margin (a wrapped line, so
  // the next is the same paragraph's); where few lines wrap, the commonest distance of all. (With space
  // after each paragraph and most paragraphs one line long, the commonest of all is a paragraph's.)
  const pitches: number[] = [];
  const wrapped: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1]![0]!, lines[i]![0]!];
    if (a.page !== b.page || !isBody(a) || !isBody(b) || a.y - b.y <= 0.8 * body) continue;
    pitches.push(round(a.y - b.y, 0.5));
    if (lines[i - 1]!.length === 1 && a.x1 > right - 2 * body) wrapped.push(round(a.y - b.y, 0.5));
  }
  const pitch = (wrapped.length >= 3 ? mode(wrapped) : pitches.length >= 3 ? mode(pitches) : undefined) ?? 1.2 * body;

  const paragraphs: { segs: Segment[]; text: string }[] = [];
  let cur: { segs: Segment[]; text: string } | undefined;
  for (const s of segs) {
    const q = cur?.segs.at(-1);
    let fresh = !cur || !q;
    if (cur && q) {
      const size = Math.max(q.size, s.size);
      const first = cur.segs[0]!;
      fresh =
        q.cells > 1 ||
        s.cells > 1 ||
        Math.abs(q.size - s.size) > 0.1 * body ||
        (q.fonts.size > 0 && s.fonts.size > 0 && ![...s.fonts].some((f) => q.fonts.has(f))) ||
        // Space before or after a paragraph: more than a quarter of a line over the pitch (Word's 6 pt
        // after 13 pt lines is 40 %; a browser's 10 px after 15 px type at 1.5 lines, 44 %).
        (q.page === s.page && q.y - s.y > 1.25 * pitch * (size / body)) ||
        !filled(q, s, right) ||
        (/[.;:!?]$/u.test(q.text) && ITEM_START.test(s.text)) ||
        (s.x0 > q.x0 + body && cur.segs.length > 1) ||
        (s.x0 > q.x0 + body && cur.segs.length === 1 && !LIST_MARKER.test(first.text));
    }
    if (fresh) {
      cur = { segs: [s], text: s.text };
      paragraphs.push(cur);
    } else {
      cur!.segs.push(s);
      cur!.text = joinWrapped(cur!.text, s.text);
    }
  }

  // Headings: paragraphs set clearly larger than the body, level 1 for the largest size.
  const headingSizes = [...new Set(paragraphs.map((p) => round(p.segs[0]!.size, 0.5)).filter((z) => z >= 1.15 * body))].sort((a, b) => b - a);
  return linesToBlocks(
    paragraphs.map((p) => {
      const at = headingSizes.indexOf(round(p.segs[0]!.size, 0.5));
      return at >= 0 ? { text: p.text, level: Math.min(at + 1, 6) } : { text: p.text };
    }),
  );
}
