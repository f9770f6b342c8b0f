/**
 * The lexical layer of the target-phrase parser: normalising a sentence, hiding the numbers that are
 * not figures (ages, years, school years, document symbols, dates, parentheses), finding quantities
 * ("95%", "3 – 5%", "5/52 tiêu chí", "10.012 tấn", "45 lần/người/năm") and the unit after them.
 * Pure: strings in, data out. Positions are kept: masks replace text by the same number of '§'.
 */
import { execText, forText, testText } from './letter-class.js';
import { parseVnNumber } from './vn-number.js';

export const MASK = '§';

/** NFC, dashes to "-", non-breaking spaces to spaces, one space between words, no markdown emphasis. */
export function normalizePhrase(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00a0\u202f\t]/g, ' ')
    .replace(/\*+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Strip the bullet or numbering a list item starts with ("- ", "+ ", "(5) ", "3. ", "a) "). */
export function stripListMarker(text: string): string {
  return text.replace(/^\s*(?:[-+•*]\s+|\(\d+\)\s*|\d+[.)]\s+|[a-zđ]\)\s+)/u, '');
}


export interface PeriodMention {
  kind: 'school-year' | 'span' | 'by-year' | 'year' | 'per-year' | 'reference';
  text: string;
  start?: number;
  end?: number;
}

interface MaskRule {
  re: RegExp;
  period?: (m: RegExpExecArray) => PeriodMention;
}

const Y = '((?:19|20)\\d{2})';
const DASH = '\\s*-\\s*';

/** Order matters: longer, more specific forms first. */
const RULES: MaskRule[] = [
  { re: new RegExp(`năm học\\s+${Y}${DASH}${Y}`, 'giu'), period: (m) => ({ kind: 'school-year', text: m[0], start: +m[1]!, end: +m[2]! }) },
  {
    re: new RegExp(`(?:giai đoạn|nhiệm kỳ|thời kỳ|kế hoạch 5 năm|kế hoạch 05 năm)\\s*\\(?${Y}${DASH}${Y}\\)?`, 'giu'),
    period: (m) => ({ kind: 'span', text: m[0], start: +m[1]!, end: +m[2]! }),
  },
  {
    re: new RegExp(`so\\s+(?:với\\s+)?(?:cùng kỳ\\s+)?(?:đầu năm|cuối năm|năm)\\s+${Y}|so\\s+(?:với\\s+)?(?:cùng kỳ|năm trước|đầu năm|cuối năm)`, 'giu'),
    period: (m) => ({ kind: 'reference', text: m[0] }),
  },
  { re: new RegExp(`(?:đến|vào|trong|cuối|đầu)\\s+(?:cuối\\s+|đầu\\s+)?năm\\s+${Y}`, 'giu'), period: (m) => ({ kind: 'by-year', text: m[0], end: +m[1]! }) },
  { re: new RegExp(`năm\\s+${Y}`, 'giu'), period: (m) => ({ kind: 'year', text: m[0], start: +m[1]!, end: +m[1]! }) },
  { re: new RegExp(`\\(\\s*${Y}${DASH}${Y}\\s*\\)`, 'gu'), period: (m) => ({ kind: 'span', text: m[0], start: +m[1]!, end: +m[2]! }) },
  { re: /(?<![\p{L}\d])(?:hàng|hằng|mỗi)\s+năm(?![\p{L}\d])/giu, period: (m) => ({ kind: 'per-year', text: m[0] }) },
  // Dates and document symbols: "13/2/2018", "12-CT/TU", "04/2022/QĐ-TTg", "ISO 9001:2015".
  { re: /\b\d{1,2}\/\d{1,2}\/\d{4}\b/gu },
  { re: /\b\d+(?:\/\d{4})?\/[A-ZĐ][A-Za-zĐđ]*(?:-[A-Za-zĐđ]+)*/gu },
  { re: /\b\d+-[A-ZĐ][A-Za-zĐđ]*\/[A-ZĐ]+/gu },
  { re: /ISO\s*\d+(?::\d{4})?/gu },
  { re: /covid-?19/giu },
  // Ordinals: "sinh con thứ 3 trở lên" names the third child, it is no figure and no "at least".
  { re: /(?<![\p{L}\d])thứ\s+\d+(?:\s+trở\s+lên)?/giu },
  // Ages, grades and numbered places are not figures: "trẻ em dưới 5 tuổi", "lớp 1", "Phường 1".
  { re: /(?:(?:dưới|trên|từ)\s+)?\d+(?:\s*-\s*\d+)?\s+(?:tháng\s+)?tuổi/giu },
  {
    re: /(?<![\p{L}\d])(?:lớp|phường|khu phố|tổ dân phố|tổ|thôn|ấp|xóm|khóa|kỳ họp thứ|tiêu chí số|mức độ|chỉ thị|nghị quyết|quyết định|nghị định|thông tư|kế hoạch số|đề án|chương trình|quận|(?<!dân\s)số)\s+\d+(?![\p{L}\d])/giu,
  },
];

