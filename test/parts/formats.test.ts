/**
 * A total and its parts in every format (issue 13): the document carries a part's depth (Row.indent,
 * its total's + 1) and each renderer shows it its own way. Goldens on test/parts/tam-phuoc (the 2022
 * targets of xã Tam Phước: "tổng diện tích gieo trồng 772 ha, trong đó: + Lúa 507 ha + Màu và Cây
 * CNNN: 265 ha"; figures illustrative); then a part of a part, two levels in, checked format by
 * format. UPDATE_GOLDEN=1 rewrites the goldens; read every diff before committing.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/terminal/fit-columns.js';
import { runCli } from '../helpers/cli.js';
import { goldenIn } from '../helpers/golden.js';
import { docxParts, paragraphText } from '../helpers/docx-xml.js';
import { minimalPlan, writePlan } from '../helpers/plan-fixture.js';

const PLAN = resolve(import.meta.dirname, 'tam-phuoc');
const golden = goldenIn(resolve(import.meta.dirname, '../golden'));

/** A .docx's last table (the appendix), a row a line, cells by " | "; a name cell indented by N twips starts with "[ind N] ". */
function appendixDump(xml: string): string {
  const table = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].at(-1)![1]!;
  const rows = [...table.matchAll(/<w:tr[ >]([\s\S]*?)<\/w:tr>/g)].map((r) =>
    [...r[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => {
      const paras = [...c[1]!.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => p[0]);
      const ind = /<w:ind w:left="(\d+)"/.exec(paras[0] ?? '')?.[1];
      const text = paras.map(paragraphText).filter((x) => x !== '').join(' / ');
      return ind === undefined ? text : `[ind ${ind}] ${text}`;
    }),
  );
  return `${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`;
}

const cellText = (v: ExcelJS.CellValue): string =>
  v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(Math.round(v * 1e4) / 1e4) : String(v);

/** A sheet, a row a line, cells by " | " (a merged range once); a cell with an indent starts with "[indent N] ". */
function sheetDump(ws: ExcelJS.Worksheet): string {
  const out: string[] = [];
  ws.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (c) => {
      if (c.isMerged && c.master !== c) return;
      const indent = c.alignment?.indent;
      cells.push(`${indent ? `[indent ${indent}] ` : ''}${cellText(c.value)}`);
    });
    out.push(`| ${cells.join(' | ')} |`);
  });
  return `${out.join('\n')}\n`;
}

/** The dashboard's target table, a row a line. */
const htmlTableDump = (html: string): string => `${/<h3>Bảng chỉ tiêu<\/h3>(<div class="scroll"><table>[\s\S]*?<\/table><\/div>)/.exec(html)![1]!.replace(/<tr/g, '\n<tr')}\n`;

async function report(dir: string, format: 'docx' | 'xlsx' | 'html', cwd: string): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'plan-parts-'));
  const file = join(out, `bc.${format}`);
  const r = await runCli(['report', dir, '--period', '2022', '--format', format, '--out', file], { cwd });
  expect(r.code).toBe(0);
  return file;
}

