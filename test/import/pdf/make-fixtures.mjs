// Makes the PDF fixtures of test/import/pdf-import.test.ts, as a ward makes a PDF of its Word file:
// each corpus text (test/import/corpus/docs) and the seed become a .docx, one paragraph per line (blank
// lines dropped, "#" headings bold, as make-docx.ts does), which LibreOffice prints to PDF with Liberation
// Serif (metric-compatible with Times New Roman). scan.pdf is the seed's first page as a picture only,
// the way a scanner makes it: no text layer; khoa.pdf is one of them locked with a password.
//   apt-get install -y libreoffice-writer-nogui fonts-liberation poppler-utils img2pdf qpdf
//   node test/import/pdf/make-fixtures.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';

const here = import.meta.dirname;
const root = resolve(here, '../../..');
const tmp = mkdtempSync(join(tmpdir(), 'plan-pdf-fixtures-'));

async function docx(paragraphs) {
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = paragraphs.map((p) => `<w:p><w:r>${p.bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${esc(p.text)}</w:t></w:r></w:p>`).join('');
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701"/></w:sectPr></w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}

const paragraphsOf = (text) =>
  text.split('\n').filter((l) => l.trim() !== '').map((l) => (/^#{1,6}\s+/.test(l) ? { text: l.replace(/^#{1,6}\s+/, '').replace(/\*+/g, '').trimEnd(), bold: true } : { text: l.replace(/\*+/g, '').trimEnd() }));

const sources = [
  ...readdirSync(join(root, 'test/import/corpus/docs')).filter((f) => f.endsWith('.txt')).map((f) => [f.replace(/\.txt$/, ''), join(root, 'test/import/corpus/docs', f)]),
  ['seed', join(root, 'docs/seed/05-KH-UBND-2024.md')],
];
for (const [name, file] of sources) writeFileSync(join(tmp, `${name}.docx`), await docx(paragraphsOf(readFileSync(file, 'utf8'))));
execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', here, ...sources.map(([n]) => join(tmp, `${n}.docx`))], { stdio: 'inherit', env: { ...process.env, HOME: tmp } });

// The scan: page 1 of the seed's PDF as a grey picture at 60 dpi, wrapped in a PDF with no text.
execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '60', '-gray', '-png', join(here, 'seed.pdf'), join(tmp, 'scan')]);
const png = readdirSync(tmp).find((f) => f.startsWith('scan') && f.endsWith('.png'));
execFileSync('img2pdf', [join(tmp, png), '-o', join(tmp, 'scan.pdf')]);
renameSync(join(tmp, 'scan.pdf'), join(here, 'scan.pdf'));

// A PDF that opens only with a password (qpdf, AES-256): refused, not guessed at.
execFileSync('qpdf', ['--encrypt', 'mat-khau', 'mat-khau-chu', '256', '--', join(here, 'tan-hoa-2026.pdf'), join(here, 'khoa.pdf')]);
