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

/** The column (1-based) headed `label` in the header row (row 4): columns come and go with the report. */
function col(label: string): number {
  const i = (ws.getRow(4).values as unknown[]).indexOf(label);
  if (i < 1) throw new Error(`no column ${label}`);
  return i;
}

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
      'Thực hiện',
      'So với KH (%)',
      'So với cùng kỳ (%)',
      'Tiến độ',
      'Đánh giá',
      'Ghi chú',
    ]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
  });

  it('section rows are merged across the table', () => {
    expect(ws.getCell('A5').value).toBe('II.1. Kinh tế');
    expect(ws.model.merges).toContain('A5:K5');
  });

  it('figures are numbers with the decimals the table shows; ratios are fractions in percent format', () => {
    const budget = rowOf('Thu ngân sách Nhà nước');
    expect(budget.getCell(col('TT')).value).toBe(1);
    // The plan cell as the docx writes it (figure, stretch goal), and the figure it stands for beside it.
    expect(budget.getCell(col('Kế hoạch năm')).value).toBe('6.500\nphấn đấu: tăng 3–5%');
    expect(budget.getCell(col('Kế hoạch năm (số)')).value).toBe(6500);
    expect(budget.getCell(col('Thực hiện')).value).toBe(3310);
    expect(budget.getCell(col('Thực hiện')).numFmt).toBe('#,##0');
    // 3.310 ÷ 6.500 and 3.310 ÷ 2.980, kept at full precision; the format shows one decimal.
    expect(budget.getCell(col('So với KH (%)')).value).toBeCloseTo(3310 / 6500, 12);
    expect(budget.getCell(col('So với KH (%)')).numFmt).toBe('0.0%');
    expect(budget.getCell(col('So với cùng kỳ (%)')).value).toBeCloseTo(3310 / 2980, 12);
    // Mid-year a sum is not yet met (issue 11: pace is judged apart, never mixed into the verdict).
    expect(budget.getCell(col('Đánh giá')).value).toBe('Chưa đạt; phấn đấu: chưa');
    expect(budget.getCell(col('Tiến độ')).value).toBe('Đạt');
    // The two-line plan cell wraps within a taller row rather than spilling over the next one.
    expect(budget.getCell(col('Kế hoạch năm')).alignment.wrapText).toBe(true);
    expect(budget.height).toBeGreaterThanOrEqual(30);
    expect(rowOf('Tỷ lệ thu gom rác').height ?? 15).toBe(15);
    const bhyt = rowOf('Tỷ lệ người tham gia bảo hiểm y tế toàn dân');
    expect(bhyt.getCell(col('Kế hoạch năm')).value).toBe('> 95');
    expect(bhyt.getCell(col('Thực hiện')).value).toBe(93.4);
    expect(bhyt.getCell(col('Thực hiện')).numFmt).toBe('#,##0.0');
    const stunting = rowOf('Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi');
    expect(stunting.getCell(col('Thực hiện')).value).toBe(11.52);
    expect(stunting.getCell(col('Thực hiện')).numFmt).toBe('#,##0.00');
  });

  it('the docx table\'s columns and cells, from the same model: the change, the stale date, the note', () => {
    // Tiến độ and Ghi chú as in the báo cáo's appendix (test/report/docx.test.ts).
    const nearPoor = rowOf('Số hộ cận nghèo');
    // "giảm 1 (13)": the change (a number that adds up) with the level and words in its format.
    expect(nearPoor.getCell(col('Thực hiện')).value).toBe(1);
    expect(nearPoor.getCell(col('Thực hiện')).numFmt).toBe('"giảm "#,##0" (13)"');
    expect(nearPoor.getCell(col('So với KH (%)')).value).toBeCloseTo(0.5, 12);
    expect(nearPoor.getCell(col('Tiến độ')).value).toBeNull();
    expect(nearPoor.getCell(col('Ghi chú')).value).toBe('Rà soát giữa năm: 1 hộ thoát cận nghèo.');
    const recruits = rowOf('Số công dân nhập ngũ');
    expect(recruits.getCell(col('Thực hiện')).value).toBe(9);
    expect(recruits.getCell(col('Thực hiện')).numFmt).toBe('#,##0" (26/02)"');
    expect(recruits.getCell(col('Ghi chú')).value).toBe('Giao quân đợt tháng 2/2024.');
  });

  it('a target without a figure has empty cells, not zeros; its verdict says so', () => {
    const water = rowOf('Tỷ lệ hộ sử dụng nước sạch, hợp vệ sinh');
    expect(water.getCell(col('Thực hiện')).value).toBeNull();
    expect(water.getCell(col('So với KH (%)')).value).toBeNull();
    expect(water.getCell(col('Đánh giá')).value).toBe('Chưa có số liệu');
  });

  it('12 target rows, as in plan status', () => {
    let n = 0;
    ws.eachRow((row, i) => {
      if (i > 4 && typeof row.getCell(1).value === 'number') n += 1;
    });
    expect(n).toBe(12);
  });
});
