import { runsText } from '../render/document-value-text.js';
import { parseNarrative, type Narrative } from './narrative-file.js';

/**
 * People's words back from a báo cáo edited in Word or LibreOffice (`plan report --from-docx`).
 * plan marks its own paragraphs with paragraph styles (src/render/docx/paragraphs.ts: "Plan Part",
 * "Plan Field", "Plan Figures"); mammoth turns them into h2, h3 and p.plan (NARRATIVE_STYLE_MAP).
 * Every other paragraph under a known heading is people's: it becomes a paragraph of the narrative
 * file under that heading, word for word, bold and italics kept. Tables (the header, the foot, the
 * appendix) and plan's own paragraphs are left out: plan writes them again from the figures.
 */
export const NARRATIVE_STYLE_MAP = [
  "p[style-name='Plan Part'] => h2:fresh",
  "p[style-name='Plan Field'] => h3:fresh",
  "p[style-name='Plan Figures'] => p.plan:fresh",
];

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e.toLowerCase()] ?? m),
  );

/** "** đậm**" would not read as bold: the spaces Word keeps inside a bold run go outside the marks. */
function mark(t: string, m: string): string {
  const x = /^(\s*)([\s\S]*?)(\s*)$/.exec(t)!;
  return x[2] === '' ? t : `${x[1]}${m}${x[2]}${m}${x[3]}`;
}

/** Inline HTML as the narrative's Markdown: <strong> **bold**, <em> *italics*, line breaks as spaces. */
function inline(html: string): string {
  return decode(
    html
      .replace(/<br\s*\/?>/gi, ' ')
      .replace(/<strong>([\s\S]*?)<\/strong>/gi, (_m, t: string) => mark(t, '**'))
      .replace(/<em>([\s\S]*?)<\/em>/gi, (_m, t: string) => mark(t, '*'))
      .replace(/<[^>]+>/g, ''),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

const plain = (html: string): string => inline(html).replace(/\*\*|\*/g, '');

/** Removes every <table>…</table>, nested ones included. */
function withoutTables(html: string): string {
  let out = '';
  let depth = 0;
  for (const part of html.split(/(<table[^>]*>|<\/table>)/i)) {
    if (/^<table/i.test(part)) depth += 1;
    else if (/^<\/table>/i.test(part)) depth = Math.max(0, depth - 1);
    else if (depth === 0) out += part;
  }
  return out;
}

/** A field heading is matched by its name: the running number plan gives it ("1. ") is left out. */
const fieldName = (text: string): string => text.replace(/^\d+\.\s+/u, '');

/** The narrative file (Markdown) of the people's paragraphs in mammoth's HTML of an edited báo cáo. */
export function narrativeFromHtml(html: string): { markdown: string; paragraphs: number } {
  const intro: string[] = [];
  const parts: { heading: string; own: string[]; fields: { heading: string; own: string[] }[] }[] = [];
  const re = /<(h2|h3|p|li)(\s[^>]*)?>([\s\S]*?)<\/\1>/gi;
  let paragraphs = 0;
  for (const m of withoutTables(html).matchAll(re)) {
    const tag = m[1]!.toLowerCase();
    const generated = /class="[^"]*\bplan\b/.test(m[2] ?? '');
    if (tag === 'h2') parts.push({ heading: plain(m[3]!), own: [], fields: [] });
    else if (tag === 'h3') {
      if (parts.length === 0) parts.push({ heading: '', own: [], fields: [] });
      parts.at(-1)!.fields.push({ heading: fieldName(plain(m[3]!)), own: [] });
    } else if (!generated) {
      const text = inline(m[3]!);
      if (text === '') continue;
      // A line that Markdown would read as a heading stays a paragraph.
      const para = `${tag === 'li' && !text.startsWith('- ') ? '- ' : ''}${text.replace(/^#/, '\\#')}`;
      paragraphs += 1;
      const part = parts.at(-1);
      if (part === undefined) intro.push(para);
      else (part.fields.at(-1) ?? part).own.push(para);
    }
  }
  // Not naming the file: taking the words back twice from the same words writes the same file.
  const lines = ['<!-- Lời văn lấy lại từ báo cáo .docx đã sửa (plan report --from-docx). -->', ''];
  for (const p of intro) lines.push(p, '');
  for (const part of parts) {
    const fields = part.fields.filter((f) => f.own.length > 0);
    if (part.own.length === 0 && fields.length === 0) continue;
    if (part.heading !== '') lines.push(`## ${part.heading}`, '');
    for (const p of part.own) lines.push(p, '');
    for (const f of fields) lines.push(`### ${f.heading}`, '', ...f.own.flatMap((p) => [p, '']));
  }
  return { markdown: `${lines.join('\n').trimEnd()}\n`, paragraphs };
}

const norm = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** The paragraphs of `before` that `after` no longer holds (with their heading): what replacing the file would lose. */
export function lostParagraphs(before: Narrative, after: Narrative): { heading: string | null; text: string }[] {
  const kept = new Set([...after.intro, ...after.sections.flatMap((s) => s.paragraphs)].map((p) => norm(runsText(p, 'vi'))));
  const all = [...before.intro.map((p) => ({ heading: null, p })), ...before.sections.flatMap((s) => s.paragraphs.map((p) => ({ heading: s.heading, p })))];
  return all.filter(({ p }) => !kept.has(norm(runsText(p, 'vi')))).map(({ heading, p }) => ({ heading, text: runsText(p, 'vi') }));
}

export { parseNarrative };
