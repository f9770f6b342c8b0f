/**
 * Targets with no figure to beat, as the import drafts them (issue 13, docs/format.md §9): a share of
 * the economy or a forecast becomes `tracked` (shown, never judged); "Duy trì xã đạt chuẩn ..." a
 * `state`; "hoàn thành tốt nhiệm vụ trở lên" a `level` on the Party's four-level rating scale. Pure.
 */
import { kindOf } from '../kinds/comparison-kinds.js';
import type { Comparison } from '../model/comparison.js';
import type { TargetPhrase } from '../parse/target-phrase.js';

/** "1 trong 4 mức", Điều 12 Quy định 124-QĐ/TW năm 2023: the yearly rating of Party organisations and officials. */
export const RATING_SCALE = ['Không hoàn thành nhiệm vụ', 'Hoàn thành nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành xuất sắc nhiệm vụ'];

export interface Unmeasured {
  phrase: TargetPhrase;
  unit: string;
  /** Why the draft reads it so, for `assumed.comparison`. */
  reason: string;
}

/** A figure that is context, not a goal: tracked with its figure (when the phrase holds one). */
export function trackedReading(p: TargetPhrase): Unmeasured {
  const c = p.comparison;
  const value = c === undefined ? null : kindOf(c).figure(c);
  const comparison: Comparison = value === null ? { kind: 'tracked' } : { kind: 'tracked', value };
  const { stretch: _stretch, ...rest } = p;
  return {
    phrase: { ...rest, comparison, direction: 'higher' },
    unit: p.unit ?? '',
    reason: 'Số liệu tham khảo (cơ cấu kinh tế, dự báo, dự toán chi), không phải chỉ tiêu để đánh giá: ghi là "tracked" (theo dõi).',
  };
}

const KEEP = /(?<![\p{L}])(?:duy trì|giữ vững|giữ)(?![\p{L}])/u;

/** A state or a level, when the phrase parser recognised one and, for a level, the level is on the scale. */
export function qualitativeReading(p: TargetPhrase): Unmeasured | undefined {
  const lower = p.text.normalize('NFC').toLocaleLowerCase('vi');
  // "Cơ cấu kinh tế là Thương mại - Dịch vụ, Công nghiệp – Xây dựng và Nông nghiệp": an order of sectors, tracked.
  if (/^cơ cấu kinh tế(?:\s|:)/u.test(lower)) return trackedReading(p);
  if (p.qualitative === 'level') {
    // The highest level the sentence names: "hoàn thành tốt nhiệm vụ trở lên" names "hoàn thành nhiệm vụ" too.
    const named = [...RATING_SCALE].reverse().find((l) => lower.includes(l.toLocaleLowerCase('vi')));
    if (named === undefined) return undefined;
    return {
      phrase: { ...p, comparison: { kind: 'level', scale: RATING_SCALE, level: named }, direction: 'higher' },
      unit: 'mức',
      reason: 'Mức xếp loại; thang bốn mức theo Quy định 124-QĐ/TW năm 2023 (giả định của plan import): kiểm tra thang và mức phải đạt.',
    };
  }
  if (p.qualitative === 'state') {
    const goal = KEEP.test(lower) ? 'keep' : 'achieve';
    return {
      phrase: { ...p, comparison: { kind: 'state', goal }, direction: 'higher' },
      unit: 'trạng thái',
      reason: `Trạng thái có/không (${goal === 'keep' ? 'duy trì' : 'đạt được'}), không có con số: số liệu ghi 1 (đạt) hoặc 0 (chưa đạt).`,
    };
  }
  return undefined;
}
