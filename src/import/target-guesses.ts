/** The importer's guesses about a target the document leaves open, each with its reason in Vietnamese. */
import type { AmbiguityCode } from '../parse/phrase-ambiguity.js';

export const AMBIGUITY_VI: Record<AmbiguityCode, string> = {
  'no-operator': 'câu chỉ ghi con số, không nói "đạt", "trên", "dưới"',
  'hundred-percent': '"đạt 100%": hiểu là đúng 100%',
  approximate: 'con số ước ("khoảng")',
  'stretch-only': 'chỉ có mục tiêu "phấn đấu", lấy làm chỉ tiêu bắt buộc',
  'change-reference': 'mức tăng/giảm không nói so với gì; hiểu là so với chỉ tiêu giao',
  'points-or-percent': 'tăng/giảm "%" của một tỷ lệ: điểm phần trăm hay phần trăm?',
  'rate-of-change': 'giới hạn đặt trên mức tăng/giảm',
  'several-figures': 'câu có nhiều con số; chỉ lấy con số đầu',
  'parenthetical-figure': 'con số trong ngoặc không được dùng',
  'comma-thousands': 'dấu phẩy trước 3 chữ số: số thập phân hay phân cách hàng nghìn?',
  'two-measures': 'một câu đo hai đại lượng; tách thành hai chỉ tiêu',
};

export function guessUnit(measure: string): { unit: string; reason: string } {
  const m = measure.toLowerCase();
  if (/ngân sách|thu nhập|giá trị|vốn|doanh thu|thu chi/u.test(m)) return { unit: 'triệu đồng', reason: 'Văn bản không ghi đơn vị tính; số tiền cấp phường thường tính bằng triệu đồng.' };
  if (/công dân|nhập ngũ|giao quân|lao động|người|học sinh|thanh niên/u.test(m)) return { unit: 'người', reason: 'Văn bản không ghi đơn vị tính; chỉ tiêu đếm số người.' };
  if (/(?:^|\s)hộ(?:\s|$)/u.test(m)) return { unit: 'hộ', reason: 'Văn bản không ghi đơn vị tính; chỉ tiêu đếm số hộ.' };
  if (/tỷ lệ|tỉ lệ/u.test(m)) return { unit: '%', reason: 'Văn bản không ghi đơn vị tính; chỉ tiêu là một tỷ lệ.' };
  return { unit: 'chưa xác định', reason: 'Văn bản không ghi đơn vị tính; cơ quan điền đơn vị đúng.' };
}


/** Figures that describe, not aim: a population forecast, budget spending. Shown, never judged. */
export function isContextFigure(fragment: string): boolean {
  const t = fragment.normalize('NFC').toLocaleLowerCase('vi').replace(/^(?:phấn đấu|dự kiến)\s+/u, '');
  return /^dân số(?:\s+trung bình)?(?:\s|:)/u.test(t) || /^(?:tổng\s+(?:số\s+)?)?chi\s+(?:cân đối\s+)?ngân sách/u.test(t);
}
