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
import { convertLegacyParagraphs, convertTcvn3, fromTcvn3, fromVni, legacyEncodingOf, markCapitals } from '../../src/import/legacy-encoding.js';
import { readDocument } from '../../src/import/read-document.js';
import { runCli } from '../helpers/cli.js';
import { CORPUS_DOCS } from './corpus/index.js';
import { LETTERS, TCVN3_CHART, toTcvn3, toVni, VNI_CHART, windows1252 } from './legacy/charts.js';
import { makeDocx, markdownAsParagraphs, type DocxParagraph } from './make-docx.js';

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
      // Alone, a toned code would start a paragraph, where the font lost makes it a guessed capital.
      const got = convertTcvn3(String.fromCharCode(code), { guessCapitals: false }).text;
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
    // A toned capital in a word not all in capitals has no code: inside a sentence it stays lower case, as the file shows it.
    expect(fromTcvn3('giao cho ñy ban')).toBe('giao cho ủy ban');
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
    expect(verdict).toEqual({ kind: 'converted', encoding: 'TCVN3 (ABC)', converted: 3, keptUnicode: 1, capitalRuns: 0, guessed: [] });
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

/**
 * TCVN3 has no code for a toned capital: typists set the lower-case code in a capitals font
 * (".VnTimeH"). Where the font is lost (plain text, a PDF) a toned lower-case word starting a sentence,
 * a paragraph or a numbered item is guessed to be a capital, and listed; inside a sentence it cannot
 * be told and stays lower case. Each row: typed, as read with the font lost, the guesses, as read
 * when the file's fonts are known and none of these letters is in a capitals font.
 */
describe('TCVN3 toned capitals, the font lost: guessed at a sentence start, and listed', () => {
  it.each([
    ['a paragraph starting "Ủy ban"', 'ñy ban nh©n d©n x· chØ ®¹o', 'Ủy ban nhân dân xã chỉ đạo', ['Ủy ban nhân dân'], 'ủy ban nhân dân xã chỉ đạo'],
    ['after a full stop', 'Hoµn thµnh kÕ ho¹ch. ñy ban x· chØ ®¹o.', 'Hoàn thành kế hoạch. Ủy ban xã chỉ đạo.', ['Ủy ban xã chỉ'], 'Hoàn thành kế hoạch. ủy ban xã chỉ đạo.'],
    ['after a list number "1."', '1. ñy ban x·', '1. Ủy ban xã', ['Ủy ban xã'], '1. ủy ban xã'],
    ['after "2)"', '2) ë c¸c th«n', '2) Ở các thôn', ['Ở các thôn'], '2) ở các thôn'],
    ['numbered items inside a sentence "(1) … (2) …"', 'VÒ kinh tÕ: (1) ¸p dông khoa häc; (2) øng dông c«ng nghÖ', 'Về kinh tế: (1) Áp dụng khoa học; (2) Ứng dụng công nghệ', ['Áp dụng khoa học', 'Ứng dụng công nghệ'], 'Về kinh tế: (1) áp dụng khoa học; (2) ứng dụng công nghệ'],
    ['after a bullet at the line start', '- ¦u tiªn; - ë th«n', '- Ưu tiên; - ở thôn', [], '- Ưu tiên; - ở thôn'],
    ['a one-letter word', 'ë', 'Ở', ['Ở'], 'ở'],
    ['inside a sentence: lost, not guessed', 'Giao cho ñy ban x·', 'Giao cho ủy ban xã', [], 'Giao cho ủy ban xã'],
    ['after a colon: not a sentence start', 'Chñ tr×: ñy ban x·', 'Chủ trì: ủy ban xã', [], 'Chủ trì: ủy ban xã'],
    ['"đ" has a capital code: typed lower case on purpose', '®¹t 100%', 'đạt 100%', [], 'đạt 100%'],
    ['"Ư" has a capital code', 'a) ¦u tiªn', 'a) Ưu tiên', [], 'a) Ưu tiên'],
    ['a plain capital then codes', 'Tû lÖ hé nghÌo', 'Tỷ lệ hộ nghèo', [], 'Tỷ lệ hộ nghèo'],
    ['a word all in capitals: capitals, no guess', 'ñY BAN NH¢N D¢N', 'ỦY BAN NHÂN DÂN', [], 'ỦY BAN NHÂN DÂN'],
    ['a one-capital word beside a capitals word', 'X· HéI', 'XÃ HỘI', [], 'XÃ HỘI'],
    ['beside an abbreviation, not a capitals word', 'H§ND ®· th«ng qua', 'HĐND đã thông qua', [], 'HĐND đã thông qua'],
    ['beside a Roman numeral', 'II. VÒ v¨n hãa', 'II. Về văn hóa', [], 'II. Về văn hóa'],
    ['beside a symbol', 'Sè: 05/KH-UBND', 'Số: 05/KH-UBND', [], 'Số: 05/KH-UBND'],
  ])('%s', (_, typed, lost, guessed, known) => {
    expect(convertTcvn3(typed, { guessCapitals: true })).toEqual({ text: lost, guessed });
    expect(fromTcvn3(typed)).toBe(lost);
    expect(convertTcvn3(typed, { guessCapitals: false })).toEqual({ text: known, guessed: [] });
  });

  it('letters marked as set in a capitals font are capitals, whatever the rest of the word', () => {
    expect(convertTcvn3(`${markCapitals('ñ')}y ban`, { guessCapitals: false }).text).toBe('Ủy ban');
    expect(convertTcvn3(`${markCapitals('ñy ban nh©n d©n')} x·`, { guessCapitals: false }).text).toBe('ỦY BAN NHÂN DÂN xã');
    // Digits, spaces and punctuation are not marked: a bullet or a number stays what it is.
    expect(markCapitals('- 1. ñy')).toMatch(/^- 1\. [^ -~]+$/u);
  });

  it('the guesses are listed by paragraph; a known font guesses nothing', () => {
    const paragraphs = ['Céng hßa x· héi chñ nghÜa ViÖt Nam', 'ñy ban nh©n d©n x· thùc hiÖn.', 'Giao cho ñy ban x·. ë c¸c th«n'];
    expect(convertLegacyParagraphs(paragraphs).verdict).toMatchObject({ guessed: [{ paragraph: 2, text: 'Ủy ban nhân dân' }, { paragraph: 3, text: 'Ở các thôn' }] });
    const known = convertLegacyParagraphs(paragraphs, { fontsKnown: true });
    expect(known.verdict).toMatchObject({ guessed: [], capitalRuns: 0 });
    expect(known.texts[1]).toBe('ủy ban nhân dân xã thực hiện.');
  });

  it('every corpus document and the seed, through TCVN3, come back word for word but one toned capital inside a sentence', async () => {
    const differ: string[] = [];
    let guessed = 0;
    for (const file of [...CORPUS_DOCS.map((d) => resolve(import.meta.dirname, 'corpus/docs', d.file)), SEED_PATH]) {
      const original = (await readDocument(file)).blocks.map((b) => b.text);
      const { verdict, texts } = convertLegacyParagraphs(original.map(toTcvn3));
      if (verdict.kind === 'converted') guessed += verdict.guessed.length;
      texts.forEach((t, i) => {
        const [a, b] = [original[i]!.split(' '), t.split(' ')];
        a.forEach((w, k) => w !== b[k] && differ.push(`${w} -> ${b[k]} (${original[i]!.split(' ').slice(Math.max(0, k - 2), k + 2).join(' ')})`));
      });
    }
    // No sentence of the corpus starts with a toned capital, so nothing is guessed, and nothing wrongly.
    expect(guessed).toBe(0);
    expect(differ).toEqual(['Ủy -> ủy (Đề nghị Ủy ban)']);
  });
});

