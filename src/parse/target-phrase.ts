/**
 * The target-phrase parser: one Vietnamese target sentence ("chỉ tiêu") in, its structure out.
 *
 *   "Tỷ lệ người tham gia bảo hiểm y tế toàn dân đạt trên 95%."
 *     -> comparison {kind: 'above', value: 95}, unit "%", direction higher,
 *        measure "Tỷ lệ người tham gia bảo hiểm y tế toàn dân"
 *
 * It serves the import (drafting targets from a document) and the wording check of `plan validate`
 * (the structured comparison must say what the verbatim wording says). Pure: no I/O, no messages;
 * where a phrase can be read two ways it picks one and says so in `ambiguities`, with the other
 * readings, so the check can accept any of them and the import can list them for review.
 */
import type { Comparison, ComparisonKind } from '../model/comparison.js';
import { impliedDirection } from '../model/implied-direction.js';
import { execText, forText, testText } from './letter-class.js';
import { lowerIsBetter } from './lower-is-better.js';
import { findQuantities, isCountUnit, leadingUnit, MASK, maskNonFigures, normalizePhrase, stripListMarker, type PeriodMention, type Quantity } from './phrase-tokens.js';

export type AmbiguityCode =
  /** A bare figure ("Tỷ lệ lao động qua đào tạo: 88,7%"): at least, exactly or at most? */
  | 'no-operator'
  /** "đạt 100%": at least 100 and exactly 100 judge alike for a rate. */
  | 'hundred-percent'
  /** "khoảng 850", "trên dưới 30": an approximate figure. */
  | 'approximate'
  /** Only a "phấn đấu" figure, no binding one: taken as the binding target. */
  | 'stretch-only'
  /** "phấn đấu tăng từ 3-5%": relative to the assigned figure or to last year? */
  | 'change-reference'
  /** "giảm 1% tỷ lệ hộ nghèo": percentage points or percent of the rate? */
  | 'points-or-percent'
  /** "Tỷ lệ hộ nghèo giảm bình quân/năm: trên 10%": a bound on a change. */
  | 'rate-of-change'
  /** More figures than one comparison holds; the first was taken. */
  | 'several-figures'
  /** A figure in parentheses ("(21 hộ)"), kept out of the comparison. */
  | 'parenthetical-figure'
  /** "3,098 tấn": a decimal comma, or 3098 written with an English thousands comma? */
  | 'comma-thousands'
  /** "Trẻ 6 tuổi ra lớp 1 và trẻ 5 tuổi ra lớp mẫu giáo ... đạt 100%": two measures, one figure. */
  | 'two-measures';

export interface Ambiguity {
  code: AmbiguityCode;
  /** The part of the sentence concerned. */
  text: string;
  /** Other comparison kinds the sentence can be read as (the wording check accepts them too). */
  alternatives?: ComparisonKind[];
}

export interface TargetPhrase {
  /** The sentence, normalised (NFC, dashes, spaces; list marker and final punctuation removed). */
  text: string;
  comparison?: Comparison;
  stretch?: Comparison;
  /** Unit of the measured quantity, when the sentence names it ("%", "hộ", "tiêu chí", "lần/người/năm"). */
  unit?: string;
  direction?: 'higher' | 'lower';
  /** What is measured, as a name for the "Chỉ tiêu" column. */
  measure?: string;
  /** When one figure is set for two measures (two-measures). */
  measures?: string[];
  /** The period the sentence names, if other than the plan year or in addition to it. */
  period?: PeriodMention;
  /** "%/năm", "hàng năm", "bình quân/năm": a figure per year. */
  perYear: boolean;
  /** "giảm số hộ nghèo từ 28 hộ xuống còn 23 hộ": the starting figure. */
  baseline?: number;
  /** Whether the sentence itself says what a change is relative to ("so với năm 2023", "vượt"). */
  relativeToStated: { comparison: boolean; stretch: boolean };
  /** No figure, but a state or level: "Duy trì xã đạt chuẩn quốc gia về y tế". */
  qualitative?: 'state' | 'level';
  /** No operator, and the measure's words say lower is better ("Tỷ lệ tăng dân số tự nhiên: 0,9%"): read as a ceiling. */
  directionFromMeaning?: boolean;
  ambiguities: Ambiguity[];
  /** The sentence, when no comparison could be read from it. */
  unparsed?: string;
}

