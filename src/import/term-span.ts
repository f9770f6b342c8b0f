import type { Comparison } from '../model/comparison.js';
import type { Over } from '../model/target.js';

/**
 * In a term plan's draft, whether a target is of each year or of the whole term, read from its
 * wording (docs/format.md "Kế hoạch nhiệm kỳ"); pure. An end year named ("đến năm 2025", "năm
 * 2025") makes it a term target, whatever else the sentence says ("thu nhập bình quân đầu người/năm
 * đến năm 2025"); then a yearly word ("hàng năm", "mỗi năm", "so năm trước", "bình quân/năm") or a
 * yearly average change makes it yearly; a span named ("thời kỳ 2021-2025", "giai đoạn", "cả nhiệm
 * kỳ") a term target, a total ("Tổng ...") of it a sum over the term. Else a term target, assumed.
 */
export interface TermSpanReading {
  over: Over;
  /** The target adds up over the whole term ("Tổng huy động vốn ... thời kỳ 2021-2025"). */
  total: boolean;
  /** Why, when the wording does not say it (for `assumed.over`); null when it does. */
  assumed: string | null;
}

// A year of comparison or of the base ("giá so sánh năm 2010", "so với năm 2020") is not the year the target is for.
const END_YEAR = /(?:đến|tới)\s+(?:cuối\s+)?năm\s+((?:19|20)\d{2})|(?<!(?:so sánh|so với|từ|gốc|vào)\s+)\bnăm\s+((?:19|20)\d{2})\b(?!\s*[-–—]\s*\d)/iu;
const YEARLY = /h[àằ]ng\s+năm|mỗi\s+năm|so\s+(?:với\s+)?(?:cùng\s+kỳ\s+)?năm\s+trước|bình\s+quân\s*\/\s*năm|\/\s*năm\s*:/iu;
const SPAN = /(?:thời kỳ|giai đoạn|nhiệm kỳ)\s*\(?(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2}|cả\s+(?:nhiệm\s+)?kỳ|trong\s+nhiệm\s+kỳ|5\s+năm/iu;
const TOTAL = /^\s*(?:\(?\d+[.)]\s*)?(?:[-+•]\s*)?tổng\b|\btổng\s+(?:số|huy động|vốn|cộng)/iu;

/** The span of a measure's own words; where they say nothing, of its whole sentence ("Cơ cấu kinh tế đến năm 2025: ...; dịch vụ: 20%"). */
export function termSpanIn(wording: string, sentence: string, comparison: Comparison, termEnd: number): TermSpanReading {
  const own = termSpanOf(wording, comparison, termEnd);
  if (own.assumed === null || sentence === wording) return own;
  const whole = termSpanOf(sentence, comparison, termEnd);
  return whole.assumed === null ? whole : own;
}

export function termSpanOf(wording: string, comparison: Comparison, termEnd: number): TermSpanReading {
  const text = wording.normalize('NFC');
  if (comparison.kind === 'change' && comparison.yearly === true) return { over: 'year', total: false, assumed: null };
  const end = END_YEAR.exec(text);
  if (end) {
    const year = Number(end[1] ?? end[2]);
    return { over: 'term', total: false, assumed: year === termEnd ? null : `Câu nêu năm ${year}, không phải năm cuối nhiệm kỳ ${termEnd}: tạm hiểu là chỉ tiêu cả nhiệm kỳ; kiểm tra.` };
  }
  if (YEARLY.test(text)) return { over: 'year', total: false, assumed: null };
  // "Duy trì xã đạt chuẩn quốc gia về y tế": kept, so judged in every year of the term.
  if ((comparison.kind === 'state' && comparison.goal === 'keep') || comparison.kind === 'maintain') {
    return { over: 'year', total: false, assumed: 'Chỉ tiêu duy trì: phải giữ được trong từng năm của nhiệm kỳ (giả định của plan import).' };
  }
  if (SPAN.test(text)) return { over: 'term', total: TOTAL.test(text), assumed: null };
  return { over: 'term', total: false, assumed: 'Câu chỉ tiêu không nói "hàng năm" hay "đến năm ...": hiểu là mức phải đạt vào cuối nhiệm kỳ (giả định của plan import).' };
}
