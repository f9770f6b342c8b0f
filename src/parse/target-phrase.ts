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
 *
 * This file puts a sentence together from its clauses (the binding one, and the one after "phấn
 * đấu"): reading a clause is phrase-clause.ts, its operator words phrase-operators.ts, naming the
 * measure measure-name.ts, the ambiguity codes phrase-ambiguity.ts.
 */
import type { Comparison } from '../model/comparison.js';
import { impliedDirection } from '../model/implied-direction.js';
import { cleanMeasure, joinMeasure, nameFor, splitTwoMeasures } from './measure-name.js';
import type { Ambiguity } from './phrase-ambiguity.js';
import { parseClause, type Clause } from './phrase-clause.js';
import { findQuantities, isCountUnit, maskNonFigures, normalizePhrase, stripListMarker, type PeriodMention } from './phrase-tokens.js';

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
