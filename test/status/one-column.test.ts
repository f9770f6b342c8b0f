import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/terminal/fit-columns.js';
import { oneColumnText } from '../../src/render/terminal/one-column.js';

// The terminal's widths before the one-column shortcut (src/render/terminal/fit-columns.ts at 5a00c42).
const ANSI = /\u001b\[[0-9;]*m/g;
const COMBINING = /\p{M}/u;
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;
function measuredWidth(line: string): number {
  let w = 0;
  for (const ch of line.replace(ANSI, '').normalize('NFC')) {
    if (COMBINING.test(ch)) continue;
    w += WIDE.test(ch) ? 2 : 1;
  }
  return w;
}

const BMP = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).filter((ch) => !/[\ud800-\udfff]/.test(ch));
const ONE_COLUMN = BMP.filter(oneColumnText);
// Characters next to the accepted ones, and those a plan's text may hold that take another width.
const OTHERS = ['\u001b', '\n', '\t', '\u007f', '\u0085', '\u0300', '\u0323', '\u0301', '\u200d', '\ufe0f', '\u20e3', '\u2028', '\u4e00', '\uac00', '©\ufe0f', '🙂', '\u1100', '\u1161'];

describe('one-column text: width = length, by both measures', () => {
  it('holds for each accepted character, alone and between letters', () => {
    expect(ONE_COLUMN.length).toBeGreaterThan(900);
    for (const ch of ONE_COLUMN) {
      expect([stringWidth(ch), stringWidth(`a${ch}b`), measuredWidth(ch), measuredWidth(`a${ch}b`)], ch.codePointAt(0)!.toString(16)).toEqual([1, 3, 1, 3]);
    }
  });

  it('turns away what is not', () => {
    for (const ch of OTHERS) expect(oneColumnText(`Tỷ lệ ${ch}`), JSON.stringify(ch)).toBe(false);
    expect(oneColumnText('Thu ngân sách Nhà nước ≥ 6.500 triệu đồng (104,5%) – “Đạt”…')).toBe(true);
  });

  it('random texts: the shortcut agrees with string-width and with the full measure', () => {
    const accepted = fc.constantFrom(...ONE_COLUMN);
    const any = fc.constantFrom(...ONE_COLUMN.slice(0, 200), ...OTHERS, 'ệ', 'ư', 'Đ', 'e\u0302\u0323');
    fc.assert(
      fc.property(fc.array(fc.oneof(accepted, any), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(displayWidth(text)).toBe(measuredWidth(text));
        if (oneColumnText(text)) expect(stringWidth(text)).toBe(text.length);
      }),
      { numRuns: 3000, seed: 20261202 },
    );
  });
});