describe('TCVN3 toned capitals in a .docx: the font of each run decides', () => {
  const MOTTO: DocxParagraph = { runs: [{ text: 'Céng hßa x· héi chñ nghÜa ViÖt Nam', font: '.VnTime' }] };
  const STYLES =
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:rPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="TieuDe"><w:name w:val="Tieu de"/><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:hAnsi=".VnTimeH"/><w:b/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="TieuDe2"><w:name w:val="Tieu de 2"/><w:basedOn w:val="TieuDe"/></w:style>' +
    '<w:style w:type="character" w:styleId="ChuHoa"><w:name w:val="Chu hoa"/><w:rPr><w:rFonts w:ascii=".VnArialH" w:hAnsi=".VnArialH"/></w:rPr></w:style>';
  const CAPITALS_NORMAL = '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:rFonts w:ascii=".VnTimeH" w:hAnsi=".VnTimeH"/></w:rPr></w:style>';
  const dir = tmp();
  it.each<[string, DocxParagraph, string | undefined, string]>([
    ['a run in .VnTimeH', { runs: [{ text: 'ñy ban nh©n d©n', font: '.VnTimeH' }] }, undefined, 'ỦY BAN NHÂN DÂN'],
    ['only the first letter in .VnTimeH', { runs: [{ text: 'ñ', font: '.VnTimeH' }, { text: 'y ban nh©n d©n x· thùc hiÖn', font: '.VnTime' }] }, undefined, 'Ủy ban nhân dân xã thực hiện'],
    ['a run in .VnArialH', { runs: [{ text: 'kÕ ho¹ch', font: '.VnArialH' }] }, undefined, 'KẾ HOẠCH'],
    ['a run in .VnArial NarrowH', { runs: [{ text: 'kÕ ho¹ch', font: '.VnArial NarrowH' }] }, undefined, 'KẾ HOẠCH'],
    ['a run in .VnTime: lower case, as Word shows it, not guessed', { runs: [{ text: 'ñy ban nh©n d©n', font: '.VnTime' }] }, undefined, 'ủy ban nhân dân'],
    ['a paragraph style in .VnTimeH (w:hAnsi)', { style: 'TieuDe', runs: [{ text: 'kÕ ho¹ch ph¸t triÓn' }] }, STYLES, 'KẾ HOẠCH PHÁT TRIỂN'],
    ['a style based on one in .VnTimeH', { style: 'TieuDe2', runs: [{ text: 'kÕ ho¹ch' }] }, STYLES, 'KẾ HOẠCH'],
    ['a character style in .VnArialH', { runs: [{ text: 'ñ', style: 'ChuHoa' }, { text: 'y ban x·' }] }, STYLES, 'Ủy ban xã'],
    ['the run\'s own font over its style\'s', { style: 'TieuDe', runs: [{ text: 'ñy ban x·', font: '.VnTime' }] }, STYLES, 'ủy ban xã'],
    ['no style: the document defaults (.VnTime)', { runs: [{ text: 'ñy ban x·' }] }, STYLES, 'ủy ban xã'],
    ['no style: the default paragraph style in .VnTimeH', { runs: [{ text: 'ñy ban x·' }] }, CAPITALS_NORMAL, 'ỦY BAN XÃ'],
    ['no font named anywhere: the font is lost, so guessed', { runs: [{ text: 'ñy ban nh©n d©n x·' }] }, undefined, 'Ủy ban nhân dân xã'],
  ])('%s', async (name, paragraph, styles, expected) => {
    const file = join(dir, `${name.replace(/[^a-z]+/giu, '-')}.docx`);
    // With no font named anywhere, the motto too is in no font.
    writeFileSync(file, await makeDocx([/no font/u.test(name) ? { text: MOTTO.runs![0]!.text } : MOTTO, paragraph], 'STORE', styles));
    const read = await readDocument(file);
    expect(read.blocks.map((b) => b.text)).toEqual(['Cộng hòa xã hội chủ nghĩa Việt Nam', expected]);
    const review = read.review.map((r) => r.reason).join('\n');
    if (/no font/u.test(name)) expect(review).toMatch(/Giả định chữ hoa: 1 chữ có dấu ở đầu câu.*"Ủy ban nhân dân" \(đoạn 2\)/u);
    else expect(review).not.toMatch(/Giả định chữ hoa/u);
  });

  it('the review says the capitals fonts were read', async () => {
    const file = join(dir, 'hoa.docx');
    writeFileSync(file, await makeDocx([MOTTO, { runs: [{ text: 'ñy ban nh©n d©n', font: '.VnTimeH' }] }]));
    expect((await readDocument(file)).review.map((r) => r.reason).join('\n')).toMatch(/Chữ gõ phông chữ hoa \(\.VnTimeH, \.VnArialH\.\.\.\) ở 1 đoạn được viết hoa theo phông/u);
  });

  it('a Unicode document with a run in a font named ".VnTimeH" keeps its text as typed', async () => {
    const file = join(dir, 'unicode.docx');
    writeFileSync(file, await makeDocx([{ text: 'KẾ HOẠCH' }, { runs: [{ text: 'Phát triển kinh tế - xã hội năm 2024', font: '.VnTimeH' }] }]));
    expect((await readDocument(file)).blocks.map((b) => b.text)).toEqual(['KẾ HOẠCH', 'Phát triển kinh tế - xã hội năm 2024']);
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

  it('a TCVN3 .txt whose target starts with a toned capital: guessed, and plan import lists the guess', async () => {
    const root = tmp();
    writeFileSync(join(root, 'ke-hoach.txt'), windows1252(`${TCVN3}\n- ¦íc tÝnh d©n sè trung b×nh 7.129 ng­êi.\n- ë c¸c th«n, tû lÖ hé nghÌo gi¶m 1%.`));
    const res = await runCli(['import', 'ke-hoach.txt', '--out', 'plans/2024', '--as-of', '2024-07-01'], { cwd: root });
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/Giả định chữ hoa: 1 chữ có dấu ở đầu câu, đầu đoạn hoặc sau số thứ tự được viết hoa .*"Ở các thôn" \(đoạn 5\)/u);
    expect(readFileSync(join(root, 'plans/2024/targets.yaml'), 'utf8')).toContain('Ở các thôn, tỷ lệ hộ nghèo giảm 1%.');
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
