import type { ChalkInstance } from 'chalk';
import type { CommandContext } from './context.js';
import { EXIT } from './exit-codes.js';
import { UsageError } from './usage-error.js';
// The guide ships inside the bundle, so `plan help format` works in a ward's own repository,
// which has no docs/ folder (bin/build.mjs and Vite both read a `?raw` import as text).
import guide from '../../docs/format.md?raw';

export interface GuideSection {
  /** "8" for "## 8. Chỉ tiêu: `targets`"; "" for the text before the first numbered heading. */
  number: string;
  heading: string;
  text: string;
}

/** The guide cut at its "## " headings. */
export function guideSections(text: string = guide): GuideSection[] {
  const parts = text.normalize('NFC').split(/^(?=## )/m);
  return parts.map((part) => {
    const heading = /^## (.*)$/m.exec(part)?.[1] ?? '';
    return { number: /^(\d+)\./.exec(heading)?.[1] ?? '', heading, text: part.trimEnd() };
  });
}

/** Lower case, no diacritics, words joined by "-": "Chỉ tiêu: `targets`" → "chi-tieu-targets". */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The sections a topic names: its number ("8"), or words of its heading with or without diacritics
 * ("chi-tieu", "chỉ tiêu", "targets"). Empty when none does.
 */
export function sectionsFor(topic: string, sections: readonly GuideSection[] = guideSections()): GuideSection[] {
  const t = topic.trim();
  if (/^\d+$/.test(t)) return sections.filter((s) => s.number === String(Number(t)));
  const want = slug(t);
  if (want === '') return [];
  return sections.filter((s) => s.number !== '' && `-${slug(s.heading)}-`.includes(`-${want}-`));
}

/** The guide (or the sections of a topic) for the terminal: headings bold, the rest as written. */
export function renderGuide(sections: readonly GuideSection[], chalk: ChalkInstance): string {
  return `${sections
    .map((s) => s.text.replace(/^(#{1,3} .*)$/gm, (line) => chalk.bold(line)))
    .join('\n\n')}\n`;
}

/** "1. Thư mục kế hoạch", …: the numbered headings, for the hint of a topic the guide has not. */
export function topicList(sections: readonly GuideSection[] = guideSections()): string[] {
  return sections.filter((s) => s.number !== '').map((s) => s.heading.replace(/`/g, ''));
}

/** `plan help format [mục]`: prints the guide or the sections a topic names; an unknown topic is a usage error. */
export function runHelpFormat(topic: string, ctx: CommandContext): number {
  const t = ctx.text.formatGuide;
  const sections = topic === '' ? guideSections() : sectionsFor(topic);
  if (sections.length === 0) throw new UsageError(t.unknownTopic(topic), t.topics(topicList()));
  if (t.note) ctx.io.stdout(`${t.note}\n\n`);
  ctx.io.stdout(renderGuide(sections, ctx.chalk));
  return EXIT.ok;
}
