/**
 * plan import of a .pdf (issue 13 item 4): the PDFs in test/import/pdf are the corpus texts and the seed
 * printed to PDF by two producers: LibreOffice from a Word file (pdf/make-fixtures.mjs), and headless
 * Chromium's "Print to PDF" of an HTML page, with a browser's header and footer (pdf/chromium/,
 * make-fixtures.mjs and README.md there). Each must give the importer the blocks the same Word file
 * gives it through mammoth, and so the same targets (count, comparison, figure, unit, direction) as the
 * original text. A scan (no text layer), an encrypted and a broken PDF are refused with exit 2 and a
 * message saying what to do.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/import/blocks.js';
import { draftFromBlocks } from '../../src/import/draft-document.js';
import { readDocument } from '../../src/import/read-document.js';
import { loadPlan } from '../../src/load/load-plan.js';
import { EXAMPLE_PLANS } from '../helpers/plan-fixture.js';
import { runCli } from '../helpers/cli.js';
import { CORPUS_DOCS } from './corpus/index.js';
import { scoreDraft } from './corpus/score.js';
import { makeDocx, markdownAsParagraphs } from './make-docx.js';

const PDFS = resolve(import.meta.dirname, 'pdf');
const SEED = resolve(import.meta.dirname, '../../docs/seed/05-KH-UBND-2024.md');
const tmp = mkdtempSync(join(tmpdir(), 'plan-pdf-'));
const options = { fallbackYear: { year: 2024, from: '--as-of' as const } };

/** The Word file make-fixtures.mjs printed to PDF: one paragraph per non-blank line, "#" headings bold. */
async function wordBlocksOf(source: string, name: string) {
  const file = join(tmp, `${name}.docx`);
  writeFileSync(file, await makeDocx(markdownAsParagraphs(readFileSync(source, 'utf8'))));
  return (await readDocument(file)).blocks;
}

/** Blocks with runs of spaces as one: a tab or two spaces typed in Word print as one gap. */
const spaced = (blocks: Block[]) => blocks.map((b) => ({ ...b, text: b.text.replace(/\s+/gu, ' ') }));

/** A block as typed: a bullet with its marker. */
const typed = (b: Block) => (b.kind === 'bullet' ? `${b.plus ? '+' : '-'} ${b.text}` : b.text);

/**
 * The Word paragraphs the PDF joined to the one before (their first words), when the PDF's blocks are
 * the Word file's with only such joins; otherwise the first block that differs, which fails the test.
 */
function joinsOf(pdf: Block[], word: Block[]): string[] {
  const joins: string[] = [];
  let w = 0;
  for (const b of pdf) {
    const first = word[w];
    if (!first || first.kind !== b.kind || first.level !== b.level || first.plus !== b.plus) return [...joins, `differs: ${b.kind} "${b.text.slice(0, 60)}"`];
    let text = first.text;
    w++;
    while (text !== b.text && word[w] && b.text.startsWith(`${text} ${typed(word[w]!)}`)) {
      joins.push(typed(word[w]!).split(' ').slice(0, 4).join(' '));
      text = `${text} ${typed(word[w]!)}`;
      w++;
    }
    if (text !== b.text) return [...joins, `differs: "${b.text.slice(0, 60)}"`];
  }
  return w === word.length ? joins : [...joins, `missing: "${word[w]!.text.slice(0, 60)}"`];
}

/**
 * Word paragraphs a PDF cannot tell from a wrapped line: the paragraph before ends so near the right
 * margin that the next one's first word would not have fitted there, in the same font and size, with no
 * space between. (The seed's copy has lines broken mid-sentence, "Thực hiện việc giải" / "quyết khiếu
 * nại": joining them is the better reading.)
 */
const LIBREOFFICE_JOINS: Record<string, string[]> = {
  'dong-thinh-2020': ['2. Sản lượng lương'],
  'chu-pah-2024': ['Các chỉ tiêu kinh'],
  seed: ['quyết khiếu nại, tố', 'các văn bản về', 'Trên cơ sở các', 'Nhân dân tham gia'],
};

/** Chromium sets space after every paragraph, which tells every one of them apart. */
const CHROMIUM_JOINS: Record<string, string[]> = {};

const PRODUCERS = [
  { producer: 'LibreOffice', dir: PDFS, joins: LIBREOFFICE_JOINS },
  { producer: 'Chromium', dir: join(PDFS, 'chromium'), joins: CHROMIUM_JOINS },
];

