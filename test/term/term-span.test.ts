import { describe, expect, it } from 'vitest';
import { termSpanIn, termSpanOf } from '../../src/import/term-span.js';
import type { Comparison } from '../../src/model/comparison.js';

/**
 * plan import on a term plan (term 2021-2025): a target's wording → over, a total of the term, and
 * whether that is assumed. Wordings from the corpus (test/import/corpus/docs).
 */
const atLeast: Comparison = { kind: 'at-least', value: 1 };
const CASES: { wording: string; comparison?: Comparison; cells: string }[] = [
  { wording: 'Thu nhập bình quân đầu người đến năm 2025: 45 triệu đồng/năm.', cells: 'term · - · read' },
  { wording: 'Thu nhập bình quân đầu người/năm đến năm 2025: 60 triệu đồng.', cells: 'term · - · read' },
  { wording: 'Tỷ lệ số xã đạt chuẩn nông thôn mới năm 2025 đạt 50% (8 xã).', cells: 'term · - · read' },
  { wording: 'Tỷ lệ đô thị hóa đến năm 2023: 16% trở lên.', cells: 'term · - · assumed' },
  { wording: 'Tỷ lệ người dân tham gia bảo hiểm y tế hàng năm: từ 90% trở lên.', cells: 'year · - · read' },
  { wording: 'Thu ngân sách Nhà nước theo phân cấp tăng 5% hằng năm.', cells: 'year · - · read' },
  { wording: 'Tỷ lệ tăng thu cân đối NSĐP thực hiện so năm trước: 10% trở lên.', cells: 'year · - · read' },
  { wording: 'Tỷ lệ hộ nghèo người đồng bào DTTS giảm bình quân/năm: trên 10%.', cells: 'year · - · read' },
  // "giá so sánh năm 2010" is the price base, not the year of the target.
  { wording: 'Tốc độ tăng giá trị sản xuất bình quân hàng năm (giá so sánh năm 2010) đạt 16%.', cells: 'year · - · read' },
  { wording: 'Tăng bình quân 16%/năm.', comparison: { kind: 'change', direction: 'increase', as: 'percent', amount: 16, yearly: true }, cells: 'year · - · read' },
  { wording: 'Tổng huy động vốn đầu tư phát triển thời kỳ 2021-2025: 5.000 tỷ đồng.', cells: 'term · total · read' },
  { wording: 'Tổng số doanh nghiệp mới được thành lập thời kỳ 2021-2025: 100 doanh nghiệp.', cells: 'term · total · read' },
  { wording: 'Giải quyết việc làm cho 500 lao động trong nhiệm kỳ.', cells: 'term · - · read' },
  { wording: 'Duy trì xã đạt chuẩn quốc gia về y tế.', comparison: { kind: 'state', goal: 'keep' }, cells: 'year · - · assumed' },
  { wording: 'Tỷ lệ lao động qua đào tạo: trên 20%.', cells: 'term · - · assumed' },
];

describe('import: each target of a term plan is of a year or of the term (table of cases)', () => {
  it.each(CASES)('$wording', ({ wording, comparison, cells }) => {
    const r = termSpanOf(wording, comparison ?? atLeast, 2025);
    expect([r.over, r.total ? 'total' : '-', r.assumed === null ? 'read' : 'assumed'].join(' · ')).toBe(cells);
  });

  it('a measure that says nothing takes what its sentence says', () => {
    const sentence = '(1) Cơ cấu kinh tế đến năm 2025: Nông, lâm nghiệp, thuỷ sản: 75%; dịch vụ, du lịch: 20%.';
    expect(termSpanIn('dịch vụ, du lịch: 20%', sentence, atLeast, 2025)).toEqual({ over: 'term', total: false, assumed: null });
    expect(termSpanIn('hộ gia đình văn hóa: 80%', 'Tỷ lệ thôn, làng văn hóa: 100%; hộ gia đình văn hóa: 80%.', atLeast, 2025).assumed).not.toBeNull();
  });
});
