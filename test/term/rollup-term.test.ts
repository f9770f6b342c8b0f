/**
 * A rollup of term plans (issue 13): several ward folders, some of them term plans (plan.term), in
 * one `plan status` or `plan report`. Every plan is reported in its own window, as a rollup of yearly
 * plans of different years always was: a term plan's yearly targets in the year of --period or
 * --as-of (kept inside its term), its term targets over the term, a yearly plan in its year. The
 * window line says which when the plans' spans differ; a shared target's plan text ends with its span.
 * Wards: test/term/son-lang and test/term/phu-binh (nhiệm kỳ 2020-2025, figures illustrative), the
 * shipped plans/2024 (Phường 1, a yearly plan). UPDATE_GOLDEN=1 rewrites the goldens; read them.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { goldenIn } from '../helpers/golden.js';
import { docxParts, textDump } from '../helpers/docx-xml.js';
import { EXAMPLE_PLANS } from '../helpers/plan-fixture.js';

const golden = goldenIn(resolve(import.meta.dirname, '../golden'));
let root = '';

beforeAll(() => {
  // Folders named as a district gathers them: wards/<ward>.
  root = mkdtempSync(join(tmpdir(), 'plan-term-rollup-'));
  cpSync(resolve(import.meta.dirname, 'son-lang'), join(root, 'wards/son-lang'), { recursive: true });
  cpSync(resolve(import.meta.dirname, 'phu-binh'), join(root, 'wards/phu-binh'), { recursive: true });
  cpSync(join(EXAMPLE_PLANS, '2024'), join(root, 'yearly/phuong-1'), { recursive: true });
  // A ward of the next term (2026-2030), no figures yet: its yearly targets are judged in 2026 at the earliest.
  cpSync(resolve(import.meta.dirname, 'phu-binh'), join(root, 'next/xa-moi'), { recursive: true });
  rmSync(join(root, 'next/xa-moi/progress'), { recursive: true });
  const plan = join(root, 'next/xa-moi/plan.yaml');
  writeFileSync(
    plan,
    readFileSync(plan, 'utf8')
      .replace('id: nq-dh-phu-binh-2020-2025', 'id: nq-dh-xa-moi-2025-2030')
      .replace('place: "Phú Bình"', 'place: "Xã Mới"')
      .replace('issued: 2020-06-30', 'issued: 2025-08-15')
      .replace('start: 2021\n    end: 2025\n    name: "nhiệm kỳ 2020-2025"', 'start: 2026\n    end: 2030\n    name: "nhiệm kỳ 2025-2030"'),
  );
}, 60_000);

const run = (argv: string[], columns = 120) => runCli(argv, { cwd: root, columns, env: { NO_COLOR: '1' } });
/** stderr but the illustrative notice, which a table prints on stdout and CSV on stderr. */
const problems = (stderr: string) => stderr.replace(/^plan: Số liệu minh họa.*\n/m, '');

const TERM_2023 = 'Kế hoạch nhiệm kỳ 2020-2025 (2021-2025): chỉ tiêu hằng năm tính cho năm 2023, chỉ tiêu cả nhiệm kỳ tính đến năm 2025.';

interface Case {
  name: string;
  argv: string[];
  /** The markdown's window line. */
  window: string;
  /**
   * Per plan in the rollup's ward order: the ward, the year its yearly targets are judged in (a
   * yearly plan: the year of its window, which --period of another year moves, with a warning), its
   * targets met or exceeded, its targets.
   */
  wards: [ward: string, year: number, achieved: number, targets: number][];
  /** The shared health-insurance target (bhyt), per ward: plan text and verdict. */
  bhyt: [ward: string, planText: string, verdict: string][];
  /** Besides the illustrative notice. */
  stderr: string;
}

