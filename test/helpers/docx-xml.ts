import { readFileSync } from 'node:fs';
import JSZip from 'jszip';

/** The parts of a .docx the tests read: word/document.xml and word/styles.xml, as text. */
export async function docxParts(file: string): Promise<{ document: string; styles: string }> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const document = await zip.file('word/document.xml')!.async('string');
  const styles = await zip.file('word/styles.xml')!.async('string');
  return { document, styles };
}

const unescape = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The text of one <w:p>: its <w:t> runs joined. */
export const paragraphText = (p: string): string => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1]!)).join('');

/** Every paragraph of the body outside tables, in order. */
export function bodyParagraphs(xml: string): string[] {
  const body = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  return [...body.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => paragraphText(m[0]));
}

/** The tables, each as rows of cells, each cell its paragraphs' text joined by " / ". */
export function tables(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...t[1]!.matchAll(/<w:tr[ >]([\s\S]*?)<\/w:tr>/g)].map((r) =>
      [...r[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) =>
        [...c[1]!.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => paragraphText(p[0])).filter((x) => x !== '').join(' / '),
      ),
    ),
  );
}

/**
 * The whole document as text, for a golden file: paragraphs one a line, table rows as cells joined
 * by " | ", a "=== section ===" line where a section (page setup) ends.
 */
export function textDump(xml: string): string {
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(xml)![1]!;
  const out: string[] = [];
  const re = /<w:tbl>[\s\S]*?<\/w:tbl>|<w:p[ >][\s\S]*?<\/w:p>|<w:sectPr[ >][\s\S]*?<\/w:sectPr>/g;
  for (const m of body.matchAll(re)) {
    const part = m[0];
    if (part.startsWith('<w:tbl>')) {
      for (const row of tables(part)[0]!) out.push(`| ${row.join(' | ')} |`);
    } else if (part.startsWith('<w:sectPr')) {
      out.push(`=== ${/w:orient="landscape"/.test(part) ? 'landscape' : 'portrait'} section ===`);
    } else {
      const text = paragraphText(part);
      if (text !== '') out.push(text);
      if (/<w:sectPr[ >]/.test(part)) out.push(`=== ${/w:orient="landscape"/.test(part) ? 'landscape' : 'portrait'} section ===`);
    }
  }
  return `${out.join('\n')}\n`;
}