export interface Masked {
  /** The normalised text. */
  text: string;
  /** The same text with non-figure numbers and parentheses replaced by '§' (same length). */
  masked: string;
  periods: PeriodMention[];
  /** Parenthesised parts that held a figure ("(21 hộ)"): kept out of the comparison, reported. */
  asides: string[];
}

export function maskNonFigures(text: string): Masked {
  let masked = text;
  const periods: PeriodMention[] = [];
  const asides: string[] = [];
  // Each rule masks all its matches in one pass (rebuilding the string per match is quadratic).
  const maskAll = (source: string, spans: [number, number][]) => {
    if (spans.length === 0) return source;
    let out = '';
    let at = 0;
    for (const [a, b] of spans) {
      out += source.slice(at, a) + MASK.repeat(b - a);
      at = b;
    }
    return out + source.slice(at);
  };
  for (const rule of RULES) {
    const source = masked;
    const re = forText(rule.re, source);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    const spans: [number, number][] = [];
    while ((m = re.exec(source)) !== null) {
      if (m[0].length === 0) re.lastIndex++;
      if (m[0].includes(MASK)) continue;
      if (rule.period) periods.push(rule.period(m));
      spans.push([m.index, m.index + m[0].length]);
    }
    masked = maskAll(source, spans);
  }
  // Parentheses: an aside, never the figure.
  const paren = /\([^()]*\)/g;
  let p: RegExpExecArray | null;
  const source = masked;
  const spans: [number, number][] = [];
  while ((p = paren.exec(source)) !== null) {
    const original = text.slice(p.index, p.index + p[0].length);
    if (/\d/.test(p[0])) asides.push(original);
    spans.push([p.index, p.index + p[0].length]);
  }
  masked = maskAll(source, spans);
  if (testText(/\/\s*năm(?![\p{L}\d])/iu, masked)) periods.push({ kind: 'per-year', text: '/năm' });
  return { text, masked, periods, asides };
}

/** Units a Vietnamese plan counts in, longest first where one is a prefix of another. */
const UNITS = [
  'nghìn tỷ đồng', 'ngàn tỷ đồng', 'triệu đồng', 'tỷ đồng', 'tỉ đồng', 'nghìn đồng', 'ngàn đồng', 'triệu USD', 'đồng', 'triệu', 'tỷ', 'tỉ', 'USD',
  'lượt người', 'lượt', 'người', 'lao động', 'học sinh', 'đảng viên', 'hội viên', 'đoàn viên', 'bác sĩ', 'bác sỹ', 'giường bệnh',
  'hộ gia đình', 'hộ', 'gia đình', 'nhân khẩu',
  'tiêu chí', 'chỉ tiêu', 'nhiệm vụ', 'sản phẩm', 'mô hình', 'dự án', 'công trình', 'doanh nghiệp', 'cụm công nghiệp', 'hợp tác xã', 'tổ hợp tác', 'cơ sở',
  'thôn, làng', 'thôn, buôn', 'thôn, ấp', 'thôn', 'làng', 'buôn', 'ấp', 'bản', 'xóm', 'khu phố', 'tổ dân phố', 'khu dân cư', 'xã', 'phường', 'thị trấn',
  'trường học', 'trường', 'lớp', 'chi bộ', 'câu lạc bộ', 'nhà văn hóa', 'căn nhà', 'căn', 'ngôi nhà', 'nhà',
  'km', 'ha', 'm2', 'm²', 'm3', 'm³', 'tấn', 'tạ', 'kg', 'lít', 'con', 'cây',
  'lần', 'vụ', 'cuộc', 'buổi', 'đợt', 'ngày', 'giờ', 'tháng', 'thẻ', 'điểm', 'tuyến', 'chiếc', 'bộ', 'hồ sơ', 'thủ tục',
  'kWh', 'MW',
  // Points of a rate: "giảm 1,5 điểm %", "điểm phần trăm", "điểm phần nghìn" (read before the bare "điểm").
  'điểm %', 'điểm phần trăm', 'điểm phần nghìn',
].sort((a, b) => b.length - a.length);

/** Count nouns: a figure in these is a number of things, so a name can read "Số <unit> ...". */
const MONEY_OR_MEASURE = new Set(['nghìn tỷ đồng', 'ngàn tỷ đồng', 'triệu đồng', 'tỷ đồng', 'tỉ đồng', 'nghìn đồng', 'ngàn đồng', 'đồng', 'triệu', 'tỷ', 'tỉ', 'USD', 'triệu USD', 'km', 'ha', 'm2', 'm²', 'm3', 'm³', 'tấn', 'tạ', 'kg', 'lít', 'kWh', 'MW', '%', '‰']);
export const isCountUnit = (unit: string) => !MONEY_OR_MEASURE.has(unit) && !unit.includes('/');

/** Units of a change in points, and the rate's own unit they move. */
const POINTS: Record<string, string> = { 'điểm %': '%', 'điểm phần trăm': '%', 'điểm phần nghìn': '‰' };