describe('the Tam Phước plan: a total 772 ha with two parts', { timeout: 60_000 }, () => {
  it('validates: no errors, the placeholders of the header the page does not give are the only warnings', async () => {
    const r = await runCli(['validate', '--format', 'json', '--as-of', '2022-12-14', PLAN], { cwd: PLAN });
    const out = JSON.parse(r.stdout) as { errors: unknown[]; warnings: { code: string }[] };
    expect(out.errors).toEqual([]);
    expect(out.warnings.map((w) => w.code)).toEqual(['placeholder', 'placeholder', 'placeholder', 'placeholder']);
    expect(r.code).toBe(0);
  });

  for (const [name, argv, columns] of [
    ['parts-tam-phuoc-status.table.txt', ['status', '--as-of', '2022-12-14'], 120],
    ['parts-tam-phuoc-status.narrow.table.txt', ['status', '--as-of', '2022-12-14'], 60],
    ['parts-tam-phuoc-status.json', ['status', '--as-of', '2022-12-14', '--format', 'json'], 120],
    ['parts-tam-phuoc-status.csv', ['status', '--as-of', '2022-12-14', '--format', 'csv'], 120],
    ['parts-tam-phuoc-status.md', ['status', '--as-of', '2022-12-14', '--format', 'markdown'], 120],
  ] as const) {
    it(`plan ${argv.join(' ')} (${columns} columns) -> test/golden/${name}`, async () => {
      const r = await runCli([...argv, PLAN], { cwd: PLAN, columns, env: { NO_COLOR: '1' } });
      expect(r.code).toBe(0);
      golden(name, r.stdout);
    });
  }

  it('plan report --format docx: the appendix names a part 4 mm in (227 twips) -> test/golden/parts-tam-phuoc-report.docx.txt', async () => {
    const { document } = await docxParts(await report(PLAN, 'docx', PLAN));
    golden('parts-tam-phuoc-report.docx.txt', appendixDump(document));
  });

  it('plan report --format xlsx: a part\'s name cell has an indent of 1 -> test/golden/parts-tam-phuoc-report.xlsx.txt', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await report(PLAN, 'xlsx', PLAN));
    golden('parts-tam-phuoc-report.xlsx.txt', sheetDump(book.worksheets[0]!));
  });

  it('plan report --format html: a part\'s name cell is --indent:1 -> test/golden/parts-tam-phuoc-report.html.txt', async () => {
    golden('parts-tam-phuoc-report.html.txt', htmlTableDump(readFileSync(await report(PLAN, 'html', PLAN), 'utf8')));
  });
});

