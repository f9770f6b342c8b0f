/**
 * One block of a target list into its measures: numbered items written inline ("(1) … (2) …",
 * "1. … 2. …"), sentences, ";"-separated measures, "trong đó" parts, and commas or "và" between two
 * measures that each carry a figure ("lợn đạt 1.300 con, gia cầm đạt 120.000 con"). Each measure keeps
 * its own fragment, verbatim, and the sentence it stands in. Pure.
 */
import { findQuantities, maskNonFigures } from '../parse/phrase-tokens.js';

export interface Fragment {
  /** The measure's own words, verbatim (list marker and lead words off). */
  text: string;
  /** The sentence or list item the fragment stands in, verbatim. */
  sentence: string;
  /** A share of the economy and the like ("Cơ cấu kinh tế: ... 75%"): shown, never judged. */
  tracked?: boolean;
  /** A second figure on the measure of the fragment before (", tăng 10,66% so với năm 2025"). */
  follows?: boolean;
  /** Text with no figure that reads as a heading of the list ("- Về kinh tế:", "1. Chỉ tiêu về xã hội:"). */
  heading?: boolean;
  /** After "trong đó" in its sentence: a part of the measure before the "trong đó" ("16%, trong đó: nông, lâm, thủy sản tăng 6%"). */
  part?: boolean;
  /** The item was a "+" sub-bullet ("+ Lúa 507 ha"). */
  plus?: boolean;
}

/** How many figures a piece of text holds, years, ages, dates and asides left out. */
export function figureCount(text: string): number {
  return findQuantities(maskNonFigures(text).masked).length;
}
const hasFigure = (s: string) => figureCount(s) > 0;

/** Splits `s` at `sep` where the separator stands outside parentheses and quotes. */
function splitTop(s: string, sep: RegExp): string[] {
  const out: string[] = [];
  const sticky = new RegExp(sep.source, `${sep.flags.replace('g', '')}y`);
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '(' || c === '“') depth++;
    else if ((c === ')' || c === '”') && depth > 0) depth--;
    if (depth > 0) continue;
    sticky.lastIndex = i;
    const m = sticky.exec(s);
    if (m && m.index === i) {
      out.push(s.slice(start, i));
      start = i + m[0].length;
      i = start - 1;
    }
  }
  out.push(s.slice(start));
  return out.map((x) => x.trim()).filter(Boolean);
}

/** Inline numbering: "(1) … (2) …" or "1. … 2. …" counting up from 1 (or on from the last number). */
function splitNumbered(s: string): string[] {
  for (const marker of [/\((\d{1,2})\)\s+|(?<=\s)(?:I{1,3}|IV|VI{0,3}|IX|X)\.\s+(?=\p{Lu})/gu, /(?<=^|\s)(\d{1,2})\.\s+(?=\p{Lu})|(?<=\s)(?:I{1,3}|IV|VI{0,3}|IX|X)\.\s+(?=\p{Lu})/gu]) {
    // Numbers must count up by one; Roman group headings stand between them.
    const numbered: { at: number }[] = [];
    let last: number | undefined;
    for (const m of s.matchAll(marker)) {
      if (m[1] === undefined) numbered.push({ at: m.index });
      else if (last === undefined || Number(m[1]) === last + 1) {
        last = Number(m[1]);
        numbered.push({ at: m.index });
      }
    }
    if (numbered.filter((_, i) => i >= 0).length >= 2 && last !== undefined && last >= 2) {
      const cuts = numbered.map((h) => h.at);
      const parts = [s.slice(0, cuts[0]), ...cuts.map((c, i) => s.slice(c, cuts[i + 1]))];
      return parts.map((p) => p.trim()).filter(Boolean);
    }
  }
  return [s];
}

/** Inline bullets after a sentence end: "… trở lên. - Lương thực …"; `plus`: the bullet was "+" (a sub-item). */
const splitInlineBullets = (s: string): { item: string; plus: boolean }[] =>
  s
    .split(/(?<=[.;:)])\s+(?=[-–+•]\s+)/u)
    .map((x, i) => ({ item: (i === 0 ? x : x.replace(/^[-–+•]\s+/u, '')).trim(), plus: /^\s*\+\s/u.test(x) }))
    .filter((x) => x.item !== '');

