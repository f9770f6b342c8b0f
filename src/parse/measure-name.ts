/** Naming what a target measures (the "Chỉ tiêu" column) from the words around its figure; apart because it is wording, not reading figures. */
import { testText } from './letter-class.js';
import { isCountUnit, type PeriodMention } from './phrase-tokens.js';

/** "Giảm 02 hộ cận nghèo": no words before the figure, so the name comes from its unit and the words after it. */
export function unitPhrase(unit: string | undefined, after: string): string {
  const rest = after.trim();
  if (unit === undefined) return rest;
  if (unit === '%') return rest ? `Tỷ lệ ${rest}` : '';
  if (isCountUnit(unit)) return rest ? `Số ${unit} ${rest}` : '';
  return rest;
}

/** A "Phấn đấu ..." sentence's name: the words before "phấn đấu" if any, else the stretch clause's own. */
export function joinMeasure(a: string | undefined, b: string | undefined): string | undefined {
  const x = (a ?? '').trim();
  const y = (b ?? '').trim();
  if (!x) return y || undefined;
  return x;
}

/** Trim connecting words and the period mentions off a name. */
export function cleanMeasure(measure: string, periods: PeriodMention[]): string {
  let m = measure;
  for (const p of periods) if (p.kind !== 'per-year') m = m.split(p.text).join(' ');
  m = m.replace(/\([^()]*\)/g, (g) => (/\d/.test(g) ? ' ' : g));
  m = m.replace(/\s+/g, ' ').trim();
  for (;;) {
    const next = m
      .replace(/^(?:phấn đấu|đến|trong|và)\s+/iu, '')
      .replace(/^(?:giảm|tăng|nâng)\s+(?=(?:tỷ lệ|tỉ lệ|số)\s)/iu, '')
      .replace(/[\s:,;-]+$/u, '')
      .replace(/\s+(?:đạt|là|ở mức|bình quân|đạt mức|ước đạt|phấn đấu|và|thì|có)$/iu, '')
      .trim();
    if (next === m) break;
    m = next;
  }
  return m;
}

/** "Trẻ 6 tuổi ra lớp 1 và trẻ 5 tuổi ra lớp mẫu giáo": two measures under one figure, when both halves start alike. */
export function splitTwoMeasures(measure: string): [string, string] | undefined {
  const m = /^(.+?)\s+và\s+(.+)$/u.exec(measure);
  if (!m) return undefined;
  const head = (s: string) => s.trim().split(/\s+/)[0]!.toLowerCase();
  const a = m[1]!;
  const b = m[2]!;
  if (head(a) === head(b) || (testText(/^(?:tỷ lệ|tỉ lệ|số)(?![\p{L}\d])/iu, a) && testText(/^(?:tỷ lệ|tỉ lệ|số)(?![\p{L}\d])/iu, b))) return [a, b];
  return undefined;
}

/** The name as the column shows it: capitalised, and a "%" figure's name a "Tỷ lệ". */
export function nameFor(measure: string, unit: string | undefined): string {
  let m = measure.trim();
  if (unit === '%' && !testText(/^(?:tỷ lệ|tỉ lệ|tốc độ|chỉ số)(?![\p{L}\d])/iu, m) && !testText(/(?<![\p{L}\d])(?:tỷ lệ|tỉ lệ)(?![\p{L}\d])/iu, m)) m = `Tỷ lệ ${lowerFirst(m)}`;
  return upperFirst(m);
}

const upperFirst = (s: string) => (s ? s[0]!.toLocaleUpperCase('vi') + s.slice(1) : s);
const lowerFirst = (s: string) => {
  // Keep proper capitals ("Nhà nước", "BHYT"): lower only a capitalised ordinary first word.
  const first = s.split(/\s+/)[0] ?? '';
  if (first.length > 1 && first === first.toLocaleUpperCase('vi')) return s;
  return s ? s[0]!.toLocaleLowerCase('vi') + s.slice(1) : s;
};
