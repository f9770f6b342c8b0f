import { AlignmentType, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import type { Letterhead } from '../../document/official-report.js';
import { SIZE, TEXT_WIDTH } from './page-setup.js';
import { line, rule } from './paragraphs.js';

/**
 * The NĐ 30 header as a borderless two-column table. The right column takes 60 % of the text width:
 * at 12 pt bold, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" needs about 97 mm, so with less (or with Word's
 * default 1.9 mm cell margins) it breaks onto two lines. The second row holds "Số: ..." and the place
 * and date, so that the two stand on one line as the decree's model shows them.
 */
export const LEFT_WIDTH = Math.round(TEXT_WIDTH * 0.4);
export const RIGHT_WIDTH = TEXT_WIDTH - LEFT_WIDTH;

/** "Độc lập - Tự do - Hạnh phúc" at 13 pt bold is about 62 mm wide (measured in the PDF): its rule is as long. */
const MOTTO_RULE_MM = 62;
/** Under the issuing body, 1/3 to 1/2 of its line: about 25 mm under "ỦY BAN NHÂN DÂN PHƯỜNG 1". */
const ISSUER_RULE_MM = 25;

const TIGHT = { top: 0, bottom: 0, left: 28, right: 28, marginUnitType: WidthType.DXA } as const;

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, verticalAlign: VerticalAlign.TOP, margins: TIGHT, children });
}

export function letterheadTable(h: Letterhead): Table {
  const left = [
    ...(h.parentBody === null ? [] : [line(h.parentBody, { size: SIZE.parentBody })]),
    line(h.issuer, { size: SIZE.issuer, bold: true }),
    rule(LEFT_WIDTH, ISSUER_RULE_MM),
  ];
  const right = [
    line(h.nation, { size: SIZE.nation, bold: true }),
    line(h.motto, { size: SIZE.motto, bold: true }),
    rule(RIGHT_WIDTH, MOTTO_RULE_MM),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT_WIDTH, RIGHT_WIDTH],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: TIGHT,
    rows: [
      new TableRow({ children: [cell(LEFT_WIDTH, left), cell(RIGHT_WIDTH, right)] }),
      new TableRow({
        children: [
          cell(LEFT_WIDTH, [line(h.number, { size: SIZE.number, before: 120 })]),
          cell(RIGHT_WIDTH, [line(h.placeDate, { size: SIZE.placeDate, italics: true, before: 120 })]),
        ],
      }),
    ],
  });
}

/** "BÁO CÁO" and the trích yếu, centred under the header, a short rule under them. */
export function titleBlock(h: Letterhead): Paragraph[] {
  return [
    line(h.docType, { size: SIZE.docType, bold: true, before: 360, align: AlignmentType.CENTER }),
    line(h.subject, { size: SIZE.subject, bold: true, align: AlignmentType.CENTER }),
    rule(TEXT_WIDTH, 40),
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
  ];
}