type Op = 'below' | 'at-most' | 'at-least' | 'approx' | 'above' | 'increase' | 'decrease' | 'exceed' | 'maintain' | 'from' | 'reach' | 'none';

/** Operator words just before a figure; the first that matches wins, so the order matters. */
const OPERATORS: [Op, RegExp][] = [
  ['below', /(?:(?:giảm|kéo giảm|hạ)\s+)?(?:xuống\s+)?(?:còn\s+)?dưới\s*$/u],
  ['approx', /(?:trên dưới|ước khoảng|đạt khoảng|khoảng|xấp xỉ|gần)\s*$/u],
  ['at-most', /(?:không\s+(?:vượt\s+)?quá|tối đa|không cao hơn|không lớn hơn|không nhiều hơn)\s*$/u],
  ['at-most', /(?:(?:giảm|kéo giảm|hạ)\s+)?(?:xuống\s+còn|chỉ còn|xuống|còn)\s*$/u],
  ['at-least', /(?:ít nhất|tối thiểu|không dưới|không thấp hơn|không ít hơn)\s*$/u],
  ['below', /(?:ở mức\s+)?(?:dưới|thấp hơn|nhỏ hơn|ít hơn)\s*$/u],
  ['above', /(?:đạt\s+)?(?:trên|hơn|cao hơn|lớn hơn|nhiều hơn|vượt trên)\s*$/u],
  ['reach', /đạt và vượt\s*$/u],
  ['exceed', /vượt\s*(?:từ\s*)?$/u],
  ['increase', /(?:tăng trưởng|tăng thêm|tăng)(?:\s+(?:bình quân|hàng năm|hằng năm|mỗi năm|[/]năm))*\s*(?:từ\s*)?$/u],
  ['decrease', /(?:kéo giảm|giảm thêm|giảm)(?:\s+(?:bình quân|hàng năm|hằng năm|mỗi năm|[/]năm))*\s*(?:từ\s*)?$/u],
  ['maintain', /(?:duy trì|giữ vững|giữ ổn định)\s*$/u],
  ['from', /(?:đạt\s+)?từ\s*$/u],
  [
    'reach',
    /(?:đạt được|đạt mức|đạt tỷ lệ|đạt tỉ lệ|đạt|bằng|là|có thêm|có|cho|xây dựng thêm|xây dựng mới|xây dựng|phát triển mới|phát triển thêm|thêm|trồng mới|kết nạp|tuyển chọn)\s*$/u,
  ],
];

const ASSIGNED = /(?:đạt(?:\s+và\s+vượt)?|hoàn thành(?:\s+và\s+vượt)?|thực hiện đạt)\s+(?:100\s*%\s+)?(?:các\s+)?(?:chỉ tiêu|kế hoạch|dự toán)(?:[^,;]*?(?<![\p{L}\d])giao(?![\p{L}\d]))?/u;
const ZERO = /(?<![\p{L}\d])(?:không còn|không có|không để xảy ra|không để phát sinh|không phát sinh|không xảy ra|xóa hết|xóa bỏ hoàn toàn)\s+/u;
const BINDING_REFERENCE = /so\s+với\s+(?:chỉ tiêu|kế hoạch|dự toán)/u;

interface Clause {
  comparison?: Comparison;
  unit?: string;
  measure?: string;
  relativeToStated: boolean;
  baseline?: number;
  qualitative?: 'state' | 'level';
  ambiguities: Ambiguity[];
  perYear: boolean;
  directionFromMeaning?: boolean;
}