/** What the corpus scores per target: the kind of comparison, the figures, the unit, the direction. */
const readings = (targets: { comparison: unknown; unit: string; direction?: unknown }[]) => targets.map((t) => ({ comparison: t.comparison, unit: t.unit, direction: t.direction }));

describe.each(PRODUCERS)('plan import of a PDF with a text layer, made by $producer', ({ dir, joins }) => {
  const docs = [...CORPUS_DOCS.map((d) => ({ id: d.id, source: resolve(import.meta.dirname, 'corpus/docs', d.file), doc: d })), { id: 'seed', source: SEED, doc: undefined }];
  for (const { id, source, doc } of docs) {
    it(`${id}: the PDF gives the blocks of its Word file and the targets of the original`, async () => {
      const pdf = await readDocument(join(dir, `${id}.pdf`));
      expect(pdf.format).toBe('pdf');
      expect(joinsOf(spaced(pdf.blocks), spaced(await wordBlocksOf(source, id)))).toEqual(joins[id] ?? []);
      const fromPdf = draftFromBlocks(pdf.blocks, options);
      const original = draftFromBlocks((await readDocument(source)).blocks, options);
      expect(fromPdf.targets.length).toBe(original.targets.length);
      expect(readings(fromPdf.targets)).toEqual(readings(original.targets));
      if (doc) {
        const [a, b] = [scoreDraft(doc, fromPdf.targets, fromPdf.review.map((r) => r.reason)), scoreDraft(doc, original.targets, original.review.map((r) => r.reason))];
        expect({ right: a.right, wrong: a.wrong, missing: a.missing }).toEqual({ right: b.right, wrong: b.wrong, missing: b.missing });
      }
    }, 60_000);
  }

  it('the seed PDF imports to a plan that validates, with the targets of plans/2024, the PDF named in the review', async () => {
    const out = mkdtempSync(join(tmpdir(), 'plan-pdf-seed-'));
    const res = await runCli(['import', join(dir, 'seed.pdf'), '--out', 'plans/2024', '--as-of', '2024-07-01'], { cwd: out });
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/lớp chữ của tệp PDF \(\d+ trang\)/u);
    const plan = loadPlan(join(out, 'plans/2024'), out).plan!;
    const example = loadPlan(resolve(EXAMPLE_PLANS, '2024'), EXAMPLE_PLANS).plan!;
    const brief = (p: typeof plan) => p.targets.map((t) => ({ wording: t.wording, comparison: t.comparison.kind === 'assigned' ? { kind: 'assigned' } : t.comparison, unit: t.unit, direction: t.direction }));
    expect(brief(plan)).toEqual(brief(example));
    expect(plan.header.symbol).toBe('05/KH-UBND');
  }, 60_000);
});

describe('PDFs plan import refuses', () => {
  const refused = async (name: string, bytes?: Buffer) => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-pdf-refused-'));
    writeFileSync(join(dir, name), bytes ?? readFileSync(join(PDFS, name)));
    const res = await runCli(['import', name, '--out', 'plans/2024', '--as-of', '2024-07-01'], { cwd: dir });
    expect(res.code).toBe(2);
    expect(res.stderr).not.toMatch(/\n\s+at |TypeError|undefined/u);
    return res.stderr;
  };

  it('a scan (pictures, no text layer): it needs OCR or the original .docx', async () => {
    const err = await refused('scan.pdf');
    expect(err).toMatch(/scan\.pdf là tệp PDF không có lớp chữ \(bản chụp hoặc ảnh quét\)/u);
    expect(err).toMatch(/tệp gốc \.docx/u);
    expect(err).toMatch(/OCR/u);
  });

  it('a PDF locked with a password', async () => {
    const err = await refused('khoa.pdf');
    expect(err).toMatch(/khoa\.pdf là tệp PDF được khóa bằng mật khẩu/u);
    expect(err).toMatch(/tệp gốc \.docx/u);
  });

  it('a broken PDF (the seed cut in half) and a file that is no PDF at all', async () => {
    const seed = readFileSync(join(PDFS, 'seed.pdf'));
    expect(await refused('hong.pdf', seed.subarray(0, seed.length >> 1))).toMatch(/hong\.pdf không phải tệp PDF đọc được/u);
    expect(await refused('word.pdf', await makeDocx([{ text: 'Tỷ lệ hộ nghèo giảm 1%.' }]))).toMatch(/word\.pdf không phải tệp PDF đọc được/u);
  });
});