describe('a part of a part: two levels in, in every format', { timeout: 60_000 }, () => {
  // Long names, so that a narrow terminal wraps them.
  const NAMES = { tong: 'Tổng diện tích gieo trồng cây hằng năm', lua: 'Diện tích lúa nước cả năm', 'lua-chat-luong': 'Diện tích lúa chất lượng cao liên kết tiêu thụ' };
  let dir = '';
  beforeAll(() => {
    const files: Record<string, string | null> = minimalPlan();
    const target = (id: keyof typeof NAMES, partOf?: string) => `  - id: ${id}
    name: ${NAMES[id]}
    wording: ${NAMES[id]} đạt 100 ha.
    unit: ha
    section: "II.1"
    comparison: { kind: at-least, value: 100 }
    direction: higher
    accrual: level
    lead: vh-xh
${partOf === undefined ? '' : `    partOf: ${partOf}\n`}`;
    files['targets.yaml'] = `targets:\n${target('tong')}${target('lua-chat-luong', 'lua')}${target('lua', 'tong')}`;
    files['progress/bhyt.yaml'] = null;
    files['plan.yaml'] = files['plan.yaml']!.replace('year: 2024', 'year: 2022').replace('issued: 2024-01-19', 'issued: 2022-01-06');
    dir = writePlan(files);
  });

  // Each format's name cells of the three rows: total, part, part of the part.
  it.each([60, 80, 120])('the terminal (%i columns): two spaces a level before every line of the name, each line inside the width', async (columns) => {
    const r = await runCli(['status', dir, '--as-of', '2022-12-14'], { cwd: dir, columns });
    const lines = r.stdout.split('\n');
    const table = lines.filter((l) => l.startsWith('│') || l.startsWith('├') || l.startsWith('┌') || l.startsWith('└'));
    for (const l of table) expect(displayWidth(l)).toBeLessThanOrEqual(columns);
    // The name cells, row by row: each data row's lines of the second column (not the empty ones
    // where another column wraps further), up to the next rule.
    const rows: string[][] = [];
    for (const l of lines) {
      if (l.startsWith('├') || l.startsWith('└')) rows.push([]);
      else if (/^│ +\d* │/u.test(l) && rows.length > 0) {
        const name = l.split('│')[2]!.slice(1).trimEnd();
        if (name !== '') rows.at(-1)!.push(name);
      }
    }
    const named = rows.filter((r) => r.length > 0 && !/^(?:TT|II\.1)/u.test(r[0]!)).slice(0, 3);
    const depthOf = (line: string) => (line.length - line.trimStart().length) / 2;
    expect(named.map((r) => r.map(depthOf))).toEqual(named.map((r, i) => r.map(() => i)));
    expect(named.map((r) => r.map((l) => l.trim()).join(' '))).toEqual([NAMES.tong, `+ ${NAMES.lua}`, `+ ${NAMES['lua-chat-luong']}`]);
    if (columns === 60) expect(named[2]!.length).toBeGreaterThan(1);
  });

  it('csv: two spaces a level before the name, the header unchanged', async () => {
    const r = await runCli(['status', dir, '--as-of', '2022-12-14', '--format', 'csv'], { cwd: dir });
    const lines = r.stdout.split('\r\n');
    expect(lines[0]).toBe('TT,Lĩnh vực,Mã,Chỉ tiêu,ĐVT,Kế hoạch,Kế hoạch (số),Kế hoạch đến nay,Thực hiện,Ước,Ngày số liệu,Chênh lệch,Tỷ lệ KH (%),Cùng kỳ,Cùng kỳ (%),Đánh giá,Phấn đấu,Mã đánh giá,Chính thức,Tiến độ,Ghi chú');
    expect(lines.slice(1, 4).map((l) => l.split(',')[3])).toEqual([NAMES.tong, `  + ${NAMES.lua}`, `    + ${NAMES['lua-chat-luong']}`]);
  });

  it('json: partOf and depth on the parts only', async () => {
    const r = await runCli(['status', dir, '--as-of', '2022-12-14', '--format', 'json'], { cwd: dir });
    const json = JSON.parse(r.stdout) as { targets: Record<string, unknown>[] };
    expect(json.targets.map((t) => [t.id, t.partOf, t.depth])).toEqual([['tong', undefined, undefined], ['lua', 'tong', 1], ['lua-chat-luong', 'lua', 2]]);
  });

  it('markdown: an em space a level', async () => {
    const r = await runCli(['status', dir, '--as-of', '2022-12-14', '--format', 'markdown'], { cwd: dir });
    const names = r.stdout.split('\n').filter((l) => /^\| \d+ \|/u.test(l)).map((l) => l.split(' | ')[1]);
    expect(names).toEqual([NAMES.tong, `&emsp;+ ${NAMES.lua}`, `&emsp;&emsp;+ ${NAMES['lua-chat-luong']}`]);
  });

  it('docx: the name paragraphs 4 mm in a level (227, 454 twips), every line of the cell', async () => {
    const { document } = await docxParts(await report(dir, 'docx', dir));
    const names = appendixDump(document).split('\n').filter((l) => /^\| \d+ \|/u.test(l)).map((l) => l.split(' | ')[1]);
    expect(names).toEqual([NAMES.tong, `[ind 227] + ${NAMES.lua}`, `[ind 454] + ${NAMES['lua-chat-luong']}`]);
  });

  it('xlsx: the name cell\'s indent, a level each; the other cells none', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await report(dir, 'xlsx', dir));
    const ws = book.worksheets[0]!;
    const rows: [string, number | undefined, boolean][] = [];
    ws.eachRow((row) => {
      if (typeof row.getCell(1).value !== 'number') return;
      const others = [3, 4, 5].some((c) => row.getCell(c).alignment?.indent !== undefined);
      rows.push([cellText(row.getCell(2).value), row.getCell(2).alignment?.indent, others]);
    });
    expect(rows).toEqual([[NAMES.tong, undefined, false], [`+ ${NAMES.lua}`, 1, false], [`+ ${NAMES['lua-chat-luong']}`, 2, false]]);
  });

  it('html: the name cell\'s --indent, a level each, which the page\'s style turns into padding', async () => {
    const html = readFileSync(await report(dir, 'html', dir), 'utf8');
    const cells = [...htmlTableDump(html).matchAll(/<td class="name"([^>]*)>([^<]*)<\/td>/g)].map((m) => [m[1], m[2]]);
    expect(cells).toEqual([['', NAMES.tong], [' style="--indent:1"', `+ ${NAMES.lua}`], [' style="--indent:2"', `+ ${NAMES['lua-chat-luong']}`]]);
    expect(html).toContain('td.name{min-width:11em;padding-left:calc(6px + var(--indent,0)*1.5em)}');
  });
});