export function parseTargetPhrase(input: string): TargetPhrase {
  const text = normalizePhrase(stripListMarker(normalizePhrase(input))).replace(/[\s.;:,]+$/u, '');
  const mk = maskNonFigures(text);
  const lower = mk.masked.toLowerCase();
  const result: TargetPhrase = { text, perYear: false, relativeToStated: { comparison: false, stretch: false }, ambiguities: [] };

  const striveAt = lower.search(/phấn đấu/u);
  const strive = striveAt >= 0 ? { start: striveAt, after: striveAt + 'phấn đấu'.length } : undefined;
  let binding = parseClause(text, mk.masked, 0, strive ? strive.start : text.length);
  let stretch: Clause | undefined;
  if (strive) {
    const after = parseClause(text, mk.masked, strive.after, text.length);
    if (!binding.comparison && !binding.qualitative) {
      // "Phấn đấu ..." alone: the only figure there is; the office decides if it binds.
      if (after.comparison) result.ambiguities.push({ code: 'stretch-only', text: text.slice(strive.start) });
      binding = { ...after, measure: joinMeasure(binding.measure, after.measure) };
    } else stretch = after;
  }

  result.ambiguities.push(...binding.ambiguities);
  if (binding.comparison) result.comparison = binding.comparison;
  if (binding.unit) result.unit = binding.unit;
  if (binding.baseline !== undefined) result.baseline = binding.baseline;
  if (binding.qualitative) result.qualitative = binding.qualitative;
  if (binding.directionFromMeaning) result.directionFromMeaning = true;
  result.relativeToStated.comparison = binding.relativeToStated;
  result.perYear = binding.perYear;

  if (stretch?.comparison) {
    let s = stretch.comparison;
    if (s.kind === 'change' && !stretch.relativeToStated) {
      // "đạt chỉ tiêu trên giao và phấn đấu tăng từ 3-5%": more than the binding figure.
      s = { ...s, relativeTo: 'binding' };
      result.ambiguities.push({ code: 'change-reference', text: text.slice(strive!.start) });
    }
    result.stretch = s;
    result.relativeToStated.stretch = stretch.relativeToStated;
    result.ambiguities.push(...stretch.ambiguities.filter((a) => a.code !== 'points-or-percent' || result.unit === '%'));
    if (!result.unit && stretch.unit && s.kind !== 'change') result.unit = stretch.unit;
    result.perYear ||= stretch.perYear;
  }

  const measure = cleanMeasure(binding.measure ?? '', mk.periods);
  if (measure) {
    const two = splitTwoMeasures(measure);
    if (two) {
      result.measures = two.map((m) => nameFor(m, result.unit));
      result.ambiguities.push({ code: 'two-measures', text: measure });
    }
    result.measure = nameFor(measure, result.unit);
  }
  const period = mk.periods.find((p) => p.kind === 'school-year') ?? mk.periods.find((p) => p.kind === 'span') ?? mk.periods.find((p) => p.kind === 'by-year') ?? mk.periods.find((p) => p.kind === 'year');
  if (period) result.period = period;
  if (mk.periods.some((p) => p.kind === 'per-year')) result.perYear = true;
  const beside = countBeside(result, mk.asides);
  for (const a of mk.asides) if (a !== beside) result.ambiguities.push({ code: 'parenthetical-figure', text: a });

  if (result.comparison) result.direction = impliedDirection(result.comparison) ?? 'higher';
  else result.unparsed = text;
  return result;
}

