import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import { htmlToBlocks, markdownToBlocks, textToBlocks, type Block } from './blocks.js';
import { markCapitalRuns, styleFontsOfDocx } from './docx-fonts.js';
import type { ReviewItem } from './draft.js';
import { convertLegacyParagraphs } from './legacy-encoding.js';
import { checkPdfBound } from './pdf-bound.js';
import { pdfPagesToBlocks, type PdfPage } from './pdf-layout.js';
import { checkZipBound } from './zip-bound.js';

export type DocumentFormat = 'md' | 'txt' | 'docx' | 'pdf';

export const DOCUMENT_FORMATS: Record<string, DocumentFormat> = { '.md': 'md', '.markdown': 'md', '.txt': 'txt', '.docx': 'docx', '.pdf': 'pdf' };

/**
 * Bounds on what import reads: a ward's plan is tens of kilobytes; these leave room for a district's
 * and keep a 5 MB document within 512 MB of memory (test/import/import-bounds.test.ts). A plan file the
 * loader accepts is at most 8 MiB, so a text larger than that could only make a draft validate refuses.
 */
export const MAX_TEXT_BYTES = 8 * 1024 * 1024;
export const MAX_DOCX_BYTES = 16 * 1024 * 1024;
/** What all the parts of a .docx may inflate to, together (the XML of a 5 MB document is about 40 MB). */
export const MAX_DOCX_INFLATED = 64 * 1024 * 1024;
/** A PDF: the file, what its streams inflate to (pdf-bound.ts), its pages (a district's plan has tens). */
export const MAX_PDF_BYTES = 16 * 1024 * 1024;
export const MAX_PDF_INFLATED = 64 * 1024 * 1024;
export const MAX_PDF_PAGES = 500;

export class DocumentError extends Error {
  constructor(
    readonly reason:
      | 'unsupported'
      | 'unreadable'
      | 'not-docx'
      | 'too-large'
      | 'bomb'
      | 'legacy-mixed'
      | 'not-pdf'
      | 'pdf-encrypted'
      | 'pdf-no-text'
      | 'pdf-too-many-pages',
    readonly file: string,
    detail: string,
    readonly size?: number,
    readonly limit?: number,
    /** The paragraph that shows what is wrong (a mixed encoding). */
    readonly sample?: string,
  ) {
    super(detail);
    this.name = 'DocumentError';
  }
}