const MARKER = /^\s*(?:[-–+•*]\s+|\(\d{1,2}\)\s*|\d{1,2}(?:\.\d{1,2})*[.)]\s+|[a-zđ]\)\s+|(?:I{1,3}|IV|VI{0,3}|IX|X)[.\-]\s+)/u;
const LEAD_WORDS = /^(?:trong đó|cụ thể|đồng thời|ngoài ra|theo đó|và)\s*[,:]?\s+/iu;

/** "… với 20 chỉ tiêu chủ yếu là: Thu nhập …": the list after the lead. */
const LEAD_COLON = /(?:chỉ tiêu|mục tiêu)[^:;]{0,90}?:\s*/giu;
/** "… đề ra 18 chỉ tiêu trên tất cả các lĩnh vực, trong đó phấn đấu …". */
const LEAD_COUNT = /(?:đề ra|thông qua|gồm|với|có)\s+(?:\d+\s+)?(?:các\s+)?chỉ tiêu[^;:]{0,90}?(?:,\s*|\s+)(?:trong đó|cụ thể là|cụ thể)\s*[,:]?\s*/iu;

/** Cuts the words that introduce a list; returns the lead (verbatim) and the rest. */
export function cutLead(s: string): { lead?: string; rest: string } {
  let at = -1;
  for (const m of s.matchAll(LEAD_COLON)) at = m.index + m[0].length;
  const count = LEAD_COUNT.exec(s);
  if (count && count.index + count[0].length > at) at = count.index + count[0].length;
  if (at <= 0) return { rest: s };
  return { lead: s.slice(0, at).trim(), rest: s.slice(at).trim() };
}

/** "Lúa 507 ha" is the parenthesis when all the figures sit inside one: "… năm 2020 (Lúa: … tấn. Ngô: … tấn)". */
function unwrapParenthesis(s: string): string {
  const m = /^([^()]*)\(([^()]+)\)\s*[.;]?\s*$/u.exec(s);
  if (m && !hasFigure(m[1]!) && hasFigure(m[2]!)) return m[2]!;
  return s;
}

const CONTINUES = /^(?:tăng|giảm|trong đó|đạt|bằng|chiếm|vượt|so với|trở lên)(?=\s|$)/iu;
const ASSIGNED_PIECE = /(?:đạt|hoàn thành|bảo đảm đạt)(?:\s+\S+){0,2}\s+(?:chỉ tiêu|kế hoạch|dự toán)/iu;
const OPERATOR = /(?:^|\s)(?:đạt|là|bằng|chiếm|trên|dưới|từ|không quá|tối thiểu|ít nhất|tăng|giảm|duy trì|có|cho|còn|xuống|vượt)(?=\s|$)|:/iu;

/** Words before the first figure of `s`, and whether they read as "<measure> <operator>" or a short name. */
function startsMeasure(s: string): boolean {
  const q = findQuantities(maskNonFigures(s).masked)[0];
  if (!q) return false;
  const before = s.slice(0, q.start);
  if (OPERATOR.test(before)) return true;
  const words = before.trim().split(/\s+/).filter(Boolean);
  return words.length <= 6 && !/,/.test(before) && !/(?:^|\s)và(?:\s|$)/u.test(before);
}

/** Splits at ", " or " và " where both sides carry their own figure. */
function splitBetweenMeasures(s: string, sep: RegExp): string[] {
  const tokens = splitTop(s, sep);
  if (tokens.length < 2) return tokens;
  const joiner = sep.source.includes('và') ? ' và ' : ', ';
  const figs = tokens.map(hasFigure);
  // The next token (from i on) that holds a figure.
  const next: number[] = new Array<number>(tokens.length).fill(-1);
  for (let i = tokens.length - 1; i >= 0; i--) next[i] = figs[i] ? i : i + 1 < tokens.length ? next[i + 1]! : -1;
  const out: string[] = [tokens[0]!];
  let curHasFigure = figs[0]!;
  for (let i = 1; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const j = next[i]!;
    const starts = (j >= 0 && startsMeasure(tokens.slice(i, j + 1).join(joiner))) || (j !== i && ASSIGNED_PIECE.test(tok));
    if (curHasFigure && !CONTINUES.test(tok) && starts) {
      out.push(tok);
      curHasFigure = figs[i]!;
    } else {
      out[out.length - 1] = `${out[out.length - 1]}${joiner}${tok}`;
      curHasFigure ||= figs[i]!;
    }
  }
  return out;
}

