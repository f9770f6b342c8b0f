import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateWardList } from '../bench/generate.mjs';
import { runCli } from '../helpers/cli.js';
import { docxParts, tables } from '../helpers/docx-xml.js';

/**
 * `plan report wards/` over two synthetic wards (Phường 2 and Phường 10, from the benchmark's
 * generator) in all three formats.
 */
let root = '';

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'plan-report-rollup-'));
  generateWardList(root, [1, 9]);
});

const run = (argv: string[]) => runCli(['report', 'wards', '--period', '2024-H1', ...argv], { cwd: root });

describe('a rollup of two wards', { timeout: 120_000 }, () => {
  it('docx: one báo cáo per ward in a folder, each with its own header', async () => {
    const r = await run(['--format', 'docx']);
    expect(r.code).toBe(0);
    const folder = join(root, 'bao-cao-2024-H1');
    const files = readdirSync(folder).sort();
    expect(files).toHaveLength(2);
    const issuers = [];
    for (const f of files) issuers.push(tables((await docxParts(join(folder, f))).document)[0]![0]![0]);
    expect(issuers.sort()).toEqual(['ỦY BAN NHÂN DÂN PHƯỜNG 10', 'ỦY BAN NHÂN DÂN PHƯỜNG 2']);
    // Run again: the files are there, so it refuses, and writes none.
    const again = await run(['--format', 'docx']);
    expect(again.code).toBe(2);
  });

  it('xlsx: a summary sheet (a row per ward) and a sheet per ward, the same figures in both', async () => {
    const r = await run(['--format', 'xlsx', '--out', 'tong-hop.xlsx']);
    expect(r.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(root, 'tong-hop.xlsx'));
    expect(book.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Phường 2', 'Phường 10']);
    const summary = book.worksheets[0]!;
    // Row 4: target names over their two columns; row 5: the header; rows 6, 7: the wards.
    const groups = summary.getRow(4).values as (string | undefined)[];
    const budgetCol = groups.indexOf('Thu ngân sách Nhà nước');
    expect(budgetCol).toBeGreaterThan(5);
    expect(summary.model.merges).toContain(`${summary.getColumn(budgetCol).letter}4:${summary.getColumn(budgetCol + 1).letter}4`);
    for (const [row, sheet] of [[6, 'Phường 2'], [7, 'Phường 10']] as const) {
      expect(summary.getRow(row).getCell(2).value).toBe(sheet);
      const ward = book.getWorksheet(sheet)!;
      let budget: ExcelJS.Row | undefined;
      let achieved = 0;
      let targets = 0;
      // Columns by their header (row 4), as columns come and go with the report.
      const header = ward.getRow(4).values as unknown[];
      const verdictCol = header.indexOf('Đánh giá');
      const actualCol = header.indexOf('Thực hiện');
      expect(Math.min(verdictCol, actualCol)).toBeGreaterThan(0);
      ward.eachRow((line, i) => {
        if (i <= 4 || typeof line.getCell(1).value !== 'number') return;
        targets += 1;
        if (/^(Đạt|Vượt)/.test(String(line.getCell(verdictCol).value))) achieved += 1;
        if (line.getCell(2).value === 'Thu ngân sách Nhà nước') budget = line;
      });
      const actual = summary.getRow(row).getCell(budgetCol).value;
      expect(typeof actual).toBe('number');
      expect(actual).toBe(budget!.getCell(actualCol).value);
      expect(summary.getRow(row).getCell(3).value).toBe(targets);
      expect(summary.getRow(row).getCell(4).value).toBe(achieved);
    }
  });

  it('html: the ward matrix (a row per ward) and every ward’s targets, self-contained', async () => {
    const r = await run(['--format', 'html', '--out', 'tong-hop.html']);
    expect(r.code).toBe(0);
    const html = readFileSync(join(root, 'tong-hop.html'), 'utf8');
    const matrix = /<table class="sortable matrix">[\s\S]*?<\/table>/.exec(html)![0];
    expect([...matrix.matchAll(/<tbody>|<tr>/g)].length).toBe(1 + 1 + 2);
    expect(matrix).toContain('Phường 2');
    expect(matrix).toContain('Phường 10');
    expect([...html.matchAll(/<section class="plan-dashboard" data-ward="([^"]+)"/g)].map((m) => m[1])).toEqual(['Phường 2', 'Phường 10']);
    expect(html).not.toMatch(/\b(?:src|href)=["']?(?:https?:)?\/\//i);
    expect(existsSync(join(root, 'tong-hop.html'))).toBe(true);
  });
});
