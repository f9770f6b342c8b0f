/**
 * Real target sentences ("chỉ tiêu") from published plans and resolutions of communes and wards other
 * than the seed's Phường 1, each with the structure the parser must give it. The text is copied as
 * published (fragments of a list separated by ";" are taken one by one); the source is given above
 * each group. Pages were read through the project's search tool (stored public copies), 2025.
 *
 * `comparison`/`stretch` are compared exactly; `unit`, `direction`, `period`, `baseline` when given;
 * `ambiguities` lists the codes the parser must report (exactly that set).
 */
import type { Comparison } from '../../src/model/comparison.js';
import type { AmbiguityCode } from '../../src/parse/phrase-ambiguity.js';

export interface CorpusCase {
  text: string;
  source: string;
  comparison?: Comparison;
  stretch?: Comparison;
  unit?: string;
  direction?: 'higher' | 'lower';
  /** The period phrase found, if any. */
  period?: string;
  perYear?: boolean;
  baseline?: number;
  qualitative?: 'state' | 'level';
  ambiguities?: AmbiguityCode[];
}

// Xã Sơn Lang, huyện Kbang, tỉnh Gia Lai: "Các chỉ tiêu chủ yếu (nhiệm kỳ 2020-2025)", Nghị quyết Đại hội
// Đảng bộ xã nhiệm kỳ 2020-2025, published on the commune page of kbang.gialai.gov.vn (Xa-Son-Lang).
const SON_LANG = 'Xã Sơn Lang (Kbang, Gia Lai), chỉ tiêu chủ yếu nhiệm kỳ 2020-2025';
// Xã Lơ Ku, huyện Kbang, tỉnh Gia Lai: "Các chỉ tiêu chủ yếu (giai đoạn 2021-2025)", kbang.gialai.gov.vn (Xa-Lo-Ku).
const LO_KU = 'Xã Lơ Ku (Kbang, Gia Lai), chỉ tiêu chủ yếu giai đoạn 2021-2025';
// Xã Đông Thịnh, huyện Đông Sơn, tỉnh Thanh Hóa: "Các chỉ tiêu chủ yếu" (đến năm 2020), dongthinh.dongson.gov.vn.
const DONG_THINH = 'Xã Đông Thịnh (Đông Sơn, Thanh Hóa), chỉ tiêu chủ yếu đến năm 2020';
// Xã Mỹ An, huyện Chợ Mới, tỉnh An Giang: Nghị quyết HĐND xã về phát triển kinh tế xã hội - quốc phòng an ninh
// năm 2024 (kỳ họp thứ 8, khóa IV), as reported by chomoi.angiang.gov.vn on 02/01/2024.
const MY_AN = 'Xã Mỹ An (Chợ Mới, An Giang), Nghị quyết HĐND xã năm 2024';
// Xã An Bình, huyện Thuận Thành, tỉnh Bắc Ninh: Nghị quyết HĐND xã về nhiệm vụ và giải pháp phát triển kinh tế
// xã hội năm 2023 (kỳ họp thứ 6, 26-27/12/2022), thuanthanh.bacninh.gov.vn.
const AN_BINH = 'Xã An Bình (Thuận Thành, Bắc Ninh), Nghị quyết HĐND xã năm 2023';
// Xã Ngũ Hiệp, huyện Thanh Trì, Hà Nội: HĐND xã kỳ họp thứ 13 (2009), chỉ tiêu những tháng cuối năm 2009,
// noidung.quochoi.vn (from nguoidaibieu.com.vn).
const NGU_HIEP = 'Xã Ngũ Hiệp (Thanh Trì, Hà Nội), Nghị quyết HĐND xã kỳ họp thứ 13, 2009';
// Xã Quảng Bình, tỉnh Thanh Hóa: Nghị quyết HĐND xã về nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2025
// (kỳ họp thứ 2, 08/8/2025), baothanhhoa.vn.
const QUANG_BINH = 'Xã Quảng Bình (Thanh Hóa), Nghị quyết HĐND xã 6 tháng cuối năm 2025';
// Phường Hội Phú, thành phố Pleiku, tỉnh Gia Lai: "Các chỉ tiêu chủ yếu đến năm 2025", pleiku.gialai.gov.vn.
const HOI_PHU = 'Phường Hội Phú (Pleiku, Gia Lai), chỉ tiêu chủ yếu đến năm 2025';
// Phường Quán Thánh, quận Ba Đình, Hà Nội: Nghị quyết Hội nghị đại biểu nhân dân phường năm 2018, badinh.hanoi.gov.vn.
const QUAN_THANH = 'Phường Quán Thánh (Ba Đình, Hà Nội), Nghị quyết hội nghị đại biểu nhân dân năm 2018';
// Xã Phú Bình, huyện Phú Tân, tỉnh An Giang: chỉ tiêu nhiệm kỳ 2020-2025 của Đại hội đại biểu Đảng bộ xã, baoangiang.com.vn.
const PHU_BINH = 'Xã Phú Bình (Phú Tân, An Giang), chỉ tiêu nhiệm kỳ 2020-2025';
// Xã Vọng Đông, huyện Thoại Sơn, tỉnh An Giang: chỉ tiêu nhiệm kỳ 2020-2025 của Đại hội Đảng bộ xã, baoangiang.com.vn (29/5/2020).
const VONG_DONG = 'Xã Vọng Đông (Thoại Sơn, An Giang), chỉ tiêu nhiệm kỳ 2020-2025';
// Two district plans for forms the commune texts above lack: huyện Thạnh Hóa (Long An), Chương trình hành động
// phát triển kinh tế - xã hội năm 2024 (la34.com.vn, 30/12/2023); huyện Chư Păh (Gia Lai), chỉ tiêu năm 2024 (baogialai.com.vn).
const THANH_HOA = 'Huyện Thạnh Hóa (Long An), Chương trình hành động năm 2024';
const CHU_PAH = 'Huyện Chư Păh (Gia Lai), chỉ tiêu kinh tế - xã hội năm 2024';

