/** The ways a target sentence can be read two ways: apart so the parser, the import's review and the wording check share one list. */
import type { ComparisonKind } from '../model/comparison.js';

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
