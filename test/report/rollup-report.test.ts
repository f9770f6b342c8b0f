import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateWardList } from '../bench/generate.mjs';
import { runCli } from '../helpers/cli.js';
import { bodyParagraphs, docxParts, tables } from '../helpers/docx-xml.js';

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

  it('docx --combined: one district báo cáo, a row per ward in Biểu 1 and per ward under each shared target in Biểu 2', async () => {
    const r = await run(['--format', 'docx', '--combined']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Đã ghi bao-cao-tong-hop-2024-H1.docx');
    const xml = (await docxParts(join(root, 'bao-cao-tong-hop-2024-H1.docx'))).document;
    const paras = bodyParagraphs(xml);
    expect(paras).toContain('BÁO CÁO');
    expect(paras).toContain('Tổng hợp kết quả thực hiện các chỉ tiêu chủ yếu của 2 phường, xã 6 tháng đầu năm 2024; phương hướng, nhiệm vụ 6 tháng cuối năm 2024');
    // The generated wards name no parent body: the issuer is left for the office to fill in.
    expect(tables(xml)[0]![0]![0]).toBe('………………………………');
    // Each ward's line and its Biểu 1 row come from its own report (the same as plan status PATH).
    const status = JSON.parse((await runCli(['status', 'wards', '--period', '2024-H1', '--format', 'json'], { cwd: root })).stdout);
    const wards: { ward: string; targets: number; achieved: number; counts: Record<string, number> }[] = status.rollup.wards;
    const biểu1 = tables(xml)[2]!;
    expect(biểu1[0]).toEqual(['TT', 'Phường, xã', 'Kế hoạch số', 'Số chỉ tiêu', 'Đạt, vượt', 'Chưa đạt', 'Không đạt', 'Chưa có số liệu, chỉ tiêu', 'Nhiệm vụ quá hạn', 'Chậm báo cáo định kỳ']);
    expect(biểu1.slice(1, -1).map((row) => row[1])).toEqual(wards.map((w) => w.ward));
    for (const [i, w] of wards.entries()) {
      const row = biểu1[i + 1]!;
      expect(row.slice(3, 7).map(Number)).toEqual([w.targets, w.achieved, w.counts['not-yet'], w.counts.missed]);
      expect(paras.find((p) => p.startsWith(`- ${w.ward}: trong ${w.targets} chỉ tiêu chủ yếu`))).toBeDefined();
    }
    expect(biểu1.at(-1)![1]).toBe('Tổng cộng');
    expect(Number(biểu1.at(-1)![3])).toBe(wards.reduce((n, w) => n + w.targets, 0));
    // Biểu 2: a group row per shared target, then a row per ward with the báo cáo appendix's columns.
    const biểu2 = tables(xml)[3]!;
    expect(biểu2[0]).toEqual(['TT', 'Phường, xã', 'ĐVT', 'Kế hoạch năm', 'Thực hiện', 'So với KH (%)', 'So với cùng kỳ (%)', 'Tiến độ', 'Đánh giá', 'Ghi chú']);
    const budget = biểu2.findIndex((row) => /^\d+\. Thu ngân sách Nhà nước$/.test(row[0]!));
    expect(biểu2.slice(budget + 1, budget + 3).map((row) => row[1])).toEqual(['Phường 2', 'Phường 10']);
    const shared = status.rollup.targets.find((t: { name: string }) => t.name === 'Thu ngân sách Nhà nước');
    for (const f of shared.figures) {
      const row = biểu2.slice(budget + 1, budget + 3).find((x) => x[1] === f.ward)!;
      expect(row[4]).toBe(new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(f.actual));
    }
    expect(paras.filter((p) => p.startsWith('- Thu ngân sách Nhà nước (triệu đồng): đạt, vượt '))).toHaveLength(1);
  });

  it('--combined needs two plans or more', async () => {
    const r = await runCli(['report', join('wards', '00002'), '--period', '2024-H1', '--combined'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--combined');
  });

  it('--init --combined writes the district narrative in the wards\' common folder; its words go into the combined báo cáo', async () => {
    const init = await run(['--combined', '--init']);
    expect(init.code).toBe(0);
    const file = join(root, 'wards', 'reports', 'tong-hop-2024-H1.md');
    const draft = readFileSync(file, 'utf8');
    expect(draft).toContain('## III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024');
    writeFileSync(file, `${draft}\n## IV. KIẾN NGHỊ, ĐỀ XUẤT\n\nĐề nghị UBND tỉnh bổ sung kinh phí cho hai phường.\n`);
    const r = await run(['--format', 'docx', '--combined', '--out', 'tong-hop-loi-van.docx']);
    expect(r.code).toBe(0);
    const paras = bodyParagraphs((await docxParts(join(root, 'tong-hop-loi-van.docx'))).document);
    expect(paras.indexOf('Đề nghị UBND tỉnh bổ sung kinh phí cho hai phường.')).toBeGreaterThan(paras.indexOf('IV. KIẾN NGHỊ, ĐỀ XUẤT'));
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