/** Reads at most `limit` bytes of a regular file; a larger (or endless) file is refused before it is read. */
function readBounded(file: string, limit: number): Buffer {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw new DocumentError('unreadable', file, (e as NodeJS.ErrnoException).code ?? String(e));
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new DocumentError('unreadable', file, 'not a regular file');
    if (st.size > limit) throw new DocumentError('too-large', file, `${st.size} bytes`, st.size, limit);
    const buf = Buffer.alloc(Math.min(st.size, limit) + 1);
    let n = 0;
    for (;;) {
      const r = readSync(fd, buf, n, buf.length - n, null);
      if (r === 0) break;
      n += r;
      if (n > limit) throw new DocumentError('too-large', file, `more than ${limit} bytes`, n, limit);
    }
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** How many guesses the review names one by one. */
const GUESSES_SHOWN = 12;

/**
 * Text in TCVN3 or VNI fonts is converted to Unicode, paragraph by paragraph, and the review says so;
 * text mixing an encoding with Unicode inside a paragraph, or both encodings, is refused (legacy-encoding.ts).
 * `fontsKnown`: a .docx naming its TCVN3 fonts, whose capitals fonts decide the toned capitals (docx-fonts.ts).
 */
function decodeLegacy(file: string, read: ReadDocument, { notUtf8 = false, fontsKnown = false } = {}): ReadDocument {
  const { verdict, texts } = convertLegacyParagraphs(read.blocks.map((b) => b.text), { fontsKnown });
  // Blocks hand on the text as converted, or with the capitals marks undone.
  const blocks = read.blocks.map((b, i) => (b.text === texts[i] ? b : { ...b, text: texts[i]! }));
  if (verdict.kind === 'unicode' && notUtf8)
    return { ...read, blocks, review: [...read.review, { subject: 'plan', field: 'source', reason: 'Tệp không phải UTF-8: plan đọc theo bảng mã Windows-1252. Lưu lại tệp dạng UTF-8 (Unicode) nếu chữ bị lỗi.' }] };
  if (verdict.kind === 'unicode') return { ...read, blocks };
  if (verdict.kind === 'mixed') throw new DocumentError('legacy-mixed', file, verdict.encoding, undefined, undefined, verdict.sample);
  const kept = verdict.keptUnicode ? ` ${verdict.keptUnicode} đoạn đã gõ Unicode được giữ nguyên.` : '';
  let capitals = '';
  if (verdict.encoding === 'TCVN3 (ABC)' && fontsKnown)
    capitals = `${verdict.capitalRuns ? ` Chữ gõ phông chữ hoa (.VnTimeH, .VnArialH...) ở ${verdict.capitalRuns} đoạn được viết hoa theo phông.` : ''} Chữ hoa có dấu gõ phông chữ thường giữ nguyên là chữ thường, như văn bản hiển thị.`;
  else if (verdict.encoding === 'TCVN3 (ABC)')
    capitals = ' TCVN3 không có chữ hoa có dấu và tệp không còn tên phông: chữ hoa có dấu giữa câu (vd. "của Ủy ban") có thể thành chữ thường, trừ từ viết hoa cả từ.';
  const review: ReviewItem[] = [
    ...read.review,
    {
      subject: 'plan',
      field: 'source',
      reason: `Văn bản gõ bằng bảng mã cũ ${verdict.encoding}, không phải Unicode: plan đã chuyển ${verdict.converted} đoạn sang Unicode.${kept}${capitals} Đối chiếu tên và câu chữ với bản gốc.`,
    },
  ];
  const g = verdict.guessed;
  if (g.length)
    review.push({
      subject: 'plan',
      field: 'source',
      reason: `Giả định chữ hoa: ${g.length} chữ có dấu ở đầu câu, đầu đoạn hoặc sau số thứ tự được viết hoa (TCVN3 không có mã chữ hoa có dấu; tệp không còn phông chữ hoa .VnTimeH để biết chắc): ${g
        .slice(0, GUESSES_SHOWN)
        .map((x) => `"${x.text}" (đoạn ${x.paragraph})`)
        .join(', ')}${g.length > GUESSES_SHOWN ? `, và ${g.length - GUESSES_SHOWN} chỗ khác` : ''}. Sửa lại nếu bản gốc là chữ thường.`,
    });
  return { ...read, blocks, review };
}

/** A text file's characters: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252 (how TCVN3 and VNI files were saved). */
function decodeText(bytes: Buffer): { text: string; notUtf8: boolean } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), notUtf8: false };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), notUtf8: false };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''), notUtf8: false };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), notUtf8: true };
  }
}

export interface ReadDocument {
  format: DocumentFormat;
  blocks: Block[];
  /** What the office should know about how the text was read (a PDF's pages without text), for the review. */
  review: ReviewItem[];
}

