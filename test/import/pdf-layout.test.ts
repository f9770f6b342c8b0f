/**
 * pdf-layout.ts on text items made by hand: what tells a wrapped line from a new paragraph, headings by
 * size, the cells of a header table, page numbers, a browser's header and footer. (The PDFs LibreOffice and
 * Chromium make are in pdf-import.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { pdfPagesToBlocks, type PdfPage, type PdfTextItem } from '../../src/import/pdf-layout.js';

/** Lines of 12 pt text from x = 72, 14 pt apart, each as one item about as wide as Times sets it. */
function page(lines: (string | { text: string; x?: number; size?: number; gap?: number; font?: string })[]): PdfPage {
  let y = 800;
  const items: PdfTextItem[] = [];
  for (const l of lines) {
    const { text, x = 72, size = 12, gap = 0, font = 'f1' } = typeof l === 'string' ? { text: l } : l;
    y -= 14 * (size / 12) + gap;
    items.push({ str: text, x, y, width: text.length * 0.47 * size, size, font });
  }
  return { width: 595, height: 842, items };
}

/** A line filled to the margin (x = 72 + 80 characters). */
const FULL = 'Tiếp tục thực hiện tốt công tác quản lý về đất đai, tăng cường công tác kiểm tra';

describe('a PDF text layer as blocks', () => {
  it('joins wrapped lines; a line ending short of the margin ends the paragraph', () => {
    const blocks = pdfPagesToBlocks([page([FULL, 'xử lý kịp thời.', '- Tỷ lệ hộ nghèo giảm còn 0,8%.'])]);
    expect(blocks).toEqual([
      { kind: 'para', text: `${FULL} xử lý kịp thời.` },
      { kind: 'bullet', text: 'Tỷ lệ hộ nghèo giảm còn 0,8%.' },
    ]);
  });

  it('"2021-" and "2025" broken at the dash join without a space; "kinh tế -" / "xã hội" with one', () => {
    const a = `${FULL.slice(0, 72).trimEnd()} nhiệm kỳ 2021-`;
    const b = `${FULL.slice(0, 74).trimEnd()} kinh tế -`;
    expect(pdfPagesToBlocks([page([a, '2025 đạt 100%.'])])[0]!.text).toBe(`${a}2025 đạt 100%.`);
    expect(pdfPagesToBlocks([page([b, 'xã hội năm 2024.'])])[0]!.text).toBe(`${b} xã hội năm 2024.`);
  });

  it('a larger vertical gap, a first-line indent or another font starts a paragraph', () => {
    expect(pdfPagesToBlocks([page([FULL, FULL, FULL, FULL, { text: FULL, gap: 12 }])])).toHaveLength(2);
    expect(pdfPagesToBlocks([page([FULL, FULL, { text: FULL.slice(0, 70), x: 100 }])])).toHaveLength(2);
    expect(pdfPagesToBlocks([page([FULL, { text: 'II. NHIỆM VỤ VÀ GIẢI PHÁP', font: 'bold' }])])).toHaveLength(2);
  });

  it('a bullet after a sentence\'s end starts a paragraph even after a line run to the margin (the foot of a page); a wrapped "- " does not', () => {
    const ended = `${FULL.slice(0, 78)}.`;
    expect(pdfPagesToBlocks([page([FULL, ended]), page(['- Tỷ lệ hộ nghèo giảm còn 0,8%.'])]).map((b) => b.kind)).toEqual(['para', 'bullet']);
    expect(pdfPagesToBlocks([page([FULL, ended, '- Tỷ lệ hộ nghèo giảm còn 0,8%.'])])).toHaveLength(2);
    expect(pdfPagesToBlocks([page([FULL, '- xây dựng tăng 18,4%.'])])).toEqual([{ kind: 'para', text: `${FULL} - xây dựng tăng 18,4%.` }]);
  });

  it('space after paragraphs: the line pitch is read below the lines that run to the margin, though one-line paragraphs outnumber them', () => {
    const apart = (text: string) => ({ text, gap: 6 });
    const lines = [FULL, 'xử lý.', apart(FULL), 'xử lý.', apart(FULL), 'xử lý.', ...['Một', 'Hai', 'Ba', 'Bốn', 'Năm', 'Sáu'].map((n) => apart(`- ${n}.`)), apart(FULL), apart(FULL), 'cuối.'];
    const blocks = pdfPagesToBlocks([page(lines)]);
    expect(blocks).toHaveLength(11);
    expect(blocks.slice(-2).map((b) => b.text)).toEqual([FULL, `${FULL} cuối.`]);
  });

  it('text set larger than the body is a heading, the largest level 1', () => {
    const blocks = pdfPagesToBlocks([page([{ text: 'KẾ HOẠCH', size: 16 }, { text: 'Thực hiện nhiệm vụ năm 2024', size: 14 }, 'Căn cứ Nghị quyết số 10/NQ-HĐND.', 'Tỷ lệ hộ nghèo giảm còn 0,8%.'])]);
    expect(blocks.map((b) => [b.kind, b.level])).toEqual([['heading', 1], ['heading', 2], ['para', undefined], ['para', undefined]]);
  });

  it('the two columns of the header are cells, each a paragraph of its own', () => {
    const p = page(['ỦY BAN NHÂN DÂN', 'Số: 05/KH-UBND']);
    p.items.push({ str: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', x: 300, y: p.items[0]!.y, width: 240, size: 12, font: 'f1' });
    expect(pdfPagesToBlocks([p]).map((b) => b.text)).toEqual(['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 05/KH-UBND']);
  });

  it('a page number alone at the foot or head of a page is dropped; a paragraph runs on across the page break', () => {
    const one = page([FULL, FULL, { text: '1', x: 290, gap: 200 }]);
    const two = page([{ text: '- 2 -', x: 280 }, 'đúng quy định.']);
    expect(pdfPagesToBlocks([one, two])).toEqual([{ kind: 'para', text: `${FULL} ${FULL} đúng quy định.` }]);
  });

  /** A line of small type at the head (y = 822) or foot (y = 16) of a page, in cells at x = 28 and 300: a browser's band. */
  const band = (p: PdfPage, y: number, cells: string[], size = 6) => {
    cells.forEach((str, i) => p.items.push({ str, x: (size < 12 ? 28 : 72) + 272 * i, y, width: str.length * 0.47 * size, size, font: 'f1' }));
    return p;
  };

  it('a run of spaces as wide as the gap between two cells does not join them (Chromium writes one)', () => {
    const p = page(['ỦY BAN NHÂN DÂN', 'Số: 05/KH-UBND']);
    const y = p.items[0]!.y;
    p.items.push({ str: ' ', x: 72 + 15 * 0.47 * 12, y, width: 300 - (72 + 15 * 0.47 * 12), size: 12, font: 'f1' });
    p.items.push({ str: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', x: 300, y, width: 240, size: 12, font: 'f1' });
    expect(pdfPagesToBlocks([p]).map((b) => b.text)).toEqual(['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 05/KH-UBND']);
  });

  it.each([
    ['the header of "Print to PDF": the time printed, the page\'s title', 822, ['02/12/2026, 09:15', 'Kế hoạch phát triển kinh tế năm 2024 đạt 100%'], []],
    ['the same, as a US-English browser writes the time', 822, ['12/2/26, 9:15 AM', 'Tỷ lệ hộ nghèo 2%'], []],
    ['the footer: the address, the page of pages', 16, ['https://xa.example.gov.vn/van-ban/ke-hoach-2024…', '1/2'], []],
    ['a footer with a page number "Trang 1"', 16, ['Kế hoạch 05/KH-UBND', 'Trang 1'], []],
    ['a footnote in small type: text, kept', 16, ['1 Nghị quyết số 10/NQ-HĐND ngày 27/12/2023'], ['1 Nghị quyết số 10/NQ-HĐND ngày 27/12/2023']],
    ['a date at the head in body type: text, kept', 822, ['02/12/2026, 09:15'], ['02/12/2026, 09:15']],
  ])('%s', (name, y, cells, kept) => {
    const p = band(page([FULL, 'xử lý kịp thời.']), y, cells, /body type/u.test(name) ? 12 : 6);
    const texts = pdfPagesToBlocks([p]).map((b) => b.text);
    expect(texts.filter((t) => t !== `${FULL} xử lý kịp thời.`)).toEqual(kept);
  });

  it('a small line repeated, digits aside, at the head of every page is a running header', () => {
    const pages = [1, 2].map((n) => band(page([FULL, 'xử lý kịp thời.']), 822, [`Kế hoạch số 05/KH-UBND - trang ${n}`]));
    expect(pdfPagesToBlocks(pages).map((b) => b.text)).toEqual([`${FULL} xử lý kịp thời.`, `${FULL} xử lý kịp thời.`]);
    // Alone on one page it could be text: kept.
    expect(pdfPagesToBlocks([pages[0]!]).map((b) => b.text)).toContain('Kế hoạch số 05/KH-UBND - trang 1');
  });

  it('no text, no blocks', () => {
    expect(pdfPagesToBlocks([{ width: 595, height: 842, items: [] }])).toEqual([]);
  });
});
