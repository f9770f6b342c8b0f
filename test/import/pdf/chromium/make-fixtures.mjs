// Makes the Chromium PDF fixtures of test/import/pdf-import.test.ts, as a ward gets a PDF from a portal
// page: each corpus text (test/import/corpus/docs) and the seed become an HTML page, one <p> per
// non-blank line ("#" headings bold, as make-docx.ts makes the Word file), set as portals set an article
// (Arial, 15 px, justified, 10 px after each paragraph), which headless Chromium prints to A4 with the
// header and footer a browser's "Print to PDF" adds: the date and the page's title above, its address
// and "1/2" below (a fixed date, so that the files do not change with the clock). A dev script: the PDFs
// are committed, and `npm test` needs neither Chromium nor this script. See README.md beside it.
//   apt-get install -y chromium fonts-liberation
//   node test/import/pdf/chromium/make-fixtures.mjs       (CHROMIUM=/path/to/chromium for another binary)
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const here = import.meta.dirname;
const root = resolve(here, '../../../..');
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`no Chromium at ${executablePath} (apt-get install -y chromium, or set CHROMIUM)`);
  process.exit(1);
}
const tmp = mkdtempSync(join(tmpdir(), 'plan-chromium-pdf-'));
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Each corpus document's page title and address, as its expected readings record them.
const pages = new Map();
for (const f of ['expected-communes.ts', 'expected-districts.ts']) {
  const text = readFileSync(join(root, 'test/import/corpus', f), 'utf8');
  for (const m of text.matchAll(/id: '([^']+)',\s*file: '[^']+',\s*title: '((?:[^'\\]|\\.)*)',\s*source:\s*'([^']+)'/g)) pages.set(m[1], { title: m[2].replace(/\\'/g, "'"), source: m[3] });
}

const paragraphsOf = (text) =>
  text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => (/^#{1,6}\s+/.test(l) ? { text: l.replace(/^#{1,6}\s+/, '').replace(/\*+/g, '').trimEnd(), bold: true } : { text: l.replace(/\*+/g, '').trimEnd() }));

const html = (title, paragraphs) => `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>
body { font-family: Arial, Helvetica, sans-serif; font-size: 15px; line-height: 1.5; color: #222; margin: 0; }
p { margin: 0 0 10px; text-align: justify; }
</style></head><body>
${paragraphs.map((p) => `<p>${p.bold ? `<strong>${esc(p.text)}</strong>` : esc(p.text)}</p>`).join('\n')}
</body></html>
`;

// Chromium's own header and footer, as its print dialog lays them out: date | title, address | page/pages.
// A long title or address is cut short with "…" on its one line, as Chromium's own are.
const band = (left, right) =>
  `<div style="font-family: Arial, sans-serif; font-size: 8px; width: 100%; margin: 0 10mm; display: flex; justify-content: space-between; gap: 10mm; white-space: nowrap;"><span style="overflow: hidden; text-overflow: ellipsis;">${left}</span><span style="overflow: hidden; text-overflow: ellipsis;">${right}</span></div>`;

const sources = [
  ...readdirSync(join(root, 'test/import/corpus/docs'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ name: f.replace(/\.txt$/, ''), file: join(root, 'test/import/corpus/docs', f) })),
  { name: 'seed', file: join(root, 'docs/seed/05-KH-UBND-2024.md') },
];
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  for (const { name, file } of sources) {
    // The seed is no portal's page: a title and an address of the same shape stand in.
    const known = pages.get(name);
    if (!known && name !== 'seed') throw new Error(`${name}: no title and source in the corpus readings`);
    const { title, source } = known ?? { title: 'Kế hoạch số 05/KH-UBND ngày 19/01/2024 - Phường 1', source: 'https://phuong1.example.gov.vn/van-ban/05-kh-ubnd-2024' };
    const at = join(tmp, `${name}.html`);
    writeFileSync(at, html(title, paragraphsOf(readFileSync(file, 'utf8'))));
    await page.goto(pathToFileURL(at).href);
    await page.pdf({
      path: join(here, `${name}.pdf`),
      format: 'A4',
      margin: { top: '15mm', bottom: '15mm', left: '10mm', right: '10mm' },
      displayHeaderFooter: true,
      headerTemplate: band('02/12/2026, 09:15', '<span class="title"></span>'),
      footerTemplate: band(esc(source), '<span class="pageNumber"></span>/<span class="totalPages"></span>'),
    });
  }
  console.log(`${sources.length} PDFs by ${await browser.version()} (playwright-core ${JSON.parse(readFileSync(join(root, 'node_modules/playwright-core/package.json'), 'utf8')).version})`);
} finally {
  await browser.close();
}