function parseClause(text: string, maskedAll: string, from: number, to: number): Clause {
  const clause: Clause = { relativeToStated: false, ambiguities: [], perYear: false };
  if (from >= to) return clause;
  const masked = MASK.repeat(from) + maskedAll.slice(from, to) + MASK.repeat(maskedAll.length - to);
  const lowerClause = text.slice(from, to).toLowerCase();

  const assigned = forText(ASSIGNED, lowerClause).exec(lowerClause);
  if (assigned) {
    clause.comparison = { kind: 'assigned' };
    const before = text.slice(from, from + assigned.index);
    clause.measure = before.trim() ? before : text.slice(from + assigned.index + assigned[0].length, to);
    const rest = findQuantities(MASK.repeat(from + assigned.index + assigned[0].length) + masked.slice(from + assigned.index + assigned[0].length));
    if (rest.length > 0) clause.ambiguities.push({ code: 'several-figures', text: rest.map((q) => q.written).join(', ') });
    return clause;
  }

  const all = findQuantities(masked);
  if (all.length === 0) return zeroOrQualitative(text, from, to, clause);

  let q = all[0]!;
  let others = all.slice(1);
  // "giảm số hộ nghèo từ 28 hộ xuống còn 23 hộ": from a baseline to a level.
  if (all.length >= 2) {
    const between = spaced(masked.slice(all[0]!.end, all[1]!.start)).trim().toLowerCase();
    const before = spaced(masked.slice(from, all[0]!.start)).trimEnd().toLowerCase();
    if (/từ$/u.test(before) && /^(?:xuống còn|xuống|còn|lên|lên đến|lên mức)$/u.test(between)) {
      clause.baseline = all[0]!.value;
      q = all[1]!;
      others = all.slice(2);
      const down = between !== 'lên' && !between.startsWith('lên');
      clause.comparison = { kind: down ? 'at-most' : 'at-least', value: q.value };
      if (q.unit) clause.unit = q.unit;
      clause.measure = text.slice(from, from + before.length - 'từ'.length);
      finishAmbiguities(clause, q, others);
      return clause;
    }
  }

  const left = spaced(masked.slice(from, q.start));
  let op: Op = 'none';
  let opStart = q.start;
  const leftLower = left.toLowerCase();
  for (const [name, re] of OPERATORS) {
    const m = re.exec(leftLower);
    if (m && (m.index === 0 || /[\s:,(]/u.test(leftLower[m.index - 1]!))) {
      op = name;
      opStart = from + m.index;
      break;
    }
  }
  // "là 2,83%", "bằng 50%": a copula says nothing of the direction, like a bare figure.
  const copula = op === 'reach' && /^(?:là|bằng)\s*$/u.test(leftLower.slice(opStart - from));
  // "tăng tổng thu ngân sách bình quân từ 10-12%/năm": the verb leads, the figure is the change.
  const lead = text.slice(from, q.start).replace(/^\s*(?:phấn đấu\s+)?/iu, '').toLowerCase();
  if ((op === 'none' || op === 'from') && (q.unit === '%' || q.unit === '‰') && /^(?:tăng|giảm)\s+(?!trưởng|tỷ lệ|tỉ lệ)/u.test(lead)) {
    op = lead.startsWith('tăng') ? 'increase' : 'decrease';
  }
  // "Mức giảm sinh 0,5‰": the measure is itself a change, and the figure its amount.
  const namedChange = op === 'none' && (q.unit === '%' || q.unit === '‰') ? /^mức\s+(tăng|giảm)\s/u.exec(lead) : null;
  if (namedChange) op = namedChange[1] === 'tăng' ? 'increase' : 'decrease';
  const rightRaw = spaced(masked.slice(q.end, to));
  const tail = execText(/^\s*(?:[\p{L}]+\s+){0,3}?trở\s+(lên|xuống)/u, rightRaw.toLowerCase());
  const afterEnd = tail ? q.end + tail[0].length : q.end;

  // A rate ("tỷ lệ", "tỷ suất", the birth rate of "giảm sinh"): its "%" changes are usually points (domain.md §3).
  const isRate = testText(/(?<![\p{L}\d])(?:tỷ lệ|tỉ lệ|tỷ suất|tỉ suất|giảm sinh)(?![\p{L}\d])/u, text.slice(from, to).toLowerCase());
  clause.perYear = q.perYear;
  const bound = (kind: 'at-least' | 'above' | 'at-most' | 'below' | 'exactly' | 'maintain'): Comparison =>
    q.outOf !== undefined ? { kind, value: q.value, outOf: q.outOf } : { kind, value: q.value };

  if (op === 'increase' || op === 'decrease' || op === 'exceed') {
    const percent = q.unit === '%' || q.unit === '‰';
    const reference = text.slice(q.end, to).toLowerCase();
    const toBinding = op === 'exceed' || BINDING_REFERENCE.test(reference);
    const stated = toBinding || /so\s+(?:với\s+)?(?:cùng kỳ|năm|đầu năm|cuối năm)/u.test(reference) || /so\s+(?:với\s+)?/u.test(text.slice(q.end, to).toLowerCase());
    clause.comparison = {
      kind: 'change',
      direction: op === 'decrease' ? 'decrease' : 'increase',
      // Points when written so ("1,5 điểm %", "0,5‰"), or a rate changing by a few "%" (ambiguous: "giảm
      // 1,8–2%" from 7,8% is points, domain.md §3; "giảm 15% tỉ lệ hộ nghèo" can only be percent of it).
      as: q.points || q.unit === '‰' || (percent && isRate && (q.max ?? q.value) < 10) ? 'points' : percent ? 'percent' : 'count',
      amount: q.value,
      ...(q.max !== undefined ? { amountMax: q.max } : {}),
      // "tăng bình quân 16%/năm", "giảm bình quân hàng năm 1%": an average yearly change, compounded.
      ...(q.perYear || testText(/(?<![\p{L}])(?:bình quân|hàng năm|hằng năm|mỗi năm)(?![\p{L}])/u, leftLower.slice(Math.max(0, opStart - from - 40))) ? { yearly: true } : {}),
      relativeTo: toBinding ? 'binding' : 'baseline',
    };
    clause.relativeToStated = stated;
    if (q.points) clause.unit = q.unit;
    else if (percent && isRate) {
      clause.unit = q.unit;
      if (q.unit === '%') clause.ambiguities.push({ code: 'points-or-percent', text: q.written });
    } else if (!percent && q.unit) clause.unit = q.unit;
  } else if (q.max !== undefined && q.outOf === undefined && (op === 'none' || op === 'reach' || op === 'from' || op === 'approx')) {
    clause.comparison = { kind: 'range', min: q.value, max: q.max };
    if (q.unit) clause.unit = q.unit;
  } else {
    let kind: 'at-least' | 'above' | 'at-most' | 'below' | 'exactly' | 'maintain';
    switch (op) {
      case 'below':
        kind = 'below';
        break;
      case 'at-most':
        kind = 'at-most';
        break;
      case 'above':
        kind = 'above';
        break;
      case 'maintain':
        kind = 'maintain';
        break;
      default:
        kind = 'at-least';
    }
    if (tail) kind = tail[1] === 'lên' ? (op === 'above' ? 'above' : 'at-least') : 'at-most';
    const whole = text.slice(from, to);
    if (op === 'approx') {
      clause.ambiguities.push({ code: 'approximate', text: text.slice(opStart, q.end), alternatives: ['at-least', 'exactly', 'at-most'] });
    } else if ((op === 'none' || copula) && !tail) {
      if (q.unit === '%' && q.value === 100) kind = 'exactly';
      else if (lowerIsBetter(text.slice(from, q.start))) {
        kind = 'at-most';
        clause.directionFromMeaning = true;
      }
      clause.ambiguities.push({ code: 'no-operator', text: q.written, alternatives: ['at-least', 'exactly', 'at-most'] });
    } else if (kind === 'at-least' && !tail && q.unit === '%' && q.value === 100) {
      kind = 'exactly';
      clause.ambiguities.push({ code: 'hundred-percent', text: text.slice(opStart, q.end), alternatives: ['at-least', 'exactly'] });
    }
    const named = text.slice(from, opStart).toLowerCase();
    // "Tỷ lệ hộ nghèo giảm bình quân/năm: trên 10%": the bound is on a change.
    if (kind !== 'maintain' && q.unit === '%' && testText(/(?<![\p{L}\d])(?:tăng|giảm)(?:\s+bình quân)?(?:\s*\/\s*năm|\s+hàng năm|\s+hằng năm)?\s*:?\s*$/u, named)) {
      clause.ambiguities.push({ code: 'rate-of-change', text: whole, alternatives: ['change'] });
    }
    clause.comparison = bound(kind);
    if (q.unit) clause.unit = q.unit;
  }

  // The name: the words before the operator, or, for "Giảm 02 hộ cận nghèo", the words after the figure.
  const before = text.slice(from, opStart);
  const after = text.slice(afterEnd, to);
  clause.measure = before.trim() ? before : unitPhrase(q.unit, after);
  finishAmbiguities(clause, q, others);
  return clause;
}

/** "đạt 50% (8 xã)": a rate with, in brackets, the count it stands for; set on the comparison, returns that aside. */
function countBeside(result: TargetPhrase, asides: string[]): string | undefined {
  const c = result.comparison;
  if (result.unit !== '%' || c === undefined || !('value' in c) || c.kind === 'assigned' || c.kind === 'tracked') return undefined;
  for (const aside of asides) {
    const q = findQuantities(maskNonFigures(aside.slice(1, -1)).masked)[0];
    if (q?.unit === undefined || !isCountUnit(q.unit) || q.max !== undefined) continue;
    // Only the first figure of the bracket, when it leads it: "(66/112 thôn, tăng thêm 20 thôn)".
    if (aside.slice(1, 1 + q.start).trim() !== '') continue;
    result.comparison = { ...c, count: { value: q.value, ...(q.outOf !== undefined ? { outOf: q.outOf } : {}), unit: q.unit } };
    return aside;
  }
  return undefined;
}

function finishAmbiguities(clause: Clause, q: Quantity, others: Quantity[]): void {
  if (q.commaThousands) clause.ambiguities.push({ code: 'comma-thousands', text: q.written });
  if (others.length > 0) clause.ambiguities.push({ code: 'several-figures', text: others.map((o) => o.written).join(', ') });
}

/** "không còn hộ nghèo" is a figure (zero); "Duy trì xã đạt chuẩn quốc gia về y tế" is a state. */
function zeroOrQualitative(text: string, from: number, to: number, clause: Clause): Clause {
  const part = text.slice(from, to);
  const lowerPart = part.toLowerCase();
  const zero = forText(ZERO, lowerPart).exec(lowerPart);
  if (zero) {
    const after = part.slice(zero.index + zero[0].length);
    const unit = leadingUnit(after);
    clause.comparison = { kind: 'at-most', value: 0 };
    if (unit) clause.unit = unit;
    const before = part.slice(0, zero.index).trim();
    clause.measure = before && !/^(?:phấn đấu|đến|trong)/iu.test(before) ? before : `Số ${after}`;
    return clause;
  }
  // A level: "… trở lên", or a level of the yearly rating named outright ("đều hoàn thành tốt nhiệm vụ").
  const rated = testText(/(?<![\p{L}\d])hoàn thành(?:\s+(?:tốt|xuất sắc))?\s+nhiệm vụ(?![\p{L}\d])/u, lowerPart);
  if (rated || (testText(/(?<![\p{L}\d])(?:hoàn thành|trong sạch|vững mạnh|xuất sắc|khá|tốt)(?![\p{L}\d])/u, lowerPart) && /trở lên/u.test(part))) clause.qualitative = 'level';
  else if (
    testText(/(?<![\p{L}\d])(?:duy trì|giữ vững|đạt chuẩn|đạt danh hiệu|được công nhận|công nhận)(?![\p{L}\d])/u, lowerPart) ||
    // "xây dựng xã cơ bản đạt nông thôn mới nâng cao", "xã Vĩnh Lộc đạt xã nông thôn mới nâng cao".
    testText(/(?<![\p{L}\d])đạt\s+(?:\p{L}+\s+){0,2}?(?:nông thôn mới|đô thị văn minh)/u, lowerPart)
  ) {
    clause.qualitative = 'state';
  }
  clause.measure = part;
  return clause;
}

const spaced = (s: string) => s.replace(new RegExp(MASK, 'g'), ' ');

function unitPhrase(unit: string | undefined, after: string): string {
  const rest = after.trim();
  if (unit === undefined) return rest;
  if (unit === '%') return rest ? `Tỷ lệ ${rest}` : '';
  if (isCountUnit(unit)) return rest ? `Số ${unit} ${rest}` : '';
  return rest;
}

function joinMeasure(a: string | undefined, b: string | undefined): string | undefined {
  const x = (a ?? '').trim();
  const y = (b ?? '').trim();
  if (!x) return y || undefined;
  return x;
}

/** Trim connecting words and the period mentions off a name. */
function cleanMeasure(measure: string, periods: PeriodMention[]): string {
  let m = measure;
  for (const p of periods) if (p.kind !== 'per-year') m = m.split(p.text).join(' ');
  m = m.replace(/\([^()]*\)/g, (g) => (/\d/.test(g) ? ' ' : g));
  m = m.replace(/\s+/g, ' ').trim();
  for (;;) {
    const next = m
      .replace(/^(?:phấn đấu|đến|trong|và)\s+/iu, '')
      .replace(/^(?:giảm|tăng|nâng)\s+(?=(?:tỷ lệ|tỉ lệ|số)\s)/iu, '')
      .replace(/[\s:,;-]+$/u, '')
      .replace(/\s+(?:đạt|là|ở mức|bình quân|đạt mức|ước đạt|phấn đấu|và|thì|có)$/iu, '')
      .trim();
    if (next === m) break;
    m = next;
  }
  return m;
}

function splitTwoMeasures(measure: string): [string, string] | undefined {
  const m = /^(.+?)\s+và\s+(.+)$/u.exec(measure);
  if (!m) return undefined;
  const head = (s: string) => s.trim().split(/\s+/)[0]!.toLowerCase();
  const a = m[1]!;
  const b = m[2]!;
  if (head(a) === head(b) || (testText(/^(?:tỷ lệ|tỉ lệ|số)(?![\p{L}\d])/iu, a) && testText(/^(?:tỷ lệ|tỉ lệ|số)(?![\p{L}\d])/iu, b))) return [a, b];
  return undefined;
}

function nameFor(measure: string, unit: string | undefined): string {
  let m = measure.trim();
  if (unit === '%' && !testText(/^(?:tỷ lệ|tỉ lệ|tốc độ|chỉ số)(?![\p{L}\d])/iu, m) && !testText(/(?<![\p{L}\d])(?:tỷ lệ|tỉ lệ)(?![\p{L}\d])/iu, m)) m = `Tỷ lệ ${lowerFirst(m)}`;
  return upperFirst(m);
}

const upperFirst = (s: string) => (s ? s[0]!.toLocaleUpperCase('vi') + s.slice(1) : s);
const lowerFirst = (s: string) => {
  // Keep proper capitals ("Nhà nước", "BHYT"): lower only a capitalised ordinary first word.
  const first = s.split(/\s+/)[0] ?? '';
  if (first.length > 1 && first === first.toLocaleUpperCase('vi')) return s;
  return s ? s[0]!.toLocaleLowerCase('vi') + s.slice(1) : s;
};
