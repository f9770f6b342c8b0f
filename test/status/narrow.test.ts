import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/terminal/fit-columns.js';
import { runCli } from '../helpers/cli.js';
import { EXAMPLE_PLANS } from '../helpers/plan-fixture.js';

/**
 * `plan status` on terminals of 60 to 160 columns: every line fits, the target names keep 24
 * columns, and columns are left out in a fixed order (last year, note, pace, variance, unit, ratio) with a line
 * saying which, rather than squeezing the names.
 */
const REPO = resolve(EXAMPLE_PLANS, '..');
const HEADERS = ['TT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện', 'Chênh lệch', 'Tỷ lệ KH (%)', 'Cùng kỳ (%)', 'Tiến độ', 'Đánh giá', 'Ghi chú'];

/** The header cells of the first table, each cell's lines joined (wrapped headers read whole). */
function headers(out: string): string[] {
  const lines = out.split('\n');
  const top = lines.findIndex((l) => l.startsWith('┌'));
  const rule = lines.findIndex((l, i) => i > top && l.startsWith('├'));
  const rows = lines.slice(top + 1, rule).map((l) => l.split('│').slice(1, -1).map((c) => c.trim()));
  return rows[0]!.map((_, i) => rows.map((r) => r[i]).filter((c) => c !== '').join(' '));
}

/** Widths of the first table's columns, borders excluded, from its top border. */
const widths = (out: string): number[] => out.split('\n').find((l) => l.startsWith('┌'))!.slice(1, -1).split('┬').map(displayWidth);

describe('plan status on narrow terminals', () => {
  const cases: [number, string[]][] = [
    [160, []],
    [120, []],
    [100, []],
    [80, ['Cùng kỳ (%)', 'Ghi chú', 'Tiến độ']],
    [60, ['Cùng kỳ (%)', 'Ghi chú', 'Tiến độ', 'Chênh lệch', 'ĐVT', 'Tỷ lệ KH (%)']],
  ];
  for (const [columns, dropped] of cases) {
    it(`${columns} columns: ${dropped.length === 0 ? 'every column' : `without ${dropped.join(', ')}`}`, { timeout: 30_000 }, async () => {
      const r = await runCli(['status', '--period', '2024-H1', '--field', 'Kinh tế'], { cwd: REPO, columns });
      expect(r.code).toBe(0);
      for (const line of r.stdout.trimEnd().split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(columns);
      expect(headers(r.stdout)).toEqual(HEADERS.filter((h) => !dropped.includes(h)));
      expect(widths(r.stdout)[1]).toBeGreaterThanOrEqual(24);
      const note = r.stdout.split('\n').findIndex((l) => l.startsWith('Màn hình hẹp'));
      if (dropped.length === 0) expect(note).toBe(-1);
      else {
        const text = r.stdout.split('\n').slice(note, note + 3).join(' ');
        expect(text).toContain(dropped.map((d) => `"${d}"`).join(', '));
      }
      // The pointer to the full list keeps the date and the filter.
      expect(r.stdout.replace(/\s+/g, ' ')).toContain('plan overdue --as-of 2024-06-14 --field "Kinh tế"');
    });
  }

  it('plan overdue at 60 columns leaves out the last check-in, the kind, then the due date', { timeout: 30_000 }, async () => {
    const r = await runCli(['overdue', '--as-of', '2024-06-14'], { cwd: REPO, columns: 60 });
    for (const line of r.stdout.trimEnd().split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(60);
    expect(headers(r.stdout)).toEqual(['Mã', 'Nhiệm vụ', 'Trễ (ngày)', 'Kỳ chưa báo cáo']);
    expect(widths(r.stdout)[1]).toBeGreaterThanOrEqual(24);
  });
});
