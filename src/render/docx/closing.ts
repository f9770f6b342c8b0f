import { AlignmentType, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import type { Closing } from '../../document/official-report.js';
import { SIZE, TEXT_WIDTH } from './page-setup.js';
import { line } from './paragraphs.js';

const LEFT = Math.round(TEXT_WIDTH * 0.45);
const RIGHT = TEXT_WIDTH - LEFT;
const TIGHT = { top: 0, bottom: 0, left: 28, right: 28, marginUnitType: WidthType.DXA } as const;

/**
 * The foot: "Nơi nhận:" (12 pt bold italic) and the recipients (11 pt, "- " before each) on the
 * left; the signer's authority in capitals (14 pt bold), room for the signature and seal, and the
 * name (bold) on the right. Kept on one page with the last paragraph (Word: keep with next).
 */
export function closingTable(c: Closing): Table {
  const left = [
    line(c.recipientsLabel, { size: SIZE.recipientsLabel, bold: true, italics: true, align: AlignmentType.LEFT }),
    ...c.recipients.map((r) => line(`- ${r}`, { size: SIZE.recipients, align: AlignmentType.LEFT })),
  ];
  const right = [
    ...c.authority.map((a) => line(a, { size: SIZE.authority, bold: true })),
    // Room for the signature and the seal: four empty lines.
    ...[0, 1, 2, 3].map(() => new Paragraph({ spacing: { before: 0, after: 0 }, children: [] })),
    line(c.name, { size: SIZE.name, bold: true, before: 240 }),
  ];
  const cell = (width: number, children: Paragraph[]) =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, verticalAlign: VerticalAlign.TOP, margins: TIGHT, children });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT, RIGHT],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: TIGHT,
    rows: [new TableRow({ cantSplit: true, children: [cell(LEFT, left), cell(RIGHT, right)] })],
  });
}
