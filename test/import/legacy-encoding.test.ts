/**
 * Documents in the legacy Vietnamese font encodings (issue 13 item 4): TCVN3 (ABC, .VnTime) and VNI
 * (VNI-Times) text is converted to Unicode (NFC), and the review says so; text mixing an encoding with
 * Unicode inside a paragraph is refused. The charts and the inverse conversions are the tests' own
 * (legacy/charts.ts), written from the standards apart from the module.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftFromBlocks } from '../../src/import/draft-document.js';
import { convertLegacyParagraphs, fromTcvn3, fromVni, legacyEncodingOf } from '../../src/import/legacy-encoding.js';
import { readDocument } from '../../src/import/read-document.js';
import { runCli } from '../helpers/cli.js';
import { CORPUS_DOCS } from './corpus/index.js';
import { LETTERS, TCVN3_CHART, toTcvn3, toVni, VNI_CHART, windows1252 } from './legacy/charts.js';
import { makeDocx, markdownAsParagraphs } from './make-docx.js';

const TCVN3 = 'Céng hßa x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc\n- Tû lÖ hé nghÌo cña x· n¨m 2024 gi¶m 1%.';
const VNI = 'COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM\nÑoäc laäp - Töï do - Haïnh phuùc\n- Tyû leä hoä ngheøo cuûa xaõ naêm 2024 giaûm 1%.';
const SEED_PATH = resolve(import.meta.dirname, '../../docs/seed/05-KH-UBND-2024.md');
const SEED = readFileSync(SEED_PATH, 'utf8');
const tmp = () => mkdtempSync(join(tmpdir(), 'plan-legacy-'));

describe('recognising a legacy encoding', () => {
  it.each([
    ['TCVN3', TCVN3, 'TCVN3 (ABC)'],
    ['VNI', VNI, 'VNI'],
    ['the seed (Unicode)', SEED, undefined],
    ['a Unicode text quoting one garbled word', `${SEED}\nChữ "cña" là lỗi phông TCVN3.`, undefined],
  ])('%s', (_, text, expected) => {
    expect(legacyEncodingOf(text)).toBe(expected);
  });
});

describe('the conversion tables: every letter with every tone, both cases, to NFC', () => {
  const nfc = (s: string) => s === s.normalize('NFC');

  it('TCVN3: every code of the chart, one by one', () => {
    expect(TCVN3_CHART).toHaveLength(74);
    for (const [code, letter] of TCVN3_CHART) {
      const got = fromTcvn3(String.fromCharCode(code));
      expect(got, `0x${code.toString(16)}`).toBe(letter);
      expect(nfc(got)).toBe(true);
    }
  });

  it('TCVN3: all 73 letters in lower case, and in capitals as a .VnTimeH word writes them ("N" + code + "N")', () => {
    const code = new Map(TCVN3_CHART.map(([c, l]) => [l, String.fromCharCode(c)]));
    for (const l of LETTERS) {
      const typed = code.get(l) ?? l;
      expect(fromTcvn3(`n${typed}n`), l).toBe(`n${l}n`);
      expect(fromTcvn3(`N${code.get(l.toUpperCase()) ?? (code.has(l) ? typed : l.toUpperCase())}N`), l.toUpperCase()).toBe(`N${l.toUpperCase()}N`);
    }
    // A toned capital in a word not all in capitals has no code: it stays lower case, as the file shows it.
    expect(fromTcvn3('ñy ban')).toBe('ủy ban');
  });

  it('VNI: all 73 letters in both cases, each alone and inside a word', () => {
    expect(Object.keys(VNI_CHART)).toHaveLength(146);
    for (const [letter, typed] of Object.entries(VNI_CHART)) {
      expect(fromVni(typed), letter).toBe(letter);
      expect(fromVni(`th${typed}ng`), letter).toBe(`th${letter}ng`);
      expect(nfc(fromVni(typed))).toBe(true);
    }
  });

  it('VNI pairs are read greedily: "ươ", "ườ" and "uô" come out whole', () => {
    expect(fromVni('ñöôïc')).toBe('được');
    expect(fromVni('tröôøng')).toBe('trường');
    expect(fromVni('cuoäc')).toBe('cuộc');
    expect(fromVni('Vieät Nam')).toBe('Việt Nam');
  });

  it('the motto and a target, as each encoding shows them', () => {
    expect(fromTcvn3(TCVN3)).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\n- Tỷ lệ hộ nghèo của xã năm 2024 giảm 1%.');
    expect(fromVni(VNI)).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n- Tỷ lệ hộ nghèo của xã năm 2024 giảm 1%.');
  });
});

describe('which paragraphs are converted', () => {
  it('paragraphs already in Unicode are kept; the others converted', () => {
    const { verdict, texts } = convertLegacyParagraphs(['KẾ HOẠCH năm 2024', ...TCVN3.split('\n')]);
    expect(verdict).toEqual({ kind: 'converted', encoding: 'TCVN3 (ABC)', converted: 3, keptUnicode: 1 });
    expect(texts[0]).toBe('KẾ HOẠCH năm 2024');
    expect(texts[3]).toBe('- Tỷ lệ hộ nghèo của xã năm 2024 giảm 1%.');
  });

  it('a paragraph holding Unicode and TCVN3 both, or a document holding both encodings, is mixed', () => {
    expect(convertLegacyParagraphs([...TCVN3.split('\n'), 'Tỷ lệ hộ nghèo cña x· giảm 1%']).verdict).toMatchObject({ kind: 'mixed', encoding: 'TCVN3 (ABC)' });
    expect(convertLegacyParagraphs([...TCVN3.split('\n'), ...VNI.split('\n')]).verdict.kind).toBe('mixed');
  });

  it('Unicode text is left as it is', () => {
    expect(convertLegacyParagraphs(SEED.split('\n')).verdict).toEqual({ kind: 'unicode' });
  });
});

/** What the corpus scores per target: kind of comparison and its figures, unit, direction. */
const readings = (targets: { comparison: unknown; unit: string; direction?: unknown }[]) => targets.map((t) => ({ comparison: t.comparison, unit: t.unit, direction: t.direction }));
const options = { fallbackYear: { year: 2024, from: '--as-of' as const } };

