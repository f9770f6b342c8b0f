/**
 * pdf-layout.ts on text items made by hand: what tells a wrapped line from a new paragraph, headings by
 * size, the cells of a header table, page numbers. (The PDFs LibreOffice makes are in pdf-import.test.ts.)
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

  it('no text, no blocks', () => {
    expect(pdfPagesToBlocks([{ width: 595, height: 842, items: [] }])).toEqual([]);
  });
});
