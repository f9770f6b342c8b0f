/**
 * A bound on what a PDF's compressed streams inflate to, checked before pdfjs opens it (the PDF
 * counterpart of zip-bound.ts): a content stream of a few hundred kilobytes can inflate to gigabytes,
 * and pdfjs would hold all of it. Every Flate stream that reading the text needs (page contents, object
 * streams, fonts: all but images, which the text layer never decodes) is inflated with an output cap
 * against one budget for the whole file. Streams that do not inflate (encrypted, damaged, other
 * filters) are left to pdfjs. Pure: bytes in, a verdict out.
 */
import { constants, inflateSync } from 'node:zlib';

export type PdfVerdict = { ok: true; inflated: number } | { ok: false; reason: 'bomb' | 'not-pdf' };

const STREAM = Buffer.from('stream');
const ENDSTREAM = Buffer.from('endstream');

export function checkPdfBound(pdf: Buffer, maxInflated: number): PdfVerdict {
  // "%PDF-" within the first kilobyte, as readers allow.
  if (pdf.subarray(0, 1024).indexOf('%PDF-') < 0) return { ok: false, reason: 'not-pdf' };
  let budget = maxInflated;
  let at = 0;
  for (;;) {
    const s = pdf.indexOf(STREAM, at);
    if (s < 0) break;
    // The keyword is followed by an end of line (CRLF or LF); "stream" inside other text is not it.
    let data = s + STREAM.length;
    if (pdf[data] === 0x0d) data++;
    if (pdf[data] === 0x0a) data++;
    else if (pdf[data - 1] !== 0x0d) {
      at = s + STREAM.length;
      continue;
    }
    const end = pdf.indexOf(ENDSTREAM, data);
    const stop = end < 0 ? pdf.length : end;
    const dict = pdf.subarray(Math.max(0, s - 2048), s).toString('latin1');
    const own = dict.slice(dict.lastIndexOf(' obj') + 1);
    if (/\/FlateDecode/u.test(own) && !/\/Subtype\s*\/Image/u.test(own)) {
      try {
        const out = inflateSync(pdf.subarray(data, stop), { maxOutputLength: Math.max(1, budget), finishFlush: constants.Z_SYNC_FLUSH });
        budget -= out.length;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) return { ok: false, reason: 'bomb' };
        // Not a zlib stream we can read (encrypted, damaged): pdfjs decides.
      }
      if (budget <= 0) return { ok: false, reason: 'bomb' };
    }
    at = end < 0 ? pdf.length : end + ENDSTREAM.length;
  }
  return { ok: true, inflated: maxInflated - budget };
}