describe('real text in TCVN3 and VNI imports to the targets of the Unicode original', () => {
  const dir = tmp();
  for (const doc of CORPUS_DOCS) {
    it(`${doc.id}: as a TCVN3 .txt (Windows-1252 bytes) and a VNI .docx`, async () => {
      const source = readFileSync(resolve(import.meta.dirname, 'corpus/docs', doc.file), 'utf8');
      const original = draftFromBlocks((await readDocument(resolve(import.meta.dirname, 'corpus/docs', doc.file))).blocks, options);
      writeFileSync(join(dir, `${doc.id}.txt`), windows1252(toTcvn3(source)));
      writeFileSync(join(dir, `${doc.id}.docx`), await makeDocx(markdownAsParagraphs(toVni(source))));
      for (const [file, encoding] of [[`${doc.id}.txt`, 'TCVN3 (ABC)'], [`${doc.id}.docx`, 'VNI']] as const) {
        const read = await readDocument(join(dir, file));
        expect(read.review.map((r) => r.reason).join('\n')).toContain(`bảng mã cũ ${encoding}`);
        const draft = draftFromBlocks(read.blocks, options);
        expect(draft.targets.length, file).toBe(original.targets.length);
        expect(readings(draft.targets), file).toEqual(readings(original.targets));
      }
    });
  }
});

describe('plan import of a legacy document', () => {
  it('a VNI .docx of the seed imports to the seed plan, the conversion named in the review', async () => {
    const root = tmp();
    writeFileSync(join(root, 'ke-hoach.docx'), await makeDocx(markdownAsParagraphs(toVni(SEED))));
    const [vni, unicode] = await Promise.all([
      runCli(['import', 'ke-hoach.docx', '--dry-run', '--format', 'json', '--as-of', '2024-07-01'], { cwd: root }),
      runCli(['import', SEED_PATH, '--dry-run', '--format', 'json', '--as-of', '2024-07-01'], { cwd: root }),
    ]);
    expect(vni.code, vni.stderr).toBe(0);
    const [a, b] = [vni, unicode].map((r) => JSON.parse(r.stdout) as { draft: { plan: unknown; targets: unknown[] }; review: { field: string; reason: string }[] });
    expect(a!.draft.targets).toEqual(b!.draft.targets);
    expect(a!.draft.plan).toEqual(b!.draft.plan);
    expect(a!.review[0]).toMatchObject({ field: 'source', reason: expect.stringMatching(/bảng mã cũ VNI, không phải Unicode: plan đã chuyển \d+ đoạn sang Unicode/u) });
  });

  it('a TCVN3 .txt imports, and the text output says it was converted from TCVN3', async () => {
    const root = tmp();
    writeFileSync(join(root, 'ke-hoach.txt'), windows1252(TCVN3));
    const res = await runCli(['import', 'ke-hoach.txt', '--out', 'plans/2024', '--as-of', '2024-07-01'], { cwd: root });
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/bảng mã cũ TCVN3 \(ABC\), không phải Unicode: plan đã chuyển 3 đoạn sang Unicode/u);
    expect(readFileSync(join(root, 'plans/2024/targets.yaml'), 'utf8')).toContain('Tỷ lệ hộ nghèo của xã năm 2024 giảm 1%.');
  });

  it('a .txt that is neither UTF-8 nor a legacy encoding is read as Windows-1252, and the review says so', async () => {
    const root = tmp();
    writeFileSync(join(root, 'plan.txt'), windows1252('KE HOACH nam 2024 (ban dich)\n- Ty le ho ngheo giam con 0,8%. Café'));
    const read = await readDocument(join(root, 'plan.txt'));
    expect(read.blocks.at(-1)!.text).toBe('Ty le ho ngheo giam con 0,8%. Café');
    expect(read.review.map((r) => r.reason)).toEqual([expect.stringMatching(/không phải UTF-8: plan đọc theo bảng mã Windows-1252/u)]);
  });

  it('a paragraph mixing Unicode and TCVN3 is refused, naming the encoding and the way out, exit 2, nothing written', async () => {
    const root = tmp();
    writeFileSync(join(root, 'ke-hoach.txt'), `${TCVN3}\n- Tỷ lệ hộ cận nghèo cña x· giảm 2%.`);
    const res = await runCli(['import', 'ke-hoach.txt', '--out', 'plans/2024', '--as-of', '2024-07-01'], { cwd: root });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/trộn chữ Unicode với chữ gõ bảng mã cũ TCVN3 \(ABC\) trong cùng một đoạn \("Tỷ lệ hộ cận nghèo cña/u);
    expect(res.stderr).toMatch(/Unikey/u);
    expect(res.stderr).not.toMatch(/at .*\.ts:\d+/u);
  });
});