export const CORPUS: CorpusCase[] = [
  { source: SON_LANG, text: 'Thu nhập bình quân đầu người đến năm 2025: 45 triệu đồng/năm.', comparison: { kind: 'at-least', value: 45 }, unit: 'triệu đồng/năm', perYear: true, period: 'đến năm 2025', ambiguities: ['no-operator'] },
  { source: SON_LANG, text: 'Tỷ lệ tăng thu cân đối NSĐP thực hiện so năm trước: 10% trở lên.', comparison: { kind: 'at-least', value: 10 }, unit: '%', direction: 'higher', ambiguities: [] },
  {
    source: SON_LANG,
    text: 'Số thôn, làng đạt chuẩn nông thôn mới (theo Chỉ thị 12-CT/TU, ngày 13/2/2018 của Ban Thường vụ Tỉnh ủy): 04/09 thôn, làng.',
    comparison: { kind: 'at-least', value: 4, outOf: 9 },
    unit: 'thôn, làng',
    ambiguities: ['no-operator'],
  },
  { source: SON_LANG, text: 'Tỷ lệ hộ nghèo người đồng bào DTTS giảm bình quân/năm: trên 10%.', comparison: { kind: 'above', value: 10 }, unit: '%', perYear: true, ambiguities: ['rate-of-change'] },
  { source: SON_LANG, text: 'Tỷ lệ lao động qua đào tạo: trên 20%.', comparison: { kind: 'above', value: 20 }, unit: '%', ambiguities: [] },
  { source: SON_LANG, text: 'Tỷ lệ người dân tham gia bảo hiểm y tế hàng năm: từ 90% trở lên.', comparison: { kind: 'at-least', value: 90 }, unit: '%', perYear: true, ambiguities: [] },
  // Population growth is lower-is-better (issue 13: "≥ 0,9, higher" calls a population boom "Vượt"): a ceiling.
  { source: SON_LANG, text: 'Tỷ lệ tăng dân số tự nhiên hàng năm: 1,1%.', comparison: { kind: 'at-most', value: 1.1 }, unit: '%', direction: 'lower', ambiguities: ['no-operator'] },
  { source: SON_LANG, text: 'Số trường học đạt chuẩn Quốc gia: 04 trường.', comparison: { kind: 'at-least', value: 4 }, unit: 'trường', ambiguities: ['no-operator'] },
  { source: SON_LANG, text: 'Duy trì xã đạt chuẩn quốc gia về y tế.', qualitative: 'state', ambiguities: [] },
  { source: SON_LANG, text: 'Tỷ lệ hộ dân được sử dụng nước sạch, hợp vệ sinh: 98%.', comparison: { kind: 'at-least', value: 98 }, unit: '%', ambiguities: ['no-operator'] },
  { source: SON_LANG, text: 'Tỷ lệ thôn, làng, trường học đạt tiêu chuẩn an toàn về ANTT: 100%.', comparison: { kind: 'exactly', value: 100 }, unit: '%', ambiguities: ['no-operator'] },
  { source: SON_LANG, text: 'Tuyển chọn, gọi công dân nhập ngũ hàng năm đạt 100% chỉ tiêu.', comparison: { kind: 'assigned' }, direction: 'higher', ambiguities: [] },
  { source: SON_LANG, text: 'Tỷ lệ chi bộ hàng năm đạt “Hoàn thành xuất sắc nhiệm vụ”: 15% trở lên/tổng số chi bộ trực thuộc.', comparison: { kind: 'at-least', value: 15 }, unit: '%', ambiguities: [] },
  { source: SON_LANG, text: 'Bình quân hàng năm kết nạp đảng viên mới: trên 4%.', comparison: { kind: 'above', value: 4 }, unit: '%', ambiguities: [] },
  { source: SON_LANG, text: 'Tỷ lệ đảng viên HTTNV hàng năm đạt: 90% trở lên.', comparison: { kind: 'at-least', value: 90 }, unit: '%', ambiguities: [] },
  { source: SON_LANG, text: 'Đảng bộ xã hàng năm đạt: hoàn thành tốt nhiệm vụ trở lên.', qualitative: 'level', ambiguities: [] },

  { source: LO_KU, text: 'Tổng diện tích gieo trồng hằng năm: 3.830 ha.', comparison: { kind: 'at-least', value: 3830 }, unit: 'ha', ambiguities: ['no-operator'] },
  { source: LO_KU, text: 'Trồng rừng mới: 30 ha/năm.', comparison: { kind: 'at-least', value: 30 }, unit: 'ha/năm', perYear: true, ambiguities: ['no-operator'] },
  { source: LO_KU, text: 'Thu nhập bình quân đầu người đến năm 2025: 45 triệu đồng/người/năm.', comparison: { kind: 'at-least', value: 45 }, unit: 'triệu đồng/người/năm', ambiguities: ['no-operator'] },
  {
    source: LO_KU,
    text: 'Thu cân đối ngân sách xã hưởng: tăng 10%/năm trở lên.',
    comparison: { kind: 'change', direction: 'increase', as: 'percent', amount: 10, yearly: true, relativeTo: 'baseline' },
    direction: 'higher',
    perYear: true,
    ambiguities: [],
  },
  {
    source: LO_KU,
    text: 'Phấn đấu tỷ lệ cấp giấy chứng nhận quyền sử dụng đất công đạt 100%; cá nhân đạt 80%.',
    comparison: { kind: 'exactly', value: 100 },
    unit: '%',
    ambiguities: ['stretch-only', 'hundred-percent', 'several-figures'],
  },
  { source: LO_KU, text: 'Duy trì Hợp tác xã hoạt động có hiệu quả, xây dựng mô hình nông hội: 04 mô hình trở lên.', comparison: { kind: 'at-least', value: 4 }, unit: 'mô hình', ambiguities: [] },

  { source: DONG_THINH, text: 'Giá trị sản xuất nông nghiệp, thủy sản đến năm 2020 đạt trên 272 triệu đồng.', comparison: { kind: 'above', value: 272 }, unit: 'triệu đồng', period: 'đến năm 2020', ambiguities: [] },
  { source: DONG_THINH, text: 'Sản lượng lương thực có hạt bình quân hàng năm đạt trên 3,098 tấn.', comparison: { kind: 'above', value: 3.098 }, unit: 'tấn', ambiguities: ['comma-thousands'] },
  { source: DONG_THINH, text: 'Số hộ sản xuất, kinh doanh cá thể vào năm 2020 có ít nhất 240 hộ', comparison: { kind: 'at-least', value: 240 }, unit: 'hộ', ambiguities: [] },

  { source: MY_AN, text: 'thu nhập bình quân đầu người đạt 71 triệu đồng', comparison: { kind: 'at-least', value: 71 }, unit: 'triệu đồng', ambiguities: [] },
  { source: MY_AN, text: 'giảm tỷ lệ hộ nghèo còn 1,4%', comparison: { kind: 'at-most', value: 1.4 }, unit: '%', direction: 'lower', ambiguities: [] },
  { source: MY_AN, text: 'tỷ lệ người dân tham gia BHYT đạt 93,56%', comparison: { kind: 'at-least', value: 93.56 }, unit: '%', ambiguities: [] },
  { source: MY_AN, text: 'giao quân đạt chỉ tiêu huyện giao', comparison: { kind: 'assigned' }, ambiguities: [] },

  { source: AN_BINH, text: 'tổng thu nhập xã hội trên địa bàn xã đạt 621 tỉ đồng', comparison: { kind: 'at-least', value: 621 }, unit: 'tỷ đồng', ambiguities: [] },
  { source: AN_BINH, text: 'tốc độ tăng trưởng kinh tế đạt 14%/năm', comparison: { kind: 'at-least', value: 14 }, unit: '%', perYear: true, ambiguities: [] },
  { source: AN_BINH, text: 'Giá trị nông nghiệp, chăn nuôi, thủy sản đạt 50 tỉ đồng', comparison: { kind: 'at-least', value: 50 }, unit: 'tỷ đồng', ambiguities: [] },
  { source: AN_BINH, text: 'Thu nhập bình quân đạt 59 triệu đồng/người/năm', comparison: { kind: 'at-least', value: 59 }, unit: 'triệu đồng/người/năm', perYear: true, ambiguities: [] },
  { source: AN_BINH, text: 'Năng suất lúa bình quân đạt 63 tạ/ha', comparison: { kind: 'at-least', value: 63 }, unit: 'tạ/ha', ambiguities: [] },
  { source: AN_BINH, text: 'Tổng sản lượng lương thực (cả màu quy thóc) đạt 4.200 tấn', comparison: { kind: 'at-least', value: 4200 }, unit: 'tấn', ambiguities: [] },
  { source: AN_BINH, text: 'Giá trị thu nhập/ha đạt 125-135 triệu đồng', comparison: { kind: 'range', min: 125, max: 135 }, unit: 'triệu đồng', ambiguities: [] },
  { source: AN_BINH, text: 'Hoàn thành kế hoạch thu ngân sách năm 2023', comparison: { kind: 'assigned' }, period: 'năm 2023', ambiguities: [] },
  { source: AN_BINH, text: 'duy trì tỉ lệ tăng dân số tự nhiên ở mức dưới 1%', comparison: { kind: 'below', value: 1 }, unit: '%', direction: 'lower', ambiguities: [] },
  { source: AN_BINH, text: 'Số hộ khá tăng, số hộ nghèo dưới 0,68%.', comparison: { kind: 'below', value: 0.68 }, unit: '%', direction: 'lower', ambiguities: [] },

  { source: NGU_HIEP, text: 'tăng trưởng kinh tế đạt 17%', comparison: { kind: 'at-least', value: 17 }, unit: '%', ambiguities: [] },
  { source: NGU_HIEP, text: 'nâng mức thu nhập 10.000.000 đồng/người/năm', comparison: { kind: 'at-least', value: 10000000 }, unit: 'đồng/người/năm', ambiguities: ['no-operator'] },
  { source: NGU_HIEP, text: 'giảm số hộ nghèo từ 28 hộ xuống còn 23 hộ', comparison: { kind: 'at-most', value: 23 }, unit: 'hộ', baseline: 28, direction: 'lower', ambiguities: [] },
  { source: NGU_HIEP, text: '90% gia đình đạt danh hiệu gia đình văn hóa', comparison: { kind: 'at-least', value: 90 }, unit: '%', ambiguities: ['no-operator'] },

  { source: QUANG_BINH, text: 'Thu nhập bình quân đầu người đạt 72 triệu', comparison: { kind: 'at-least', value: 72 }, unit: 'triệu đồng', ambiguities: [] },
  { source: QUANG_BINH, text: 'tổng sản lượng lương thực đạt và vượt 10.012 tấn', comparison: { kind: 'at-least', value: 10012 }, unit: 'tấn', ambiguities: [] },
  { source: QUANG_BINH, text: 'giá trị sản phẩm trên một ha đất trồng trọt và nuôi trồng thủy sản đạt 169 triệu đồng', comparison: { kind: 'at-least', value: 169 }, unit: 'triệu đồng', ambiguities: [] },
  { source: QUANG_BINH, text: 'sản lượng nuôi trồng, khai thác thủy hải sản đạt 907 tấn', comparison: { kind: 'at-least', value: 907 }, unit: 'tấn', ambiguities: [] },
  { source: QUANG_BINH, text: 'Tỷ lệ trường chuẩn Quốc gia đạt 100%', comparison: { kind: 'exactly', value: 100 }, unit: '%', ambiguities: ['hundred-percent'] },
  { source: QUANG_BINH, text: 'giải quyết việc làm mới cho 566 lao động', comparison: { kind: 'at-least', value: 566 }, unit: 'lao động', ambiguities: [] },
  { source: QUANG_BINH, text: 'tỷ lệ lao động qua đào tạo đạt 81%', comparison: { kind: 'at-least', value: 81 }, unit: '%', ambiguities: [] },
  { source: QUANG_BINH, text: '100% khu dân cư đạt văn hóa', comparison: { kind: 'exactly', value: 100 }, unit: '%', ambiguities: ['no-operator'] },
  { source: QUANG_BINH, text: 'tỷ lệ gia đình văn hóa đạt 85% trở lên', comparison: { kind: 'at-least', value: 85 }, unit: '%', ambiguities: [] },

  {
    source: HOI_PHU,
    text: 'Thu ngân sách Nhà nước theo phân cấp tăng 5% hàng năm.',
    comparison: { kind: 'change', direction: 'increase', as: 'percent', amount: 5, relativeTo: 'baseline' },
    perYear: true,
    ambiguities: [],
  },
  { source: HOI_PHU, text: 'Phấn đấu đến năm 2025 không còn hộ nghèo trên địa bàn phường.', comparison: { kind: 'at-most', value: 0 }, unit: 'hộ', direction: 'lower', period: 'đến năm 2025', ambiguities: ['stretch-only'] },
  { source: HOI_PHU, text: 'Tỷ lệ lao động qua đào tạo: 88,7%.', comparison: { kind: 'at-least', value: 88.7 }, unit: '%', ambiguities: ['no-operator'] },

  { source: QUAN_THANH, text: 'Phấn đấu đạt trên 98% hộ đăng ký xây dựng gia đình văn hóa', comparison: { kind: 'above', value: 98 }, unit: '%', ambiguities: ['stretch-only'] },
  { source: QUAN_THANH, text: 'trên 90% hộ gia đình đạt gia đình văn hóa', comparison: { kind: 'above', value: 90 }, unit: '%', ambiguities: [] },

  { source: PHU_BINH, text: 'bình quân thu nhập đầu người đến năm 2025 đạt 70 triệu đồng/người/năm', comparison: { kind: 'at-least', value: 70 }, unit: 'triệu đồng/người/năm', ambiguities: [] },
  { source: PHU_BINH, text: 'chuyển đổi cơ cấu cây trồng đạt 20% trên tổng diện tích', comparison: { kind: 'at-least', value: 20 }, unit: '%', ambiguities: [] },
  { source: PHU_BINH, text: 'tỷ lệ tham gia bảo hiểm y tế toàn dân đạt 100%', comparison: { kind: 'exactly', value: 100 }, unit: '%', ambiguities: ['hundred-percent'] },

  { source: VONG_DONG, text: 'giá trị sản xuất nông nghiệp đến năm 2025 đạt 230 triệu đồng/ha/năm', comparison: { kind: 'at-least', value: 230 }, unit: 'triệu đồng/ha/năm', ambiguities: [] },
  { source: VONG_DONG, text: 'xây dựng 3/4 trường học đạt chuẩn quốc gia', comparison: { kind: 'at-least', value: 3, outOf: 4 }, unit: 'trường học', ambiguities: [] },
  { source: VONG_DONG, text: 'phát triển mới 20 cơ sở tiểu thủ công nghiệp dịch vụ', comparison: { kind: 'at-least', value: 20 }, unit: 'cơ sở', ambiguities: [] },
  { source: VONG_DONG, text: 'tỷ lệ hộ nghèo duy trì giảm ở mức dưới 2%', comparison: { kind: 'below', value: 2 }, unit: '%', direction: 'lower', ambiguities: [] },

  {
    source: THANH_HOA,
    text: 'giảm 15% tỉ lệ hộ nghèo theo tiêu chí mới so với đầu năm 2024 (21 hộ)',
    comparison: { kind: 'change', direction: 'decrease', as: 'percent', amount: 15, relativeTo: 'baseline' },
    unit: '%',
    direction: 'lower',
    ambiguities: ['points-or-percent', 'parenthetical-figure'],
  },
  { source: THANH_HOA, text: 'số tiêu chí nông thôn mới đạt bình quân/xã đạt 17,5 tiêu chí', comparison: { kind: 'at-least', value: 17.5 }, unit: 'tiêu chí', ambiguities: [] },
  { source: THANH_HOA, text: 'không còn xã Nông thôn mới nợ tiêu chí', comparison: { kind: 'at-most', value: 0 }, unit: 'xã', direction: 'lower', ambiguities: [] },
  { source: THANH_HOA, text: 'tỷ lệ người dân tham gia bảo hiểm y tế đạt 94%', comparison: { kind: 'at-least', value: 94 }, unit: '%', ambiguities: [] },
  { source: THANH_HOA, text: 'giải quyết việc làm cho 2.000 lao động', comparison: { kind: 'at-least', value: 2000 }, unit: 'lao động', ambiguities: [] },
  { source: CHU_PAH, text: 'Tốc độ tăng trưởng giá trị sản xuất đạt 9,5% trở lên', comparison: { kind: 'at-least', value: 9.5 }, unit: '%', ambiguities: [] },
];
