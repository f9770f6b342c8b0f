import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { goldenIn } from '../helpers/golden.js';
import { docxParts, textDump } from '../helpers/docx-xml.js';

/**
 * A real term plan encoded by hand (test/term/son-lang: the targets of xã Sơn Lang for nhiệm kỳ
 * 2020-2025, from test/import/corpus/docs/son-lang-2020-2025.txt; its figures are illustrative):
 * it validates, and its status is pinned. UPDATE_GOLDEN=1 rewrites the goldens; read them before
 * committing.
 */
const PLAN = resolve(import.meta.dirname, 'son-lang');
const golden = goldenIn(resolve(import.meta.dirname, '../golden'));

describe('the Sơn Lang term plan (nhiệm kỳ 2020-2025)', () => {
  it('validates: no errors, the placeholders of the header the page does not give are the only warnings', async () => {
    const r = await runCli(['validate', '--format', 'json', '--as-of', '2023-12-14', PLAN], { cwd: PLAN });
    const out = JSON.parse(r.stdout) as { errors: unknown[]; warnings: { code: string }[] };
    expect(out.errors).toEqual([]);
    expect(out.warnings.map((w) => w.code)).toEqual(['placeholder', 'placeholder', 'placeholder', 'placeholder']);
    expect(r.code).toBe(0);
  });

  for (const [name, argv] of [
    ['term-son-lang-status-2023-12-14.table.txt', ['status', '--as-of', '2023-12-14']],
    ['term-son-lang-status-2023-12-14.json', ['status', '--as-of', '2023-12-14', '--format', 'json']],
    ['term-son-lang-status-2022.md', ['status', '--period', '2022', '--format', 'markdown']],
    ['term-son-lang-status-2023-12-14.csv', ['status', '--as-of', '2023-12-14', '--format', 'csv']],
    // The report of the whole term (sơ kết giữa nhiệm kỳ as of 14/12/2023): term targets over the
    // term, yearly ones year by year (2021-2023) under their row.
    ['term-son-lang-term-2023-12-14.table.txt', ['status', '--period', '2021-2025', '--as-of', '2023-12-14']],
    ['term-son-lang-term-2023-12-14.json', ['status', '--period', '2021-2025', '--as-of', '2023-12-14', '--format', 'json']],
    ['term-son-lang-term-2023-12-14.csv', ['status', '--period', '2021-2025', '--as-of', '2023-12-14', '--format', 'csv']],
    ['term-son-lang-term-2023-12-14.md', ['status', '--period', '2020-2025', '--as-of', '2023-12-14', '--format', 'markdown']],
  ] as const) {
    it(`plan ${argv.join(' ')} -> test/golden/${name}`, async () => {
      const r = await runCli([...argv, PLAN], { cwd: PLAN, columns: 120, env: { NO_COLOR: '1' } });
      expect(r.code).toBe(0);
      golden(name, r.stdout);
    });
  }

  describe('plan report of the whole term: the .docx, the .xlsx and the .html', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-term-'));
    const report = async (format: string) => {
      const r = await runCli(['report', PLAN, '--period', '2021-2025', '--as-of', '2023-12-14', '--format', format, '--out', join(dir, `r.${format}`), '--force'], { cwd: PLAN });
      expect(r.code).toBe(0);
      return join(dir, `r.${format}`);
    };

    it('the báo cáo -> test/golden/term-son-lang-report-term-2023-12-14.docx.txt', async () => {
      const { document } = await docxParts(await report('docx'));
      golden('term-son-lang-report-term-2023-12-14.docx.txt', textDump(document));
    });

    it('the .xlsx: each year a row of its own under its target, numbers as numbers', async () => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(await report('xlsx'));
      const rows: unknown[][] = [];
      book.worksheets[0]!.eachRow((r) => void rows.push((r.values as unknown[]).slice(1)));
      const at = rows.findIndex((r) => r[1] === 'Tỷ lệ người dân tham gia bảo hiểm y tế');
      expect(rows[at]!.slice(0, 4)).toEqual([10, 'Tỷ lệ người dân tham gia bảo hiểm y tế', '%', '≥ 90 (hằng năm)']);
      expect(rows[at]![9]).toBe('Không đạt');
      expect(rows.slice(at + 1, at + 4).map((r) => [r[1], r[5], r[9]])).toEqual([
        ['Năm 2021', 88.5, 'Không đạt'],
        ['Năm 2022', 91.2, 'Vượt'],
        ['Năm 2023', 92, 'Vượt'],
      ]);
    });

    it('the .html: the table holds the years, the window line says the whole term', async () => {
      const html = readFileSync(await report('html'), 'utf8');
      expect(html).toContain('Báo cáo cả nhiệm kỳ 2020-2025 (2021-2025): chỉ tiêu cả nhiệm kỳ tính đến năm 2025, chỉ tiêu hằng năm tính từng năm 2021-2023.');
      // Ten yearly targets (over: year, and the yearly average change of hộ nghèo), three years each.
      expect([...html.matchAll(/>Năm 202[123]</g)]).toHaveLength(30);
      expect(html).toContain('Đạt 2/3 năm; không đạt năm 2021');
    });
  });
});
