import JSZip from 'jszip';

/** A run of a paragraph: its text, and the font (w:rFonts) or character style it is set in. */
export interface DocxRun {
  text: string;
  /** w:rFonts w:ascii and w:hAnsi both, as Word writes a font picked from its list. */
  font?: string;
  style?: string;
}

export interface DocxParagraph {
  text?: string;
  bold?: boolean;
  /** The paragraph's runs, in place of `text`. */
  runs?: DocxRun[];
  /** Its paragraph style (w:pStyle). */
  style?: string;
}

/**
 * A minimal Word document (.docx) with one paragraph per line, the way a ward types its plan: headings
 * are bold paragraphs, bullets are typed "- ". Built with jszip, which mammoth already depends on.
 * `styles`: the body of word/styles.xml (w:docDefaults and w:style elements), when the test needs one.
 */
export async function makeDocx(paragraphs: DocxParagraph[], compression: 'STORE' | 'DEFLATE' = 'STORE', styles?: string): Promise<Buffer> {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const run = (r: DocxRun, bold = false) => {
    const props = [
      ...(r.style ? [`<w:rStyle w:val="${esc(r.style)}"/>`] : []),
      ...(r.font ? [`<w:rFonts w:ascii="${esc(r.font)}" w:hAnsi="${esc(r.font)}"/>`] : []),
      ...(bold ? ['<w:b/>'] : []),
    ].join('');
    return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${esc(r.text)}</w:t></w:r>`;
  };
  const body = paragraphs
    .map((p) => `<w:p>${p.style ? `<w:pPr><w:pStyle w:val="${esc(p.style)}"/></w:pPr>` : ''}${(p.runs ?? [{ text: p.text ?? '' }]).map((r) => run(r, p.bold)).join('')}</w:p>`)
    .join('');
  const zip = new JSZip();
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>${styles ? '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' : ''}</Types>`,
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`);
  if (styles) {
    zip.file(
      'word/_rels/document.xml.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    );
    zip.file('word/styles.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}">${styles}</w:styles>`);
  }
  return zip.generateAsync({ type: 'nodebuffer', compression });
}

/** The seed's markdown as Word paragraphs: "#" headings become bold paragraphs, "**" is dropped. */
export function markdownAsParagraphs(md: string): { text: string; bold?: boolean }[] {
  return md
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const heading = /^#{1,6}\s+/.test(l);
      const text = l.replace(/^#{1,6}\s+/, '').replace(/\*+/g, '').trimEnd();
      return heading ? { text, bold: true } : { text };
    });
}
