/** One clause of a target sentence (the binding part, or the part after "phấn đấu") read into a comparison, unit and name; apart from the sentence-level assembly in target-phrase.ts. */
import type { Comparison } from '../model/comparison.js';
import { zeroOrQualitative } from './clause-without-figure.js';
import { execText, forText, testText } from './letter-class.js';
import { lowerIsBetter } from './lower-is-better.js';
import { unitPhrase } from './measure-name.js';
import type { Ambiguity } from './phrase-ambiguity.js';
import { operatorBefore, type Op } from './phrase-operators.js';
import { findQuantities, MASK, type Quantity } from './phrase-tokens.js';

const ASSIGNED = /(?:đạt(?:\s+và\s+vượt)?|hoàn thành(?:\s+và\s+vượt)?|thực hiện đạt)\s+(?:100\s*%\s+)?(?:các\s+)?(?:chỉ tiêu|kế hoạch|dự toán)(?:[^,;]*?(?<![\p{L}\d])giao(?![\p{L}\d]))?/u;
const BINDING_REFERENCE = /so\s+với\s+(?:chỉ tiêu|kế hoạch|dự toán)/u;

/** What one clause says; the sentence takes its comparison from the binding clause and its stretch from the other. */
export interface Clause {
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

/** Reads text[from, to); `maskedAll` is the whole sentence with what is not a figure masked, so positions stay the sentence's. */
export function parseClause(text: string, maskedAll: string, from: number, to: number): Clause {
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
  const found = operatorBefore(leftLower);
  if (found) {
    op = found.op;
    opStart = from + found.index;
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

function finishAmbiguities(clause: Clause, q: Quantity, others: Quantity[]): void {
  if (q.commaThousands) clause.ambiguities.push({ code: 'comma-thousands', text: q.written });
  if (others.length > 0) clause.ambiguities.push({ code: 'several-figures', text: others.map((o) => o.written).join(', ') });
}

const spaced = (s: string) => s.replace(new RegExp(MASK, 'g'), ' ');
