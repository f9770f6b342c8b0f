import JSZip from 'jszip';

/**
 * A minimal Word document (.docx) with one paragraph per line, the way a ward types its plan: headings
 * are bold paragraphs, bullets are typed "- ". Built with jszip, which mammoth already depends on.
 */
export async function makeDocx(paragraphs: { text: string; bold?: boolean }[], compression: 'STORE' | 'DEFLATE' = 'STORE'): Promise<Buffer> {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = paragraphs
    .map((p) => `<w:p><w:r>${p.bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${esc(p.text)}</w:t></w:r></w:p>`)
    .join('');
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
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