/** The one place that reads a ward's document (.md, .txt, a Word .docx through mammoth, a .pdf's text layer). */
export async function readDocument(file: string): Promise<ReadDocument> {
  const format = DOCUMENT_FORMATS[extname(file).toLowerCase()];
  if (!format) throw new DocumentError('unsupported', file, extname(file) || '(no extension)');
  const bytes = readBounded(file, format === 'docx' ? MAX_DOCX_BYTES : format === 'pdf' ? MAX_PDF_BYTES : MAX_TEXT_BYTES);
  if (format === 'pdf') return decodeLegacy(file, await readPdf(file, bytes));
  if (format === 'docx') {
    const bound = checkZipBound(bytes, MAX_DOCX_INFLATED);
    if (!bound.ok) {
      if (bound.reason === 'bomb') throw new DocumentError('bomb', file, `inflates past ${MAX_DOCX_INFLATED} bytes`, undefined, MAX_DOCX_INFLATED);
      throw new DocumentError('not-docx', file, 'not a zip archive');
    }
    // Loaded only when needed: mammoth and jszip are large, and every other command starts without them.
    const mammoth = (await import('mammoth')).default;
    // TCVN3 capitals fonts: their runs' letters are marked for the conversion (docx-fonts.ts).
    const capitalRuns = markCapitalRuns(styleFontsOfDocx(bytes, MAX_DOCX_INFLATED));
    let html: string;
    try {
      html = (await mammoth.convertToHtml({ buffer: bytes }, { transformDocument: capitalRuns.transform })).value;
    } catch (e) {
      throw new DocumentError('not-docx', file, (e as Error).message);
    }
    return decodeLegacy(file, { format, blocks: htmlToBlocks(html), review: [] }, { fontsKnown: capitalRuns.seen.tcvn3Fonts });
  }
  const { text, notUtf8 } = decodeText(bytes);
  return decodeLegacy(file, { format, blocks: format === 'md' ? markdownToBlocks(text) : textToBlocks(text), review: [] }, { notUtf8 });
}

/** Letters a text layer must hold, at the least, to be read: a scan has none (or a stray page number). */
const MIN_LETTERS = 16;

async function readPdf(file: string, bytes: Buffer): Promise<ReadDocument> {
  const bound = checkPdfBound(bytes, MAX_PDF_INFLATED);
  if (!bound.ok) {
    if (bound.reason === 'bomb') throw new DocumentError('bomb', file, `inflates past ${MAX_PDF_INFLATED} bytes`, undefined, MAX_PDF_INFLATED);
    throw new DocumentError('not-pdf', file, 'no %PDF- header');
  }
  // Loaded only here: pdfjs is 2 MB of code, bundled apart as dist/pdf.cjs (bin/build.mjs).
  const { readPdfTextLayer, PdfReadError } = await import('./pdf-text-layer.js');
  let pages: PdfPage[];
  try {
    pages = await readPdfTextLayer(bytes, { maxPages: MAX_PDF_PAGES, maxChars: MAX_TEXT_BYTES });
  } catch (e) {
    if (!(e instanceof PdfReadError)) throw e;
    if (e.reason === 'encrypted') throw new DocumentError('pdf-encrypted', file, e.message);
    if (e.reason === 'too-many-pages') throw new DocumentError('pdf-too-many-pages', file, e.message, Number(e.message), MAX_PDF_PAGES);
    if (e.reason === 'too-much-text') throw new DocumentError('too-large', file, `${e.message} characters of text`, Number(e.message), MAX_TEXT_BYTES);
    throw new DocumentError('not-pdf', file, e.message);
  }
  const letters = (p: PdfPage) => p.items.reduce((n, i) => n + (i.str.match(/\p{L}/gu)?.length ?? 0), 0);
  const counts = pages.map(letters);
  if (counts.reduce((a, b) => a + b, 0) < MIN_LETTERS) throw new DocumentError('pdf-no-text', file, `${pages.length}`);
  const blocks = pdfPagesToBlocks(pages);
  const review: ReviewItem[] = [];
  const blank = counts.flatMap((n, i) => (n === 0 ? [i + 1] : []));
  if (blank.length)
    review.push({
      subject: 'plan',
      field: 'source',
      reason: `Tệp PDF có ${blank.length}/${pages.length} trang không có lớp chữ (trang ${blank.slice(0, 12).join(', ')}${blank.length > 12 ? ', …' : ''}): có thể là ảnh quét, nội dung các trang này không được đọc. Đối chiếu với bản gốc.`,
    });
  review.push({ subject: 'plan', field: 'source', reason: `Đọc từ lớp chữ của tệp PDF (${pages.length} trang): đoạn văn được dựng lại từ vị trí dòng chữ; kiểm tra các chỉ tiêu với bản gốc.` });
  return { format: 'pdf', blocks, review };
}
