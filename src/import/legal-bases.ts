/**
 * Legal bases cited by a plan: the "Căn cứ ..." lines and citations in the body ("theo Nghị quyết số
 * 11/NQ-CP ngày 24/02/2011 của Chính phủ", "Thông tư 124/2021/TT-BCA", "Đề án 06", "TCVN ISO 9001:2015").
 * Pure: text in, legal bases out, each with its citation verbatim.
 */
import type { LegalBasis } from '../model/legal-basis.js';
import { slug } from './slug.js';

type Kind = LegalBasis['kind'];

const TYPES: [string, Kind, string][] = [
  ['Thông tư liên tịch', 'thong-tu', 'ttlt'],
  ['Nghị quyết', 'nghi-quyet', 'nq'],
  ['Nghị định', 'nghi-dinh', 'nd'],
  ['Thông tư', 'thong-tu', 'tt'],
  ['Chỉ thị', 'chi-thi', 'ct'],
  ['Quyết định', 'quyet-dinh', 'qd'],
  ['Kế hoạch', 'ke-hoach', 'kh'],
  ['Chương trình', 'chuong-trinh', 'ctr'],
  ['Hướng dẫn', 'huong-dan', 'hd'],
  ['Công văn', 'cong-van', 'cv'],
  ['Thông báo', 'thong-bao', 'tb'],
  ['Kết luận', 'khac', 'kl'],
  ['Đề án', 'de-an', 'de-an'],
  ['Luật', 'luat', 'luat'],
  ['Hiến pháp', 'hien-phap', 'hien-phap'],
];

const SYMBOL = String.raw`\d+(?:\/\d{4})?\/[A-ZĐ][A-Za-zĐđ]*(?:-[A-Za-zĐđ]+)*|\d+-[A-ZĐ][A-Za-z]*\/[A-ZĐ]+`;
const TYPE_ALT = TYPES.map(([w]) => w).join('|');
const CITED = new RegExp(`(${TYPE_ALT})\\s+(?:số\\s+)?(${SYMBOL})`, 'gu');
const NAMED = [
  { re: /Đề án\s+(\d+)(?![\d/])/gu, kind: 'de-an' as Kind },
  { re: /Chương trình mục tiêu quốc gia\s+[^,;.]+?(?=\s+(?:để|nhằm|và|giai đoạn)\s|[,;.]|$)/gu, kind: 'chuong-trinh' as Kind },
  { re: /TCVN\s+ISO\s+\d+(?::\d{4})?/gu, kind: 'tieu-chuan' as Kind },
];

/** Issuers a symbol names unambiguously (the rest are read from "của ..." or left to confirm). */
const ISSUER_BY_CODE: Record<string, string> = {
  'NĐ-CP': 'Chính phủ',
  'NQ-CP': 'Chính phủ',
  'QĐ-TTg': 'Thủ tướng Chính phủ',
  'CT-TTg': 'Thủ tướng Chính phủ',
  'TT-BCA': 'Bộ Công an',
  'TT-BTC': 'Bộ Tài chính',
  'TT-BNV': 'Bộ Nội vụ',
  'TT-BYT': 'Bộ Y tế',
  'TT-BGDĐT': 'Bộ Giáo dục và Đào tạo',
  'TT-BLĐTBXH': 'Bộ Lao động - Thương binh và Xã hội',
};

export interface Citation {
  basis: LegalBasis;
  /** Where it was cited: "header" for a "Căn cứ" line, else the id of the task or target. */
  citedBy: string[];
}

const pad = (n: string) => n.padStart(2, '0');

function dateIn(text: string): string | undefined {
  const words = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u.exec(text);
  if (words) return `${words[3]}-${pad(words[2]!)}-${pad(words[1]!)}`;
  const slash = /(?:ngày\s+)?(\d{1,2})\/(\d{1,2})\/(\d{4})/u.exec(text);
  if (slash) return `${slash[3]}-${pad(slash[2]!)}-${pad(slash[1]!)}`;
  return undefined;
}

/** The citation runs to the end of its sentence (". " before a capital, or the end of the text). */
function sentenceEnd(text: string, from: number): number {
  const re = /\.(?=\s+\p{Lu})|\.\/\.|\.?$/gu;
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? m.index : text.length;
}

