import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { withZipDates } from '../../src/render/zip/zip-dates.js';
import { runCli } from '../helpers/cli.js';
import { EXAMPLE_PLANS } from '../helpers/plan-fixture.js';

/**
 * Time is an input: the .docx and the .xlsx carry the report's date, never the clock's, so the same
 * plan and period give the same bytes (docx and exceljs stamped the clock into docProps/core.xml and
 * into every zip entry).
 */

/** Each zip entry's DOS date and time, from the central directory. */
function entryDates(bytes: Uint8Array): string[] {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (v.getUint32(end, true) !== 0x06054b50) end--;
  const out: string[] = [];
  let at = v.getUint32(end + 16, true);
  for (let i = 0; i < v.getUint16(end + 10, true); i++) {
    const time = v.getUint16(at + 12, true);
    const date = v.getUint16(at + 14, true);
    out.push(`${1980 + (date >> 9)}-${String((date >> 5) & 15).padStart(2, '0')}-${String(date & 31).padStart(2, '0')} ${time}`);
    at += 46 + v.getUint16(at + 28, true) + v.getUint16(at + 30, true) + v.getUint16(at + 32, true);
  }
  return out;
}

describe('plan report writes the same bytes for the same plan and period, whatever the clock says', () => {
  it.each(['docx', 'xlsx'])('.%s', { timeout: 60_000 }, async (format) => {
    const runs: Uint8Array[] = [];
    for (const clock of ['2026-12-02T09:00:00Z', '2031-07-15T23:59:58Z']) {
      vi.useFakeTimers({ now: new Date(clock), toFake: ['Date'] });
      try {
        const dir = mkdtempSync(join(tmpdir(), 'plan-repro-'));
        const r = await runCli(['report', join(EXAMPLE_PLANS, '2024'), '--period', '2024-H1', '--format', format, '--out', `bc.${format}`], { cwd: dir });
        expect(r.code, r.stderr).toBe(0);
        runs.push(new Uint8Array(readFileSync(join(dir, `bc.${format}`))));
      } finally {
        vi.useRealTimers();
      }
    }
    expect(Buffer.from(runs[0]!).equals(Buffer.from(runs[1]!))).toBe(true);
    expect(new Set(entryDates(runs[0]!))).toEqual(new Set(['2024-06-14 0']));
    expect(Buffer.from(runs[0]!).toString('latin1')).not.toContain('2026-12-02');
  });

  it('withZipDates leaves bytes that are not a zip as they are', () => {
    const text = new TextEncoder().encode('not a zip at all, just text of some length to scan');
    expect(withZipDates(text.slice(), '2024-06-14')).toEqual(text);
  });
});
