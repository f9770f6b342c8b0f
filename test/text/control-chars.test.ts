import { describe, expect, it } from 'vitest';
import { csvCell } from '../../src/render/csv-cell.js';
import { markdownCell, markdownInline } from '../../src/render/markdown-cell.js';
import { terminalSafe } from '../../src/text/terminal-safe.js';

/**
 * Issue 9 items 6 and 7: one neutralisation (src/text/control-chars.ts) for every output. Table:
 * input → what each of terminal, CSV cell, markdown cell and markdown text must not contain raw.
 */
const ACTIVE: [name: string, text: string, raw: RegExp][] = [
  ['OSC title (ESC ] … BEL)', '\u001b]0;bị chiếm\u0007', /[\u001b\u0007]/],
  ['terminal reset (ESC c)', '\u001bc', /\u001b/],
  ['clear screen (ESC [2J)', '\u001b[2J', /\u001b/],
  ['C1 CSI (U+009B)', '\u009b31m đỏ', /\u009b/],
  ['DEL', 'a\u007fb', /\u007f/],
  ['RLO (U+202E)', 'hồ sơ\u202efdp.exe', /\u202e/],
  ['isolates (U+2066–2069)', '\u2066x\u2069', /[\u2066-\u2069]/],
  ['NUL', 'a\u0000b', /\u0000/],
];

describe('control characters never reach an output raw', () => {
  it.each(ACTIVE)('%s', (_name, text, raw) => {
    expect(terminalSafe(text)).not.toMatch(raw);
    expect(csvCell(text)).not.toMatch(raw);
    expect(markdownCell(text)).not.toMatch(raw);
    expect(markdownInline(text)).not.toMatch(raw);
  });

  it('they stay visible: ESC as ␛, BEL as ␇, C1 and bidi controls as �', () => {
    expect(terminalSafe('\u001b]0;x\u0007')).toBe('␛]0;x␇');
    expect(csvCell('\u009b31m')).toBe('\ufffd31m');
    expect(terminalSafe('a\u202eb')).toBe('a\ufffdb');
  });

  it.each([
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)>'],
    ['<script>alert(1)</script>', '&lt;script>alert(1)&lt;/script>'],
    ['a &amp; b', 'a &amp;amp; b'],
    ['< 11,16', '< 11,16'],
    ['GD&ĐT', 'GD&ĐT'],
  ])('markdown cells show HTML as text: %j → %j', (text, cell) => {
    expect(markdownCell(text)).toBe(cell);
  });

  it('markdown text outside tables escapes < and >', () => {
    expect(markdownInline('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert(1)\\>');
  });

  it('text without controls is unchanged', () => {
    for (const s of ['Tỷ lệ hộ nghèo', 'Phường 1', '93.5 %', 'a\tb']) {
      expect(terminalSafe(s)).toBe(s);
      expect(csvCell(s)).toBe(s);
    }
  });
});
