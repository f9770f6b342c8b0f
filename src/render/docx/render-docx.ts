import { AlignmentType, Document, Packer, PageOrientation, Paragraph, type Table } from 'docx';
import type { OfficialReport } from '../../document/official-report.js';
import { bodyChildren, textRuns } from './body.js';
import { closingTable } from './closing.js';
import { corePropertiesXml } from './core-properties.js';
import { withZipDates } from '../zip/zip-dates.js';
import { letterheadTable, titleBlock } from './letterhead.js';
import { A4, FONT, halfPoints, LANDSCAPE_MARGINS, LANDSCAPE_TEXT_WIDTH, MARGINS, SIZE, TEXT_WIDTH } from './page-setup.js';
import { line, PLAN_STYLES, planParagraphStyles } from './paragraphs.js';
import { docxTable } from './table.js';

/**
 * The báo cáo as a .docx: a portrait A4 section (header, title, body, recipients and signer), then
 * each appendix in a landscape A4 section. Only `plan report` loads this module (and with it docx).
 */
export async function renderDocx(report: OfficialReport): Promise<Uint8Array> {
  const lang = report.body.meta.lang;
  const portrait: (Paragraph | Table)[] = [
    letterheadTable(report.letterhead),
    ...titleBlock(report.letterhead),
    ...bodyChildren(report.body.blocks, lang, TEXT_WIDTH, { keepLast: true }),
    new Paragraph({ keepNext: true, spacing: { before: 0, after: 120 }, children: [] }),
    closingTable(report.closing),
  ];
  const appendices = report.appendices.map((a) => ({
    properties: {
      page: {
        size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE },
        margin: LANDSCAPE_MARGINS,
      },
    },
    children: [
      line(a.title, { size: SIZE.docType, bold: true }),
      new Paragraph({ style: PLAN_STYLES.generated, alignment: AlignmentType.CENTER, spacing: { before: 0, after: 120 }, children: textRuns(a.subtitle, lang, SIZE.body, { italics: true }) }),
      // Notes go above the table: under it they would push a page of their own.
      ...a.notes.map((n) => new Paragraph({ style: PLAN_STYLES.generated, alignment: AlignmentType.CENTER, spacing: { before: 0, after: 120 }, children: textRuns(n, lang, SIZE.table, { italics: true }) })),
      docxTable(a.table, LANDSCAPE_TEXT_WIDTH, lang),
    ],
  }));
  const doc = new Document({
    creator: 'plan',
    title: report.body.title,
    styles: { default: { document: { run: { font: FONT, size: halfPoints(SIZE.body), color: '000000' } } }, paragraphStyles: planParagraphStyles },
    sections: [
      { properties: { page: { size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT }, margin: MARGINS } }, children: portrait },
      ...appendices,
    ],
  });
  const core = { path: 'docProps/core.xml', data: corePropertiesXml(report.body.title, report.body.meta.asOf) };
  return withZipDates(new Uint8Array(await Packer.toBuffer(doc, undefined, [core])), report.body.meta.asOf);
}
