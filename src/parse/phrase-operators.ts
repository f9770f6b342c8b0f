/** The operator words read just before a figure ("trên", "không quá", "tăng"): apart because the table is data, ordered, and grows with the corpus. */

export type Op = 'below' | 'at-most' | 'at-least' | 'approx' | 'above' | 'increase' | 'decrease' | 'exceed' | 'maintain' | 'from' | 'reach' | 'none';

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

/** The operator ending `leftLower` (the lower-cased words before a figure) and where it starts, when one stands on a word boundary. */
export function operatorBefore(leftLower: string): { op: Op; index: number } | undefined {
  for (const [name, re] of OPERATORS) {
    const m = re.exec(leftLower);
    if (m && (m.index === 0 || /[\s:,(]/u.test(leftLower[m.index - 1]!))) return { op: name, index: m.index };
  }
  return undefined;
}
