import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { EXAMPLE_PLANS } from '../helpers/plan-fixture.js';

/** `plan report --format xlsx` on the shipped plan at 2024-H1, read back with exceljs. */
let ws: ExcelJS.Worksheet;
let book: ExcelJS.Workbook;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-xlsx-'));
  const r = await runCli(['report', join(EXAMPLE_PLANS, '2024'), '--period', '2024-H1', '--format', 'xlsx', '--out', 'bc.xlsx'], { cwd: dir });
  expect(r.code).toBe(0);
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, 'bc.xlsx'));
  ws = book.worksheets[0]!;
}, 60_000);

/** The row whose "Chỉ tiêu" cell (column B) is `name`. */
function rowOf(name: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    if (row.getCell(2).value === name) found = row;
  });
  if (!found) throw new Error(`no row for ${name}`);
  return found;
}

describe('the .xlsx of one plan', () => {
  it('one sheet named after the ward; title, window and banner above a frozen header', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual(['Phường 1']);
    expect(ws.getCell('A2').value).toBe('Kỳ báo cáo 2024-H1 (15/12/2023 - 14/06/2024). Số liệu đến ngày 14/06/2024');
    expect(ws.getCell('A3').value).toBe('Số liệu minh họa, không phải số liệu thật.');
    expect(ws.getRow(4).values).toEqual([
      undefined,
      'TT',
      'Chỉ tiêu',
      'ĐVT',
      'Kế hoạch năm',
      'Kế hoạch năm (số)',
      'Kế hoạch đến nay',
      'Thực hiện',
      'So với KH (%)',
      'So với cùng kỳ (%)',
      'Đánh giá',
    ]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
  });

  it('section rows are merged across the table', () => {
    expect(ws.getCell('A5').value).toBe('II.1. Kinh tế');
    expect(ws.model.merges).toContain('A5:J5');
  });

  it('figures are numbers with the decimals the table shows; ratios are fractions in percent format', () => {
    const budget = rowOf('Thu ngân sách Nhà nước');
    expect(budget.getCell(1).value).toBe(1);
    expect(budget.getCell(4).value).toBe('6.500');
    expect(budget.getCell(5).value).toBe(6500);
    expect(budget.getCell(6).value).toBe(3250);
    expect(budget.getCell(7).value).toBe(3310);
    expect(budget.getCell(7).numFmt).toBe('#,##0');
    // 3.310 ÷ 6.500 and 3.310 ÷ 2.980, kept at full precision; the format shows one decimal.
    expect(budget.getCell(8).value).toBeCloseTo(3310 / 6500, 12);
    expect(budget.getCell(8).numFmt).toBe('0.0%');
    expect(budget.getCell(9).value).toBeCloseTo(3310 / 2980, 12);
    expect(budget.getCell(10).value).toBe('Vượt; phấn đấu: chưa');
    const bhyt = rowOf('Tỷ lệ người tham gia bảo hiểm y tế toàn dân');
    expect(bhyt.getCell(4).value).toBe('> 95');
    expect(bhyt.getCell(7).value).toBe(93.4);
    expect(bhyt.getCell(7).numFmt).toBe('#,##0.0');
    const stunting = rowOf('Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi');
    expect(stunting.getCell(7).value).toBe(11.52);
    expect(stunting.getCell(7).numFmt).toBe('#,##0.00');
  });

  it('a target without a figure has empty cells, not zeros; its verdict says so', () => {
    const water = rowOf('Tỷ lệ hộ sử dụng nước sạch, hợp vệ sinh');
    expect(water.getCell(7).value).toBeNull();
    expect(water.getCell(8).value).toBeNull();
    expect(water.getCell(10).value).toBe('Chưa có số liệu');
  });

  it('12 target rows, as in plan status', () => {
    let n = 0;
    ws.eachRow((row, i) => {
      if (i > 4 && typeof row.getCell(1).value === 'number') n += 1;
    });
    expect(n).toBe(12);
  });
});