/** "đạt 8,6% (công nghiệp và xây dựng tăng 6,5%; thương mại, dịch vụ tăng 10,8%)": the parts in the parenthesis. */
function splitParenthesisParts(s: string): string[] {
  const m = /^(.*\d.*?)\s*\(([^()]+)\)\s*$/u.exec(s);
  if (!m) return [s];
  const parts = m[2]!.split(/;\s*/u).map((x) => x.trim()).filter(Boolean);
  return parts.length >= 2 && parts.every(hasFigure) ? [m[1]!, ...parts] : [s];
}

/** ", tăng 10,66% so với năm 2025" after a figure: a second reading of the same measure. */
function splitFollower(s: string): [string, string] | undefined {
  const q = findQuantities(maskNonFigures(s).masked);
  if (q.length < 2) return undefined;
  const m = /,\s*((?:tăng|giảm)(?:\s+thêm)?\s+\d[^;]*)$/u.exec(s.slice(q[0]!.end));
  if (!m) return undefined;
  const at = q[0]!.end + m.index;
  return [s.slice(0, at).trim(), m[1]!.trim()];
}

const stripMarker = (s: string) => s.replace(MARKER, '').replace(LEAD_WORDS, '').replace(/[\s.;,]+$/u, '').replace(/\.{3}$/u, '').trim();

/** A share of the economy, or the economy's structure: the figures are context. */
const TRACKED_SENTENCE = /(?:^|\s)(?:cơ cấu|tỷ trọng cơ cấu)(?:\s|$)|(?:^|\s)chiếm\s+\d/iu;

export function isHeadingLike(text: string): boolean {
  const t = text.trim();
  if (hasFigure(stripMarker(t).replace(/\(\s*\d+\s+chỉ tiêu\s*\)/gu, ''))) return false;
  return /:\s*$/u.test(t) || /^(?:về|chỉ tiêu về|lĩnh vực|các chỉ tiêu|chỉ tiêu)(?=\s|:|$)/iu.test(stripMarker(t)) || (t === t.toLocaleUpperCase('vi') && /\p{L}/u.test(t));
}

/** Every measure of one block, in order. */
export function splitMeasures(block: string): Fragment[] {
  const out: Fragment[] = [];
  for (const { item, plus } of splitNumbered(block).flatMap(splitInlineBullets)) {
    const bare = stripMarker(item);
    if (!bare) continue;
    if (isHeadingLike(item)) {
      out.push({ text: bare, sentence: item, heading: true });
      continue;
    }
    for (const whole of splitTop(unwrapParenthesis(bare), /\.\s+(?=[\p{Lu}"“])/gu)) {
      const sentence = cutLead(whole).rest;
      const tracked = hasFigure(sentence) && (TRACKED_SENTENCE.test(sentence.split(/\d/u)[0] ?? '') || /(?:^|\s)chiếm\s+\d/iu.test(sentence));
      // Everything after "trong đó" in the sentence is a part of the measure before it.
      const pieces: { text: string; part: boolean }[] = [];
      let inParts = false;
      for (const semi of splitTop(sentence, /;\s*/gu).map((p) => cutLead(p).rest).flatMap(splitParenthesisParts)) {
        const around = splitTop(semi, /,?\s*(?:trong đó|Trong đó)\s*[:,]?\s+/gu);
        around.forEach((x, i) => {
          for (const y of splitBetweenMeasures(x, /,\s+/gu).flatMap((p) => splitBetweenMeasures(p, /\s+và\s+/gu))) pieces.push({ text: y, part: inParts || i > 0 });
        });
        if (around.length > 1) inParts = true;
      }
      for (const { text: piece, part } of pieces) {
        const text = stripMarker(piece);
        if (!text) continue;
        const follower = splitFollower(text);
        const base = { sentence: item.trim(), ...(tracked ? { tracked: true } : {}), ...(part ? { part: true } : {}), ...(plus ? { plus: true } : {}) };
        if (follower) {
          out.push({ ...base, text: follower[0] });
          out.push({ ...base, text: follower[1], follows: true });
        } else out.push({ ...base, text });
      }
    }
  }
  return out;
}
