/**
 * The text layer of a PDF, page by page, read with pdfjs-dist (4.9, the last line that accepts Node 20).
 * This module is the only one that loads pdfjs: bin/build.mjs bundles it apart, as dist/pdf.cjs, which
 * the main bundle requires only when `plan import` reads a .pdf (read-document.ts). It returns the text
 * items as pdfjs gives them (string, position, size); pdf-layout.ts turns them into lines and paragraphs.
 */
import type { PdfPage, PdfTextItem } from './pdf-layout.js';

export class PdfReadError extends Error {
  constructor(
    readonly reason: 'encrypted' | 'broken' | 'too-many-pages' | 'too-much-text',
    detail: string,
  ) {
    super(detail);
    this.name = 'PdfReadError';
  }
}

interface Bounds {
  maxPages: number;
  /** What all the pages' text may add up to, in UTF-16 units. */
  maxChars: number;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loaded: Promise<PdfJs> | undefined;

/**
 * pdfjs in the main thread, its worker's code in the same process (pdfjs's "fake worker", which it uses
 * when `globalThis.pdfjsWorker` holds the worker module): no worker file to find, no thread to start.
 * While its modules load, pdfjs warns on console.log that it cannot polyfill what only rendering needs
 * (DOMMatrix, Path2D from @napi-rs/canvas, which plan does not ship); that would land in plan's stdout,
 * so console.log is held for the load, and only for it.
 */
function loadPdfJs(): Promise<PdfJs> {
  loaded ??= (async () => {
    const log = console.log;
    console.log = () => {};
    try {
      const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      console.log = log;
    }
  })();
  return loaded;
}

export async function readPdfTextLayer(bytes: Uint8Array, bounds: Bounds): Promise<PdfPage[]> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdfjs takes the buffer over (detaches it): give it a copy.
    data: new Uint8Array(bytes),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = (e as Error).name;
    if (name === 'PasswordException') throw new PdfReadError('encrypted', (e as Error).message);
    throw new PdfReadError('broken', (e as Error).message);
  }
  try {
    if (doc.numPages > bounds.maxPages) throw new PdfReadError('too-many-pages', `${doc.numPages}`);
    const pages: PdfPage[] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [, , width, height] = page.view;
      const content = await page.getTextContent({ disableNormalization: false });
      const items: PdfTextItem[] = [];
      for (const it of content.items) {
        if (!('str' in it) || it.str === '') continue;
        chars += it.str.length;
        if (chars > bounds.maxChars) throw new PdfReadError('too-much-text', `${chars}`);
        const [a, b, c, d, x, y] = it.transform as number[];
        items.push({ str: it.str, x: x!, y: y!, width: it.width, size: Math.hypot(c!, d!) || Math.hypot(a!, b!) || it.height, eol: it.hasEOL, font: it.fontName });
      }
      pages.push({ width: width!, height: height!, items });
      page.cleanup();
    }
    return pages;
  } catch (e) {
    if (e instanceof PdfReadError) throw e;
    throw new PdfReadError('broken', (e as Error).message);
  } finally {
    await doc.destroy();
  }
}
