import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/load/parse-yaml.js';
import type { ProgressEntry } from '../../src/model/progress-entry.js';
import { newFileText, spliceEntry } from '../../src/write/append-entry.js';

/**
 * Issue 9 item 3: every string `plan record` writes (--note, --source, --by) reads back exactly,
 * by the fast and the slow reader, and leaves the file valid: tabs, control characters, YAML
 * syntax, quotes, line breaks of every kind, arbitrary Unicode.
 */

const EXISTING = '# Số liệu tiến độ của chỉ tiêu bhyt\nentries:\n  - target: bhyt\n    date: 2024-01-14\n    value: 91.8\n';

const nasty = fc.constantFrom(
  '\t', 'a\tb', '\r', '\n', '\r\n', '\u0085', '\u2028', '\u2029', '\ufeff', '\u0000', '\u001b[2J', '\u009b', '\u007f', '\u202e',
  '#', ' #', ': ', '- ', '"', "'", '\\', '---', '...', '&a', '*a', '!tag', '%YAML', '@', '`', '{', '}', '[', ']', ',', '|', '>',
  'true', 'null', '~', '010', '0x1F', '1e3', '.nan', ' ', '  lề  ', 'Tổ BHXH', 'ñ', '😀', 'e\u0301',
);
const piece = fc.oneof(nasty, fc.string({ unit: 'grapheme', maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 }));
const text = fc.array(piece, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('').normalize('NFC')).filter((s) => s.length > 0);

function lastEntry(fileText: string, fast: boolean): { entry: unknown; problems: string[] } {
  const parsed = parseSource(fileText, 'progress/bhyt.yaml', '/p/progress/bhyt.yaml', { fast });
  const data = parsed.data as { entries?: unknown[] } | undefined;
  return { entry: data?.entries?.at(-1), problems: parsed.diagnostics.map((d) => `${d.code} ${d.location.line}:${d.location.column}`) };
}

describe('strings written by record round-trip exactly', () => {
  it('note, source and by: appended and in a new file, read back the same by both readers', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(text, text, text, (note, source, by) => {
        const entry: ProgressEntry = { target: 'bhyt', date: '2024-06-14', value: 93.5, source, by, note };
        for (const fileText of [spliceEntry(EXISTING, entry).text, newFileText(entry)]) {
          for (const fast of [true, false]) {
            const got = lastEntry(fileText, fast);
            expect(got.problems).toEqual([]);
            expect(got.entry).toEqual(entry);
          }
          expect(fileText.includes('\t')).toBe(false);
        }
      }),
      { numRuns: 120, seed: 9 },
    );
  });

  it.each(['a\tb', 'Tổ\t1', '\u0085', 'x\u2028y', '\u001b]0;title\u0007', '\u009b31m'])('%j is written escaped and reads back', (s) => {
    const entry: ProgressEntry = { target: 'bhyt', date: '2024-06-14', value: 1, note: s };
    const out = spliceEntry(EXISTING, entry).text;
    expect(lastEntry(out, false)).toEqual({ entry, problems: [] });
    expect(lastEntry(out, true)).toEqual({ entry, problems: [] });
  });
});