/** Short money words as the target's unit reads them. */
const UNIT_ALIASES: Record<string, string> = { triệu: 'triệu đồng', tỷ: 'tỷ đồng', tỉ: 'tỷ đồng', 'tỉ đồng': 'tỷ đồng' };
export const canonicalUnit = (u: string) => UNIT_ALIASES[u] ?? u;

export interface Quantity {
  /** Index of the first character in the text. */
  start: number;
  /** Index just after the unit (or the number when there is none). */
  end: number;
  value: number;
  /** Upper end of "3-5%", "30-35 dự án", "từ 30 đến 35". */
  max?: number;
  /** Denominator of "5/52", "04/09". */
  outOf?: number;
  unit?: string;
  /** "/năm" after the unit: a rate per year. */
  perYear: boolean;
  /** The figure as written. */
  written: string;
  /** A single comma followed by exactly three digits: "3,098 tấn" may be 3098 written the English way. */
  commaThousands: boolean;
  /** "1,5 điểm %", "0,5 điểm phần nghìn": points of a rate (unit is then the rate's, "%" or "‰"). */
  points?: boolean;
}

const NUM = String.raw`\d(?:[\d.,]*\d)?`;
const QTY = new RegExp(
  String.raw`(${NUM})(?:\s*(?:-|đến)\s*(${NUM}))?(?:\s*\/\s*(${NUM}))?\s*(%|‰)?`,
  'gu',
);

function num(written: string): number | undefined {
  const r = parseVnNumber(written, '');
  return r.ok ? r.value : undefined;
}

function unitAfter(masked: string, from: number, sign: string | undefined): { unit?: string; end: number; perYear: boolean } {
  let end = from;
  let unit: string | undefined = sign;
  if (sign === undefined) {
    // A bounded window: a unit is a few words long, and a sentence may hold thousands of figures.
    const window = masked.slice(from, from + 64);
    const rest = window.replace(/^\s+/, '');
    const skip = window.length - rest.length;
    const lower = rest.toLowerCase();
    for (const u of UNITS) {
      if (lower.startsWith(u.toLowerCase())) {
        const next = rest[u.length];
        if (next === undefined || !testText(/[\p{L}\d]/u, next)) {
          unit = u;
          end = from + skip + u.length;
          break;
        }
      }
    }
  }
  // Compound units: "lần/người/năm", "triệu đồng/người/năm", "tạ/ha", "%/năm".
  let perYear = false;
  if (unit !== undefined) {
    for (;;) {
      const m = execText(/^\s*\/\s*(\d+\s+vạn dân|vạn dân|[\p{L}²³0-9]+)/u, masked.slice(end, end + 64));
      if (!m) break;
      if (m[1] === 'năm' || m[1] === 'năm)') perYear = true;
      unit += `/${m[1]}`;
      end += m[0].length;
    }
  }
  if (unit === '%/năm') unit = '%';
  if (unit === '‰/năm') unit = '‰';
  return { unit, end, perYear };
}

/** Every figure in the masked text, left to right. */
export function findQuantities(masked: string): Quantity[] {
  const out: Quantity[] = [];
  QTY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QTY.exec(masked)) !== null) {
    // A digit glued to a letter before it is a name ("Covid19", "F0"), not a figure.
    if (m.index > 0 && testText(/[\p{L}]/u, masked[m.index - 1]!)) continue;
    // "giường bệnh/1 vạn dân": the denominator of a compound unit, not a figure.
    if (/\/\s*$/u.test(masked.slice(Math.max(0, m.index - 3), m.index))) continue;
    const [, a, b, c, pct] = m;
    const value = num(a!);
    if (value === undefined) continue;
    const max = b !== undefined ? num(b) : undefined;
    const outOf = c !== undefined ? num(c) : undefined;
    // "3/4" but "5%/năm" is not a fraction: the regex takes "/" only between two numbers.
    const numberEnd = m.index + m[0].trimEnd().length;
    const u = unitAfter(masked, numberEnd, pct);
    const points = u.unit !== undefined ? POINTS[u.unit] : undefined;
    const commaThousands = [a, b].some((w) => w !== undefined && /^\d{1,3},\d{3}$/.test(w));
    out.push({
      start: m.index,
      end: Math.max(u.end, numberEnd),
      value,
      ...(max !== undefined ? { max } : {}),
      ...(outOf !== undefined ? { outOf } : {}),
      ...(points !== undefined ? { unit: points, points: true } : u.unit !== undefined ? { unit: canonicalUnit(u.unit) } : {}),
      perYear: u.perYear,
      written: masked.slice(m.index, Math.max(u.end, numberEnd)).trim(),
      commaThousands,
    });
    QTY.lastIndex = Math.max(QTY.lastIndex, u.end);
  }
  return out;
}

/** The first known unit at the start of `text` ("hộ nghèo" -> "hộ"), for "không còn hộ nghèo". */
export function leadingUnit(text: string): string | undefined {
  const lower = text.toLowerCase();
  for (const u of UNITS) {
    if (lower.startsWith(u.toLowerCase()) && !testText(/[\p{L}]/u, text[u.length] ?? '')) return canonicalUnit(u);
  }
  return undefined;
}
