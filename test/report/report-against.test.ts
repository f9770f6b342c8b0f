import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { bodyParagraphs, docxParts, tables } from '../helpers/docx-xml.js';
import { EXAMPLE_PLANS } from '../helpers/plan-fixture.js';

/**
 * `plan report --against SOURCE`, as on `plan status` (issue 11, item 7): the shipped plan with the
 * ward council's budget beside the plan's own (6.800 from 27/12/2023, amended to 7.000 on 10/07/2024).
 * The yearly figure 6.790: 104,46 % of the plan's 6.500, 97,0 % of the council's 7.000; 6.790 ÷ 6.350
 * (2023) = 106,9 % "cùng kỳ".
 */
function twoPlans(): string {
  const root = mkdtempSync(join(tmpdir(), 'plan-report-against-'));
  cpSync(join(EXAMPLE_PLANS, '2024'), join(root, '2024'), { recursive: true });
  cpSync(join(EXAMPLE_PLANS, 'plan.schema.json'), join(root, 'plan.schema.json'));
  const file = join(root, '2024', 'targets.yaml');
  const anchor = '      assignedBy: "UBND thành phố Tây Ninh"\n';
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(anchor);
  writeFileSync(
    file,
    text.replace(
      anchor,
      `${anchor}    figures:\n      - { source: hdnd, label: "dự toán phường giao", value: 6800, document: "10/NQ-HĐND", date: 2023-12-27 }\n      - { source: hdnd, label: "dự toán phường giao", value: 7000, document: "15/NQ-HĐND", date: 2024-07-10 }\n`,
    ),
  );
  return root;
}

const budgetSentence = (paras: string[]) => paras.find((p) => p.startsWith('- Thu ngân sách Nhà nước đạt'));

describe('plan report --against', { timeout: 60_000 }, () => {
  it('the sentence gives the share of each plan; --against judges on the named one, as plan status does', async () => {
    const root = twoPlans();
    const own = await runCli(['report', '2024', '--period', '2024', '--out', 'own.docx'], { cwd: root });
    expect(own.code).toBe(0);
    expect(budgetSentence(bodyParagraphs((await docxParts(join(root, 'own.docx'))).document))).toBe(
      '- Thu ngân sách Nhà nước đạt 6.790 triệu đồng, đạt 104,5% dự toán, 97% dự toán phường giao, tăng 6,9% so với cùng kỳ; vượt kế hoạch.',
    );
    const hdnd = await runCli(['report', '2024', '--period', '2024', '--against', 'hdnd', '--out', 'hdnd.docx'], { cwd: root });
    expect(hdnd.code).toBe(0);
    const xml = (await docxParts(join(root, 'hdnd.docx'))).document;
    expect(budgetSentence(bodyParagraphs(xml))).toBe(
      '- Thu ngân sách Nhà nước đạt 6.790 triệu đồng, đạt 97% dự toán phường giao, 104,5% dự toán, tăng 6,9% so với cùng kỳ; không đạt kế hoạch.',
    );
    // The appendix: the council's figure in the Kế hoạch column, the plan's own as a note; the
    // ratio and verdict on 7.000, as `plan status --against hdnd` has them.
    const status = JSON.parse((await runCli(['status', '2024', '--period', '2024', '--against', 'hdnd', '--format', 'json'], { cwd: root })).stdout);
    const row = status.targets.find((t: { id: string }) => t.id === 'thu-ngan-sach');
    expect(row).toMatchObject({ planned: 7000, verdict: 'missed' });
    const budget = tables(xml)[2]!.find((r) => r[1] === 'Thu ngân sách Nhà nước')!;
    // Pace on the year is the core's own (as in the JSON); the stretch "tăng 3–5%" is judged on it too.
    expect(budget.slice(3, 9)).toEqual(['7.000 / phấn đấu: tăng 3–5% / KH đầu năm: 6.800 / kế hoạch: 6.500', '6.790', '97', '106,9', 'Đạt', 'Không đạt / phấn đấu: không đạt']);
    expect(row.pace).toMatchObject({ status: 'on-track' });
  });

  it('the .xlsx of --against holds the same plan figure and ratio', async () => {
    const root = twoPlans();
    const r = await runCli(['report', '2024', '--period', '2024', '--against', 'hdnd', '--format', 'xlsx', '--out', 'bc.xlsx'], { cwd: root });
    expect(r.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(root, 'bc.xlsx'));
    const ws = book.worksheets[0]!;
    const header = ws.getRow(4).values as unknown[];
    let budget: ExcelJS.Row | undefined;
    ws.eachRow((row) => {
      if (row.getCell(2).value === 'Thu ngân sách Nhà nước') budget = row;
    });
    expect(budget!.getCell(header.indexOf('Kế hoạch năm (số)')).value).toBe(7000);
    expect(budget!.getCell(header.indexOf('So với KH (%)')).value).toBeCloseTo(6790 / 7000, 12);
  });
});
