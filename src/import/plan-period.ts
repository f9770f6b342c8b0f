/**
 * The plan's year, or its term, read from the document: first from the lines that name the targets
 * ("CÁC CHỈ TIÊU CHỦ YẾU CỦA NĂM 2022", "Năm 2026, xã ... đề ra 18 chỉ tiêu", "nhiệm kỳ 2020-2025"),
 * then the title, then "đến năm 2020" in the targets, then a date in the header. Never the clock; the
 * caller falls back on --year or --as-of and says so. Pure.
 */
export type PlanPeriod =
  | { kind: 'year'; year: number; from: string }
  | { kind: 'term'; start: number; end: number; from: string; /** The word before the years, lower case: "nhiệm kỳ", "giai đoạn", "thời kỳ", "kế hoạch 5 năm". */ word: string };

const Y = '((?:19|20)\\d{2})';
const TERM = new RegExp(`(nhiệm kỳ|giai đoạn|thời kỳ|kế hoạch 5 năm)\\s*\\(?${Y}\\s*[-–—]\\s*${Y}`, 'iu');
const YEAR = new RegExp(`(?<!(?:đến|so với|vào|từ|giá so sánh)\\s+)năm\\s+${Y}(?![\\d/]|\\s*[-–—]\\s*\\d)`, 'iu');
const BY_YEAR = new RegExp(`đến\\s+(?:cuối\\s+)?năm\\s+${Y}`, 'iu');
const DATE = /\b\d{1,2}\/\d{1,2}\/((?:19|20)\d{2})\b|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+((?:19|20)\d{2})/iu;
const NAMES_TARGETS = /chỉ tiêu|mục tiêu|kế hoạch|nghị quyết/iu;

function yearOrTerm(line: string): PlanPeriod | undefined {
  const y = YEAR.exec(line);
  if (y) return { kind: 'year', year: Number(y[1]), from: line };
  const t = TERM.exec(line);
  if (t && Number(t[3]) > Number(t[2])) return { kind: 'term', start: Number(t[2]), end: Number(t[3]), from: line, word: t[1]!.normalize('NFC').toLocaleLowerCase('vi') };
  return undefined;
}

/**
 * `leads`: the lines that introduce the targets (headings of the list, lead sentences, the first target
 * sentence); `title`: the document's title; `targets`: the target sentences; `header`: the lines above.
 */
export function findPlanPeriod(o: { leads: string[]; title?: string; targets: string[]; header: string[] }): PlanPeriod | undefined {
  for (const line of o.leads) if (NAMES_TARGETS.test(line)) {
    const p = yearOrTerm(line);
    if (p) return p;
  }
  if (o.title) {
    const p = yearOrTerm(o.title);
    if (p) return p;
  }
  for (const line of o.leads) {
    const p = yearOrTerm(line);
    if (p) return p;
  }
  for (const line of o.targets) {
    const m = BY_YEAR.exec(line);
    if (m) return { kind: 'year', year: Number(m[1]), from: line };
  }
  for (const line of o.header) {
    const m = DATE.exec(line);
    if (m) return { kind: 'year', year: Number(m[1] ?? m[2]), from: line };
  }
  return undefined;
}
