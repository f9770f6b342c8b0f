import { describe, expect, it, vi } from 'vitest';
import { LATIN_BLOCKS, LATIN_LETTERS, forText, narrowLetters } from '../../src/parse/letter-class.js';
import { CORPUS } from './phrase-corpus.js';

const inBlocks = (c: number) => c <= 0x024f || (c >= 0x1e00 && c <= 0x1eff);

describe('the Latin twin of \\p{L} (letter-class.ts)', () => {
  it('agrees with \\p{L} on every character of the Latin blocks, with and without the i flag, in and out of a class', () => {
    const cases: [string, string][] = [
      ['[\\p{L}\\d]', `[${LATIN_LETTERS}\\d]`],
      ['[\\p{L}]', `[${LATIN_LETTERS}]`],
      ['[^\\p{L}\\d]', `[^${LATIN_LETTERS}\\d]`],
      ['\\p{L}', `[${LATIN_LETTERS}]`],
    ];
    for (const flags of ['u', 'iu']) {
      for (const [wide, narrow] of cases) {
        expect(narrowLetters(wide)).toBe(narrow);
        const a = new RegExp(`^${wide}$`, flags);
        const b = new RegExp(`^${narrow}$`, flags);
        const differ: string[] = [];
        for (let c = 0; c <= 0x1eff; c++) {
          if (!inBlocks(c)) continue;
          const ch = String.fromCharCode(c);
          if (a.test(ch) !== b.test(ch)) differ.push(c.toString(16));
        }
        expect(differ, `${wide} /${flags}`).toEqual([]);
      }
    }
  });

  it('keeps the \\p{L} regex for text with any character outside the Latin blocks', () => {
    const re = /(?<![\p{L}\d])năm/u;
    expect(forText(re, 'hàng năm')).not.toBe(re);
    expect(forText(re, 'Ωnăm')).toBe(re);
    expect(forText(re, 'nă\u0300m')).toBe(re); // a combining mark (NFD)
    expect(forText(re, 'Ωnăm').test('Ωnăm')).toBe(false);
    expect(forText(re, 'αnăm').exec('αnăm')).toBeNull();
    expect(new RegExp(`^[${LATIN_BLOCKS}]+$`, 'u').test('Tỷ lệ hộ nghèo § 100%')).toBe(true);
  });

  it('leaves escapes other than \\p{L} alone', () => {
    expect(narrowLetters('\\[\\p{L}\\]')).toBe(`\\[[${LATIN_LETTERS}]\\]`);
    expect(narrowLetters('[\\]\\p{L}]')).toBe(`[\\]${LATIN_LETTERS}]`);
    expect(narrowLetters('\\p{Lu}')).toBe('\\p{Lu}');
  });

  it('the phrase parser reads every corpus sentence exactly as with \\p{L} everywhere', async () => {
    const sentences = [
      ...CORPUS.map((c) => c.text),
      'Tỷ lệ hộ nghèo giảm bình quân/năm: trên 10%',
      'Không còn hộ nghèo; duy trì 100% xã đạt chuẩn',
      'Thu ngân sách đạt và vượt chỉ tiêu được giao, phấn đấu tăng 5% so với năm 2023',
    ];
    const narrowed = await import('../../src/parse/target-phrase.js');
    vi.resetModules();
    vi.doMock('../../src/parse/letter-class.js', async (original) => ({
      ...(await original<typeof import('../../src/parse/letter-class.js')>()),
      forText: (re: RegExp) => re,
      testText: (re: RegExp, s: string) => re.test(s),
      execText: (re: RegExp, s: string) => re.exec(s),
    }));
    const wide = await import('../../src/parse/target-phrase.js');
    vi.doUnmock('../../src/parse/letter-class.js');
    expect(wide.parseTargetPhrase).not.toBe(narrowed.parseTargetPhrase);
    for (const s of sentences) expect(narrowed.parseTargetPhrase(s), s).toEqual(wide.parseTargetPhrase(s));
  });
});
