import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

/** `plan record` on a term plan takes the dates of every year of the term, and not after it. */
function copy(): string {
  const root = mkdtempSync(join(tmpdir(), 'plan-term-'));
  const dir = join(root, 'plans', '2021-2025');
  cpSync(resolve(import.meta.dirname, 'son-lang'), dir, { recursive: true });
  return dir;
}

describe('plan record on a term plan', () => {
  it.each([
    // date → exit code, and what the progress file gains
    { date: '14/06/2022', code: 0, written: '- target: bhyt\n    date: 2022-06-14\n    value: 89.5' },
    { date: '14/06/2025', code: 0, written: '- target: bhyt\n    date: 2025-06-14\n    value: 89.5' },
    { date: '05/01/2026', code: 1, written: null },
  ])('--date $date', async ({ date, code, written }) => {
    const dir = copy();
    const before = readFileSync(join(dir, 'progress/so-lieu.yaml'), 'utf8');
    const r = await runCli(['record', 'bhyt', '89,5', '--date', date, '--as-of', '2026-02-01', '--plan', dir], { cwd: dir });
    const after = readFileSync(join(dir, 'progress/so-lieu.yaml'), 'utf8');
    expect(r.code === 0 ? 0 : 1).toBe(code);
    if (written === null) {
      expect(after).toBe(before);
      expect(r.stderr).toContain('nằm ngoài kỳ kế hoạch (01/01/2020 đến 31/12/2025)');
    } else {
      expect(after.startsWith(before)).toBe(true);
      expect(after.slice(before.length)).toContain(written);
    }
  });
});