const CASES: Case[] = [
  {
    name: 'two term plans as of 14/12/2023: one term line; yearly targets of 2023, term targets by 2025',
    argv: ['--as-of', '2023-12-14', 'wards'],
    window: `Số liệu đến ngày 14/12/2023. ${TERM_2023}`,
    wards: [['Phú Bình', 2023, 2, 4], ['Sơn Lang', 2023, 8, 20]],
    bhyt: [['Phú Bình', '100 (đến năm 2025)', 'not-yet'], ['Sơn Lang', '≥ 90 (năm 2023)', 'exceeded']],
    stderr: '',
  },
  {
    name: 'two term plans, --period 2022: the yearly targets of 2022',
    argv: ['--period', '2022', 'wards'],
    window: 'Kỳ báo cáo 2022 (15/12/2021 - 14/12/2022, chốt số liệu theo Nghị định 09/2019/NĐ-CP). Số liệu đến ngày 14/12/2022. Kế hoạch nhiệm kỳ 2020-2025 (2021-2025): chỉ tiêu hằng năm tính cho năm 2022, chỉ tiêu cả nhiệm kỳ tính đến năm 2025.',
    wards: [['Phú Bình', 2022, 0, 4], ['Sơn Lang', 2022, 3, 20]],
    bhyt: [['Phú Bình', '100 (đến năm 2025)', 'not-yet'], ['Sơn Lang', '≥ 90 (năm 2022)', 'exceeded']],
    stderr: '',
  },
  {
    name: 'a term plan beside a yearly plan: each in its own window, the line names both',
    argv: ['--as-of', '2024-12-14', 'wards/son-lang', 'yearly/phuong-1'],
    window:
      'Số liệu đến ngày 14/12/2024. Kế hoạch năm 2024 của Phường 1. Kế hoạch nhiệm kỳ 2020-2025 (2021-2025) của Sơn Lang: chỉ tiêu hằng năm tính cho năm 2024, chỉ tiêu cả nhiệm kỳ tính đến năm 2025.',
    wards: [['Phường 1', 2024, 6, 12], ['Sơn Lang', 2024, 1, 20]],
    bhyt: [['Phường 1', '> 95', 'exceeded'], ['Sơn Lang', '≥ 90 (năm 2024)', 'no-data']],
    stderr: '',
  },
  {
    name: 'a term plan beside a yearly plan, --period 2023: both judged in 2023, the 2024 plan with the warning it always gave',
    argv: ['--period', '2023', 'wards/son-lang', 'yearly/phuong-1'],
    window:
      'Kỳ báo cáo 2023 (15/12/2022 - 14/12/2023, chốt số liệu theo Nghị định 09/2019/NĐ-CP). Số liệu đến ngày 14/12/2023. Kế hoạch năm 2024 của Phường 1. Kế hoạch nhiệm kỳ 2020-2025 (2021-2025) của Sơn Lang: chỉ tiêu hằng năm tính cho năm 2023, chỉ tiêu cả nhiệm kỳ tính đến năm 2025.',
    wards: [['Phường 1', 2023, 0, 12], ['Sơn Lang', 2023, 8, 20]],
    bhyt: [['Phường 1', '> 95', 'missed'], ['Sơn Lang', '≥ 90 (năm 2023)', 'exceeded']],
    stderr: 'plan: ⚠ Kỳ 2023 nằm ngoài kế hoạch 05/KH-UBND năm 2024: bảng chỉ tính chỉ tiêu của năm kế hoạch. Có phải ý bạn là --period 2024?\n',
  },
  {
    name: 'two term plans, the whole term (--period 2021-2025) as of 14/12/2023: the whole-term line once; yearly targets year by year',
    argv: ['--period', '2021-2025', '--as-of', '2023-12-14', 'wards'],
    window:
      'Kỳ báo cáo 2021-2025 (15/12/2020 - 14/12/2025, chốt số liệu theo Nghị định 09/2019/NĐ-CP). Số liệu đến ngày 14/12/2023. Báo cáo cả nhiệm kỳ 2020-2025 (2021-2025): chỉ tiêu cả nhiệm kỳ tính đến năm 2025, chỉ tiêu hằng năm tính từng năm 2021-2023.',
    wards: [['Phú Bình', 2023, 2, 4], ['Sơn Lang', 2023, 3, 20]],
    // Sơn Lang's 88,5 of 2021 missed "≥ 90 hằng năm": the years' verdict is Không đạt.
    bhyt: [['Phú Bình', '100 (đến năm 2025)', 'not-yet'], ['Sơn Lang', '≥ 90 (hằng năm)', 'missed']],
    stderr: '',
  },
  {
    name: 'two terms: the ward of the next term judges its yearly targets in 2026, its first year',
    argv: ['--as-of', '2023-12-14', 'wards/phu-binh', 'next/xa-moi'],
    window:
      'Số liệu đến ngày 14/12/2023. Kế hoạch nhiệm kỳ 2020-2025 (2021-2025) của Phú Bình: chỉ tiêu hằng năm tính cho năm 2023, chỉ tiêu cả nhiệm kỳ tính đến năm 2025. Kế hoạch nhiệm kỳ 2025-2030 (2026-2030) của Xã Mới: chỉ tiêu hằng năm tính cho năm 2026, chỉ tiêu cả nhiệm kỳ tính đến năm 2030.',
    wards: [['Phú Bình', 2023, 2, 4], ['Xã Mới', 2026, 0, 4]],
    bhyt: [['Phú Bình', '100 (đến năm 2025)', 'not-yet'], ['Xã Mới', '100 (đến năm 2030)', 'no-data']],
    stderr: '',
  },
];

