import { AlignmentType, BorderStyle, Paragraph, TextRun } from 'docx';
import { FONT, halfPoints, twips } from './page-setup.js';
import { xmlSafe } from './xml-safe.js';

export type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

export interface TextStyle {
  size: number;
  bold?: boolean;
  italics?: boolean;
}

/** A run of text in Times New Roman, black, at `size` pt; text passed through xmlSafe. */
export function run(text: string, s: TextStyle): TextRun {
  return new TextRun({
    text: xmlSafe(text),
    font: FONT,
    size: halfPoints(s.size),
    color: '000000',
    ...(s.bold ? { bold: true } : {}),
    ...(s.italics ? { italics: true } : {}),
  });
}

/**
 * Paragraph styles that tell plan's own text from people's in an edited .docx (`plan report
 * --from-docx`): parts (I.–IV.), fields under part I, and everything else plan writes. People's
 * words have none (Normal); each style's next style is Normal, so a paragraph typed after plan's
 * text in Word or LibreOffice is people's. The styles carry no formatting: the look is direct.
 */
export const PLAN_STYLES = { part: 'PlanPart', field: 'PlanField', generated: 'PlanFigures' } as const;

export const planParagraphStyles = [
  { id: PLAN_STYLES.part, name: 'Plan Part' },
  { id: PLAN_STYLES.field, name: 'Plan Field' },
  { id: PLAN_STYLES.generated, name: 'Plan Figures' },
].map((s) => ({ ...s, basedOn: 'Normal', next: 'Normal', quickFormat: false }));

/** One line of the header or the foot: centred (or aligned), no space around it. */
export function line(text: string, s: TextStyle & { align?: Align; before?: number; after?: number }): Paragraph {
  return new Paragraph({
    style: PLAN_STYLES.generated,
    alignment: s.align ?? AlignmentType.CENTER,
    spacing: { before: s.before ?? 0, after: s.after ?? 0 },
    children: [run(text, s)],
  });
}

/**
 * A short horizontal rule, centred in its column: an empty paragraph with a 2 pt paragraph mark
 * whose top border is `lengthMm` long (the indents on both sides set the length). Word and
 * LibreOffice both draw paragraph borders the same way, unlike drawn shapes.
 */
export function rule(columnTwips: number, lengthMm: number): Paragraph {
  const side = Math.max(0, Math.round((columnTwips - twips(lengthMm)) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    spacing: { before: 80, after: 0 },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    run: { size: 4 },
    children: [],
  });
}
