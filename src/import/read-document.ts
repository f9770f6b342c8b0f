import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { htmlToBlocks, markdownToBlocks, textToBlocks, type Block } from './blocks.js';

export type DocumentFormat = 'md' | 'txt' | 'docx';

export const DOCUMENT_FORMATS: Record<string, DocumentFormat> = { '.md': 'md', '.markdown': 'md', '.txt': 'txt', '.docx': 'docx' };

export class DocumentError extends Error {
  constructor(
    readonly reason: 'unsupported' | 'unreadable' | 'not-docx',
    readonly file: string,
    detail: string,
  ) {
    super(detail);
    this.name = 'DocumentError';
  }
}

/** The one place that reads a ward's document (.md, .txt, or a Word .docx through mammoth). */
export async function readDocument(file: string): Promise<{ format: DocumentFormat; blocks: Block[] }> {
  const format = DOCUMENT_FORMATS[extname(file).toLowerCase()];
  if (!format) throw new DocumentError('unsupported', file, extname(file) || '(no extension)');
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    throw new DocumentError('unreadable', file, (e as NodeJS.ErrnoException).code ?? String(e));
  }
  if (format === 'docx') {
    // Loaded only when needed: mammoth and jszip are large, and every other command starts without them.
    const mammoth = (await import('mammoth')).default;
    let html: string;
    try {
      html = (await mammoth.convertToHtml({ buffer: bytes })).value;
    } catch (e) {
      throw new DocumentError('not-docx', file, (e as Error).message);
    }
    return { format, blocks: htmlToBlocks(html) };
  }
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  return { format, blocks: format === 'md' ? markdownToBlocks(text) : textToBlocks(text) };
}