interface Json {
  plans: { plan: { folder: string }; term?: { year: number }; targets: { id: string; window: { start: string } }[]; summary: { total: number; achieved: number } }[];
  rollup: { wards: { ward: string; plan: { folder: string }; achieved: number; targets: number }[]; targets: { ids: string[]; figures: { ward: string; planText: string; verdict: string }[] }[] };
}

describe('plan status over term plans: each plan in its own window', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const json = await run(['status', '--format', 'json', ...c.argv]);
      expect(json.code).toBe(0);
      const j = JSON.parse(json.stdout) as Json;
      const yearOf = (folder: string) => {
        const p = j.plans.find((x) => x.plan.folder === folder)!;
        return p.term?.year ?? Number(p.targets[0]!.window.start.slice(0, 4)) + 1;
      };
      expect(j.rollup.wards.map((w) => [w.ward, yearOf(w.plan.folder), w.achieved, w.targets])).toEqual(c.wards);
      // A ward's row in the rollup is its own report's summary.
      for (const w of j.rollup.wards) expect([w.achieved, w.targets]).toEqual((({ achieved, total }) => [achieved, total])(j.plans.find((p) => p.plan.folder === w.plan.folder)!.summary));
      const bhyt = j.rollup.targets.find((t) => t.ids.includes('bhyt'))!;
      expect(bhyt.figures.map((f) => [f.ward, f.planText, f.verdict])).toEqual(c.bhyt);

      const md = await run(['status', '--format', 'markdown', ...c.argv]);
      expect(md.code).toBe(0);
      expect(md.stdout.split('\n')[2]).toBe(c.window);
      expect(problems(md.stderr)).toBe(c.stderr);
    });
  }

  it('the whole term beside a yearly plan: refused, one usage error naming the yearly plan, exit 2, nothing on stdout', async () => {
    const r = await run(['status', '--period', '2021-2025', '--as-of', '2023-12-14', 'wards/son-lang', 'yearly/phuong-1']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'plan: lỗi: --period 2021-2025 là cả một nhiệm kỳ, nhưng kế hoạch 05/KH-UBND là kế hoạch năm 2024, không phải kế hoạch nhiệm kỳ (không có "term" trong plan.yaml).\n  = gợi ý: Kế hoạch năm: dùng --period 2024 (hoặc một kỳ trong năm: 2024-H1, 2024-9M).\n',
    );
  });

  it('plan overdue over two term plans: a row per ward', async () => {
    const r = await run(['overdue', '--as-of', '2023-12-14', '--format', 'json', 'wards']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { rollup: { wards: { ward: string; late: number }[] } };
    expect(j.rollup.wards.map((w) => [w.ward, w.late])).toEqual([['Phú Bình', 0], ['Sơn Lang', 0]]);
  });
});