const upperFirst = (s: string) => (s ? s[0]!.toLocaleUpperCase('vi') + s.slice(1) : s);

export class LegalBasisCollector {
  private readonly byKey = new Map<string, Citation>();
  private readonly ids = new Set<string>();

  /** Reads every citation in `text`; `citedBy` is "header" or the citing item's id. Returns the basis ids. */
  collect(text: string, citedBy: string): string[] {
    const found: string[] = [];
    const add = (key: string, make: () => Omit<LegalBasis, 'id'>, idBase: string) => {
      let c = this.byKey.get(key);
      if (!c) {
        let id = idBase;
        for (let i = 2; this.ids.has(id); i++) id = `${idBase}-${i}`;
        this.ids.add(id);
        c = { basis: { id, ...make() } as LegalBasis, citedBy: [] };
        this.byKey.set(key, c);
      }
      if (!c.citedBy.includes(citedBy)) c.citedBy.push(citedBy);
      if (!found.includes(c.basis.id)) found.push(c.basis.id);
    };

    CITED.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CITED.exec(text)) !== null) {
      const [whole, typeWord, symbol] = m as unknown as [string, string, string];
      const [, kind, prefix] = TYPES.find(([w]) => w === typeWord)!;
      const end = sentenceEnd(text, m.index + whole.length);
      const citation = text.slice(m.index, end).replace(/[\s,;:]+$/u, '');
      const after = citation.slice(whole.length);
      const code = symbol.replace(/^[\d/]+(?=[A-ZĐ])/u, '').replace(/^\d+-/u, '');
      const issuerMatch = /(?:^|\s)của\s+(.+?)(?=\s+(?:về|quy định|ban hành|phê duyệt|hướng dẫn|tại)\s|[,;]|$)/u.exec(after);
      const issuer = issuerMatch?.[1]?.trim() ?? ISSUER_BY_CODE[code];
      const titleMatch = /(?:^|\s)(về việc|về|quy định|ban hành|phê duyệt)\s+(.+)$/u.exec(issuerMatch ? after.slice(issuerMatch.index + issuerMatch[0].length) : after);
      const date = dateIn(after.split(/\s(?:và|;)\s/u)[0] ?? after);
      const number = symbol.split(/[/-]/)[0]!;
      const idBase = `${prefix}-${number}`;
      add(
        symbol,
        () => ({
          kind,
          symbol,
          ...(issuer ? { issuer } : {}),
          ...(date ? { date } : {}),
          ...(titleMatch ? { title: upperFirst(`${titleMatch[1]} ${titleMatch[2]}`.trim()) } : {}),
          citation,
          ...(issuer && !issuerMatch ? { assumed: { issuer: `Văn bản kế hoạch không ghi cơ quan ban hành; suy từ ký hiệu "${code}".` } } : {}),
        }),
        this.ids.has(idBase) && !this.byKey.has(symbol) ? `${idBase}-${slug(code)}` : idBase,
      );
    }

    for (const { re, kind } of NAMED) {
      re.lastIndex = 0;
      while ((m = re.exec(text)) !== null) {
        const start = m.index;
        const whole = m[0];
        const end = kind === 'de-an' ? sentenceEnd(text, start + whole.length) : start + whole.length;
        const citation = text.slice(start, end).replace(/[\s,;:]+$/u, '');
        if (kind === 'tieu-chuan') add(whole, () => ({ kind, symbol: whole, citation }), `iso-${/ISO\s+(\d+)/u.exec(whole)![1]}`);
        else if (kind === 'de-an') add(`Đề án ${m[1]}`, () => ({ kind, citation }), `de-an-${m![1]}`);
        else {
          const initials = slug(whole.replace(/^Chương trình mục tiêu quốc gia\s+/u, ''))
            .split('-')
            .map((w) => w[0])
            .join('');
          add(whole, () => ({ kind, citation }), `ctmtqg-${initials}`);
        }
      }
    }
    return found;
  }

  all(): Citation[] {
    return [...this.byKey.values()];
  }
}
