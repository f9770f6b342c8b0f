import { AlignmentType, Paragraph, type Table, TextRun } from 'docx';
import type { Block } from '../../document/block.js';
import type { Run } from '../../document/run.js';
import type { Lang } from '../../i18n/lang.js';
import { valueText } from '../document-value-text.js';
import { BODY_PARAGRAPH, SIZE } from './page-setup.js';
import { PLAN_STYLES, run } from './paragraphs.js';
import { docxTable } from './table.js';

/** The runs of a sentence: text as is, emphasis in bold or italics, values written vi-VN. */
export function textRuns(runs: readonly Run[], lang: Lang, size: number, base: { italics?: boolean } = {}): TextRun[] {
  return runs.map((r) => {
    if (r.kind === 'value') return run(valueText(r.value, lang), { size, ...base });
    if (r.kind === 'emphasis') return run(r.text, { size, ...(r.strong ? { bold: true } : { italics: true }), ...base });
    return run(r.text, { size, ...base });
  });
}

function heading(text: string, level: 1 | 2 | 3): Paragraph {
  return new Paragraph({
    style: level === 2 ? PLAN_STYLES.part : level === 3 ? PLAN_STYLES.field : PLAN_STYLES.generated,
    alignment: level === 1 ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    keepNext: true,
    indent: level === 1 ? {} : { firstLine: BODY_PARAGRAPH.firstLine },
    spacing: { before: level === 1 ? 240 : 120, after: BODY_PARAGRAPH.after, line: BODY_PARAGRAPH.line },
    children: [run(text, { size: SIZE.heading, bold: true })],
  });
}

function paragraph(runs: readonly Run[], lang: Lang, o: { italics?: boolean; own?: boolean; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    ...(o.keepNext ? { keepNext: true } : {}),
    ...(o.own ? {} : { style: PLAN_STYLES.generated }),
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: BODY_PARAGRAPH.firstLine },
    spacing: { before: 0, after: BODY_PARAGRAPH.after, line: BODY_PARAGRAPH.line },
    children: textRuns(runs, lang, SIZE.body, o.italics ? { italics: true } : {}),
  });
}

/**
 * The body of the báo cáo: headings and justified paragraphs at 14 pt, first lines indented 1 cm.
 * `keepLast`: the last paragraph stays on the page of what follows (the signer block), so that a
 * page never holds the signature alone.
 */
export function bodyChildren(blocks: readonly Block[], lang: Lang, width: number, o: { keepLast?: boolean } = {}): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const [i, b] of blocks.entries()) {
    const keepNext = o.keepLast === true && i === blocks.length - 1;
    switch (b.kind) {
      case 'heading':
        out.push(heading(b.text, b.level));
        break;
      case 'paragraph':
        out.push(paragraph(b.runs, lang, { own: b.role === 'words', keepNext }));
        break;
      case 'note':
        out.push(paragraph(b.runs, lang, { italics: true, keepNext }));
        break;
      case 'alternatives':
        out.push(...bodyChildren(b.wide, lang, width));
        break;
      case 'table':
        out.push(docxTable(b, width, lang), new Paragraph({ spacing: { after: BODY_PARAGRAPH.after }, children: [] }));
        break;
    }
  }
  return out;
}
