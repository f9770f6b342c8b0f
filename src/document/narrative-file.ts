import type { Run } from './run.js';

/**
 * People's own words for a báo cáo: a Markdown file in the plan folder (reports/2024-H1.md) whose
 * headings name the report's parts. The tool writes the figures; what people write under a heading
 * is put after them, word for word. Only headings, paragraphs, "- " items, **bold**, *italics* and
 * <!-- comments --> (dropped) are read; anything else is kept as text.
 */

export interface NarrativeSection {
  /** The heading as written, without the #s. */
  heading: string;
  /** Where it goes: "III" for a part (## III. ...), "I/linh vuc kinh te" for a field under part I. */
  key: string;
  /** 1-based line of the heading, for messages. */
  line: number;
  paragraphs: Run[][];
}

export interface Narrative {
  /** Paragraphs before the first heading: the opening of the report. */
  intro: Run[][];
  sections: NarrativeSection[];
}

const ROMAN = /^([IVX]+)\.\s*/u;
const NUMBERED = /^(?:[IVX]+|\d+)(?:\.\d+)*\.?\s+/u;

export const foldHeading = (s: string): string =>
  s.normalize('NFC').replace(NUMBERED, '').toLocaleLowerCase('vi').replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();

/** The key of a level-2 heading: its Roman numeral ("III"), else its folded text. */
export function partKey(heading: string): string {
  return ROMAN.exec(heading.trim())?.[1] ?? foldHeading(heading);
}

/** **bold** and *italics* (or _italics_) as emphasis runs; the rest as text. */
export function inlineRuns(text: string): Run[] {
  const runs: Run[] = [];
  const re = /\*\*([^*]+)\*\*|\*([^*\s][^*]*)\*|(?<![\p{L}\p{N}])_([^_]+)_(?![\p{L}\p{N}])/gu;
  let last = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m.index > last) runs.push({ kind: 'text', text: text.slice(last, m.index) });
    if (m[1] !== undefined) runs.push({ kind: 'emphasis', text: m[1], strong: true });
    else runs.push({ kind: 'emphasis', text: m[2] ?? m[3] ?? '' });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ kind: 'text', text: text.slice(last) });
  return runs;
}

export function parseNarrative(source: string): Narrative {
  const text = source.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n').normalize('NFC');
  // Comments go, but their newlines stay so that line numbers still match the file.
  const lines = text.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, '')).split('\n');
  const narrative: Narrative = { intro: [], sections: [] };
  let current: NarrativeSection | null = null;
  let part: string | null = null;
  let buffer: string[] = [];
  const flush = () => {
    if (buffer.length === 0) return;
    const para = inlineRuns(buffer.join(' '));
    (current ? current.paragraphs : narrative.intro).push(para);
    buffer = [];
  };
  lines.forEach((raw, i) => {
    const lineText = raw.trim();
    const h = /^(#{1,6})\s+(.*?)\s*#*$/u.exec(lineText);
    if (h) {
      flush();
      const level = h[1]!.length;
      const heading = h[2]!;
      let key: string;
      if (level <= 2) key = part = partKey(heading);
      else key = `${part ?? ''}/${foldHeading(heading)}`;
      current = { heading, key, line: i + 1, paragraphs: [] };
      narrative.sections.push(current);
      return;
    }
    if (lineText === '') return flush();
    if (/^[-*+]\s+/u.test(lineText)) {
      flush();
      buffer.push(`- ${lineText.replace(/^[-*+]\s+/u, '')}`);
      return flush();
    }
    buffer.push(lineText);
  });
  flush();
  return narrative;
}
