import { legacyEncodingOf } from './legacy-encoding.js';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import { htmlToBlocks, markdownToBlocks, textToBlocks, type Block } from './blocks.js';
import { checkZipBound } from './zip-bound.js';

export type DocumentFormat = 'md' | 'txt' | 'docx';

export const DOCUMENT_FORMATS: Record<string, DocumentFormat> = { '.md': 'md', '.markdown': 'md', '.txt': 'txt', '.docx': 'docx' };

/**
 * Bounds on what import reads: a ward's plan is tens of kilobytes; these leave room for a district's
 * and keep a 5 MB document within 512 MB of memory (test/import/import-bounds.test.ts). A plan file the
 * loader accepts is at most 8 MiB, so a text larger than that could only make a draft validate refuses.
 */
export const MAX_TEXT_BYTES = 8 * 1024 * 1024;
export const MAX_DOCX_BYTES = 16 * 1024 * 1024;
/** What all the parts of a .docx may inflate to, together (the XML of a 5 MB document is about 40 MB). */
export const MAX_DOCX_INFLATED = 64 * 1024 * 1024;

export class DocumentError extends Error {
  constructor(
    readonly reason: 'unsupported' | 'unreadable' | 'not-docx' | 'too-large' | 'bomb' | 'legacy-encoding',
    readonly file: string,
    detail: string,
    readonly size?: number,
    readonly limit?: number,
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

/** The one place that reads a ward's document (.md, .txt, or a Word .docx through mammoth). */
/** Text in TCVN3 or VNI fonts is refused with the encoding named (legacy-encoding.ts). */
function refuseLegacy(file: string, text: string): void {
  const enc = legacyEncodingOf(text);
  if (enc) throw new DocumentError('legacy-encoding', file, enc);
}

export async function readDocument(file: string): Promise<{ format: DocumentFormat; blocks: Block[] }> {
  const format = DOCUMENT_FORMATS[extname(file).toLowerCase()];
  if (!format) throw new DocumentError('unsupported', file, extname(file) || '(no extension)');
  const bytes = readBounded(file, format === 'docx' ? MAX_DOCX_BYTES : MAX_TEXT_BYTES);
  if (format === 'docx') {
    const bound = checkZipBound(bytes, MAX_DOCX_INFLATED);
    if (!bound.ok) {
      if (bound.reason === 'bomb') throw new DocumentError('bomb', file, `inflates past ${MAX_DOCX_INFLATED} bytes`, undefined, MAX_DOCX_INFLATED);
      throw new DocumentError('not-docx', file, 'not a zip archive');
    }
    // Loaded only when needed: mammoth and jszip are large, and every other command starts without them.
    const mammoth = (await import('mammoth')).default;
    let html: string;
    try {
      html = (await mammoth.convertToHtml({ buffer: bytes })).value;
    } catch (e) {
      throw new DocumentError('not-docx', file, (e as Error).message);
    }
    refuseLegacy(file, html.replace(/<[^>]*>/g, ' '));
    return { format, blocks: htmlToBlocks(html) };
  }
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  refuseLegacy(file, text);
  return { format, blocks: format === 'md' ? markdownToBlocks(text) : textToBlocks(text) };
}