describe('golden: the rollup of the two term plans as of 14/12/2023', () => {
  for (const [name, argv] of [
    ['term-rollup-status-2023-12-14.table.txt', ['status', '--as-of', '2023-12-14', 'wards']],
    ['term-rollup-status-2023-12-14.md', ['status', '--as-of', '2023-12-14', '--format', 'markdown', 'wards']],
    ['term-rollup-status-2023-12-14.json', ['status', '--as-of', '2023-12-14', '--format', 'json', 'wards']],
    ['term-rollup-status-2023-12-14.csv', ['status', '--as-of', '2023-12-14', '--format', 'csv', 'wards']],
  ] as const) {
    it(`plan ${argv.join(' ')} -> test/golden/${name}`, async () => {
      const r = await run([...argv]);
      expect(r.code).toBe(0);
      golden(name, r.stdout);
    });
  }
});

describe('plan report over term plans', { timeout: 60_000 }, () => {
  it('--combined docx: the appendices say the term and year, the plan column is "Kế hoạch" -> test/golden/term-rollup-report-2023.docx.txt', async () => {
    const r = await run(['report', 'wards', '--period', '2023', '--combined', '--format', 'docx', '--out', 'tong-hop.docx']);
    expect(problems(r.stderr)).toBe('Đã ghi tong-hop.docx\n');
    const dump = textDump((await docxParts(join(root, 'tong-hop.docx'))).document);
    expect(dump.split('\n').filter((l) => l.startsWith('Kỳ báo cáo 2023'))).toEqual(Array(2).fill(`Kỳ báo cáo 2023 (15/12/2022 - 14/12/2023). Số liệu đến ngày 14/12/2023. ${TERM_2023}`));
    expect(dump).toContain('| TT | Phường, xã | ĐVT | Kế hoạch | Thực hiện |');
    golden('term-rollup-report-2023.docx.txt', dump);
  });

  it('xlsx of a term plan beside a yearly plan: the summary sheet names each span, each ward\'s sheet its own', async () => {
    const r = await run(['report', 'wards/son-lang', 'yearly/phuong-1', '--period', '2024', '--format', 'xlsx', '--out', 'tong-hop.xlsx']);
    expect(r.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(root, 'tong-hop.xlsx'));
    expect(book.worksheets.map((s) => [s.name, s.getCell('A2').value])).toEqual([
      [
        'Tổng hợp',
        'Kỳ báo cáo 2024 (15/12/2023 - 14/12/2024). Số liệu đến ngày 14/12/2024. Kế hoạch năm 2024 của Phường 1. Kế hoạch nhiệm kỳ 2020-2025 (2021-2025) của Sơn Lang: chỉ tiêu hằng năm tính cho năm 2024, chỉ tiêu cả nhiệm kỳ tính đến năm 2025.',
      ],
      ['Phường 1', 'Kỳ báo cáo 2024 (15/12/2023 - 14/12/2024). Số liệu đến ngày 14/12/2024'],
      ['Sơn Lang', 'Kỳ báo cáo 2024 (15/12/2023 - 14/12/2024). Số liệu đến ngày 14/12/2024. Kế hoạch nhiệm kỳ 2020-2025 (2021-2025): chỉ tiêu hằng năm tính cho năm 2024, chỉ tiêu cả nhiệm kỳ tính đến năm 2025.'],
    ]);
  });

  it('html of two term plans: each ward\'s section says its term and year', async () => {
    const r = await run(['report', 'wards', '--period', '2023', '--format', 'html', '--out', 'tong-hop.html']);
    expect(r.code).toBe(0);
    const html = readFileSync(join(root, 'tong-hop.html'), 'utf8');
    const windows = [...html.matchAll(/<section class="plan-dashboard" data-ward="([^"]+)">[\s\S]*?<p class="window">([^<]*)<\/p>/g)].map((m) => [m[1], m[2]]);
    expect(windows).toEqual(['Phú Bình', 'Sơn Lang'].map((w) => [w, `Kỳ báo cáo 2023 (15/12/2022 - 14/12/2023). Số liệu đến ngày 14/12/2023. ${TERM_2023}`]));
  });
});
