/**
 * The parts of a plan document (domain.md section 1), found in its blocks: header (number and symbol,
 * place and date, title, "Căn cứ" lines), part I (objective, main targets), part II (task sections and
 * their bullets), part III (implementation), recipients and signer. Everything not recognised is kept
 * in `leftovers`, verbatim. Pure.
 */
import type { Block } from './blocks.js';

export interface DocSection {
  /** "II.1", "II.3.2". */
  id: string;
  title: string;
  /** The heading as written (with its number), for the record. */
  heading: string;
  tasks: string[];
  /** Paragraphs that were not bullets and did not continue one: kept as tasks but to review. */
  unbulleted: string[];
}

export interface DocumentParts {
  symbol?: string;
  place?: string;
  /** ISO date from "ngày 19 tháng 01 năm 2024". */
  issued?: string;
  placeDateLine?: string;
  title?: string;
  /** Lines above the title ("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", ...). */
  masthead: string[];
  bases: string[];
  preamble: string[];
  objective: string[];
  targetLines: string[];
  sections: DocSection[];
  implementation: string[];
  recipients: string[];
  signer: { onBehalfOf?: string; title?: string; name?: string };
  /** Part and sub-part headings as written, in order. */
  headings: string[];
  leftovers: string[];
}

const ROMAN = /^(I|II|III|IV|V|VI|VII|VIII|IX|X)\s*[.:-]\s*(.+)$/u;
const NUMBERED = /^(\d+(?:\.\d+)*)\.?\s+(\S.{0,160})$/u;
const PLACE_DATE = /(?:^|\s)([^,]{2,60}?),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;
const SENTENCE_END = /(?:[.;:!?…]|\.\/\.)["”’)»]?$/u;

const pad = (n: string) => n.padStart(2, '0');
const isUpper = (s: string) => s === s.toLocaleUpperCase('vi') && /\p{L}/u.test(s);

type State = 'header' | 'goals' | 'tasks' | 'impl' | 'other' | 'recipients' | 'signer';

export function findParts(blocks: Block[]): DocumentParts {
  const parts: DocumentParts = {
    masthead: [],
    bases: [],
    preamble: [],
    objective: [],
    targetLines: [],
    sections: [],
    implementation: [],
    recipients: [],
    signer: {},
    headings: [],
    leftovers: [],
  };
  let state: State = 'header';
  let expectTitle = false;
  let goalsSub: 'objective' | 'targets' | 'other' | undefined;
  let partRoman = 'II';
  let section: DocSection | undefined;
  let lastWasTarget = false;

  const append = (list: string[], text: string, join: boolean) => {
    if (join && list.length > 0 && !SENTENCE_END.test(list[list.length - 1]!)) list[list.length - 1] += ` ${text}`;
    else list.push(text);
  };

  for (const b of blocks) {
    const t = b.text.trim();
    if (!t) continue;

    // Recipients and signer close the document whatever part we are in.
    if (/^Nơi nhận\s*:?/iu.test(t) && b.kind !== 'bullet') {
      state = 'recipients';
      const rest = t.replace(/^Nơi nhận\s*:?\s*/iu, '');
      if (rest) parts.recipients.push(rest);
      continue;
    }
    if (/^(?:TM|KT|TL|TUQ|Q)\.\s+\S/u.test(t) && b.kind !== 'bullet' && (state === 'recipients' || state === 'impl' || state === 'signer')) {
      parts.signer.onBehalfOf = t;
      state = 'signer';
      continue;
    }
    if (state === 'recipients') {
      if (b.kind === 'bullet') parts.recipients.push(t);
      else if (isUpper(t) && t.length < 60) {
        parts.signer.title = t;
        state = 'signer';
      } else parts.recipients.push(t);
      continue;
    }
    if (state === 'signer') {
      if (/^\(.*\)$/u.test(t)) continue;
      if (!parts.signer.title && isUpper(t)) parts.signer.title = t;
      else if (!parts.signer.name) parts.signer.name = t;
      else parts.leftovers.push(t);
      continue;
    }

    const roman = b.kind !== 'bullet' ? ROMAN.exec(t) : null;
    if (roman) {
      parts.headings.push(t);
      const title = roman[2]!;
      section = undefined;
      goalsSub = undefined;
      if (/NHIỆM VỤ|GIẢI PHÁP/iu.test(title)) {
        state = 'tasks';
        partRoman = roman[1]!;
      } else if (/TỔ CHỨC THỰC HIỆN/iu.test(title)) state = 'impl';
      else if (/M[ỤU]C T[IÊ]*[ÊE]U|CHỈ TIÊU/iu.test(title)) state = 'goals';
      else state = 'other';
      continue;
    }

    switch (state) {
      case 'header': {
        const sym = /^Số\s*:\s*([0-9A-Za-zĐđ/.\-]+)/u.exec(t);
        if (sym) parts.symbol = sym[1]!.replace(/[.,;]$/, '');
        const pd = PLACE_DATE.exec(t);
        if (pd) {
          parts.place = pd[1]!.trim();
          parts.issued = `${pd[4]}-${pad(pd[3]!)}-${pad(pd[2]!)}`;
          parts.placeDateLine = t.slice(t.indexOf(pd[1]!.trim()));
        }
        if (sym || pd) break;
        if (/^KẾ HOẠCH$/u.test(t)) {
          expectTitle = true;
          break;
        }
        if (expectTitle) {
          parts.title = t;
          expectTitle = false;
          break;
        }
        if (/^Căn cứ\s/u.test(t)) parts.bases.push(t);
        else if (parts.title) parts.preamble.push(t);
        else parts.masthead.push(t);
        break;
      }
      case 'goals': {
        const num = b.kind !== 'bullet' ? NUMBERED.exec(t) : null;
        if (num && !SENTENCE_END.test(t) && t.length < 80) {
          parts.headings.push(t);
          goalsSub = /chỉ tiêu/iu.test(num[2]!) ? 'targets' : /mục tiêu/iu.test(num[2]!) ? 'objective' : 'other';
          lastWasTarget = false;
          break;
        }
        const sub = goalsSub ?? (b.kind === 'bullet' ? 'targets' : 'objective');
        if (sub === 'targets') {
          append(parts.targetLines, t, b.kind === 'para' && lastWasTarget);
          lastWasTarget = true;
        } else if (sub === 'objective') append(parts.objective, t, true);
        else parts.leftovers.push(t);
        break;
      }
      case 'tasks': {
        const num = b.kind !== 'bullet' ? NUMBERED.exec(t) : null;
        if (num && (b.kind === 'heading' || (!SENTENCE_END.test(t) && t.length < 120))) {
          section = { id: `${partRoman}.${num[1]}`, title: num[2]!.trim(), heading: t, tasks: [], unbulleted: [] };
          parts.sections.push(section);
          break;
        }
        if (!section) {
          section = { id: partRoman, title: parts.headings[parts.headings.length - 1]!.replace(ROMAN, '$2'), heading: '', tasks: [], unbulleted: [] };
          parts.sections.push(section);
        }
        if (b.kind === 'bullet') section.tasks.push(t);
        else if (section.tasks.length > 0 && !SENTENCE_END.test(section.tasks[section.tasks.length - 1]!)) section.tasks[section.tasks.length - 1] += ` ${t}`;
        else {
          section.tasks.push(t);
          section.unbulleted.push(t);
        }
        break;
      }
      case 'impl':
        append(parts.implementation, t, true);
        break;
      default:
        parts.leftovers.push(t);
    }
  }
  return parts;
}
