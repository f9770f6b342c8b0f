import { describe, expect, it } from 'vitest';
import { plannedText } from '../../src/document/plan-text.js';
import { reportPeriodWords } from '../../src/document/report-period-words.js';
import { targetSentence } from '../../src/document/report-sentences.js';
import { noteValue } from '../../src/document/target-cells.js';
import { normalizePeriod, statusOptionsFor } from '../../src/report/report-spec.js';
import { buildStatusReport } from '../../src/report/status-report.js';
import { matchTermPeriod } from '../../src/report/term-period.js';
import { overYears } from '../../src/report/term-years.js';
import type { Verdict } from '../../src/report/variance.js';
import { runCli } from '../helpers/cli.js';
import { EXAMPLE_PLANS } from '../helpers/plan-fixture.js';
import { TERM_TARGETS, targetsYaml, termPlan } from '../helpers/term-plan.js';

/**
 * The report of a whole term (`--period 2021-2025`, issue 13): term targets judged over the term as
 * of the date, yearly targets year by year (each year's figure against that year's plan figure) with
 * one verdict over the years (docs/quy-tac-danh-gia.md, "Báo cáo cả nhiệm kỳ"). Tables of cases:
 * the verdict over the years; target × date → the row's cells and each year's; the --period grammar
 * and its usage errors. Term 2021-2025 under Nghị định 09/2019 (a year 15/12 to 14/12).
 */

describe('the verdict over the years (table of cases)', () => {
  const CASES: [name: string, years: Verdict[], termClosed: boolean, verdict: Verdict, final: boolean][] = [
    ['every year met, the term open', ['met', 'exceeded', 'met'], false, 'met', false],
    ['every year exceeded, the term open: not "Vượt" before the end', ['exceeded', 'exceeded'], false, 'met', false],
    ['every year exceeded, the term closed', ['exceeded', 'exceeded', 'exceeded', 'exceeded', 'exceeded'], true, 'exceeded', true],
    ['met and exceeded, the term closed', ['met', 'exceeded', 'exceeded', 'exceeded', 'exceeded'], true, 'met', true],
    ['a year missed: "Không đạt", final even mid-term', ['exceeded', 'missed', 'met'], false, 'missed', true],
    ['this year not yet, earlier ones met', ['met', 'met', 'not-yet'], false, 'not-yet', false],
    ['a year missed and this year not yet: the missed one decides', ['missed', 'not-yet'], false, 'missed', true],
    ['years without a figure are left out of the judgement', ['no-data', 'met', 'no-data'], false, 'met', false],
    ['no year with a figure', ['no-data', 'no-data'], false, 'no-data', false],
    ['no year with a plan figure (assigned, not given)', ['no-target', 'no-target'], false, 'no-target', false],
    ['some without a plan figure, the rest without a figure', ['no-target', 'no-data'], false, 'no-data', false],
    ['a tracked figure stays tracked', ['tracked', 'tracked'], true, 'tracked', false],
  ];
  it.each(CASES)('%s', (_name, years, closed, verdict, final) => {
    expect(overYears(years.map((v) => ({ verdict: v })), closed)).toMatchObject({ verdict, final });
  });
  it('counts each kind of year', () => {
    expect(overYears(['met', 'exceeded', 'missed', 'not-yet', 'no-data', 'no-target'].map((v) => ({ verdict: v as Verdict })), false).counts).toEqual({
      years: 6,
      achieved: 2,
      exceeded: 1,
      missed: 1,
      notYet: 1,
      noData: 1,
      noTarget: 1,
    });
  });
});

const TARGETS = targetsYaml(`${TERM_TARGETS}- id: thu-ngan-sach
  name: Thu ngân sách trên địa bàn
  wording: Thu ngân sách trên địa bàn hằng năm đạt 1.000 triệu đồng.
  unit: triệu đồng
  comparison: { kind: at-least, value: 1000 }
  over: year
  direction: higher
  accrual: sum
  pace: even
  lead: vh-xh
- id: y-te
  name: Xã đạt chuẩn quốc gia về y tế
  wording: Duy trì xã đạt chuẩn quốc gia về y tế.
  unit: trạng thái
  comparison: { kind: state, goal: keep }
  over: year
  direction: higher
  accrual: level
  lead: vh-xh
`);
const ENTRIES = `illustrative: true
entries:
  - { target: bhyt, date: 2021-12-01, value: 89 }
  - { target: bhyt, date: 2022-12-01, value: 91 }
  - { target: bhyt, date: 2023-06-01, value: 91.5 }
  - { target: bhyt, date: 2023-12-01, value: 93 }
  - { target: bhyt, date: 2024-12-01, value: 90.5 }
  - { target: bhyt, date: 2025-12-01, value: 92 }
  - { target: thu-nhap, date: 2023-12-01, value: 50 }
  - { target: thu-nhap, date: 2025-12-01, value: 61 }
  - { target: von-dau-tu, date: 2023-06-30, value: 2300 }
  - { target: gia-tri-san-xuat, date: 2021-12-01, value: 117 }
  - { target: gia-tri-san-xuat, date: 2022-12-01, value: 135 }
  - { target: thu-ngan-sach, date: 2021-12-10, value: 1100 }
  - { target: thu-ngan-sach, date: 2022-12-10, value: 1200 }
  - { target: thu-ngan-sach, date: 2023-06-30, value: 450 }
  - { target: y-te, date: 2021-12-01, value: 1 }
  - { target: y-te, date: 2022-12-01, value: 1 }
`;

interface Case {
  id: string;
  asOf: string;
  /** The row: plan text | actual | verdict (final) | note; then each year: year plan actual verdict. */
  row: string;
  years: string[];
}

const n = (v: number | null) => (v === null ? '-' : String(Math.round(v * 100) / 100));
const CASES: Case[] = [
  // Mid-term (as of 14/06/2023): 2021 and 2022 closed, 2023 open; 2023's own figure 92 replaces 90.
  // 2021 was below 90: "hằng năm" was not kept, the term's verdict is "Không đạt" already (final).
  {
    id: 'bhyt',
    asOf: '2023-06-14',
    row: '≥ 90 (hằng năm) | - | missed final | Đạt 1/3 năm; không đạt năm 2021; chưa đạt năm 2023',
    years: ['2021 90 89 missed final', '2022 90 91 exceeded final', '2023 92 91.5 not-yet'],
  },
  // The term's end: every year shown, each closed.
  {
    id: 'bhyt',
    asOf: '2025-12-14',
    row: '≥ 90 (hằng năm) | - | missed final | Đạt 4/5 năm; không đạt năm 2021',
    years: ['2021 90 89 missed final', '2022 90 91 exceeded final', '2023 92 93 exceeded final', '2024 90 90.5 exceeded final', '2025 90 92 exceeded final'],
  },
  // After the term: the same report as at its end.
  {
    id: 'bhyt',
    asOf: '2026-03-01',
    row: '≥ 90 (hằng năm) | - | missed final | Đạt 4/5 năm; không đạt năm 2021',
    years: ['2021 90 89 missed final', '2022 90 91 exceeded final', '2023 92 93 exceeded final', '2024 90 90.5 exceeded final', '2025 90 92 exceeded final'],
  },
  // A term target is judged over the term as in any report: not yet mid-term, exceeded at the end.
  { id: 'thu-nhap', asOf: '2023-12-14', row: '≥ 60 (đến năm 2025) | 50 | not-yet | -', years: [] },
  { id: 'thu-nhap', asOf: '2025-12-14', row: '≥ 60 (đến năm 2025) | 61 | exceeded final | -', years: [] },
  // A term total keeps its pace over the term (5.000 × 911/1.826 by 30/06/2023).
  { id: 'von-dau-tu', asOf: '2023-06-30', row: '≥ 5.000 (cả kỳ 2021-2025) | 2300 | not-yet | -', years: [] },
  // A yearly average change, each year compounded from 2020: 116, 134,56, 156,09.
  {
    id: 'gia-tri-san-xuat',
    asOf: '2023-12-14',
    row: 'tăng bình quân 16%/năm (hằng năm) | - | met | Đạt 2/3 năm; chưa có số liệu năm 2023',
    years: ['2021 116 117 exceeded final', '2022 134.56 135 exceeded final', '2023 156.09 - no-data'],
  },
  // A yearly sum: each year its own budget year (01/01-31/12), its own pace.
  {
    id: 'thu-ngan-sach',
    asOf: '2023-06-30',
    row: '≥ 1.000 (hằng năm) | - | not-yet | Đạt 2/3 năm; chưa đạt năm 2023',
    years: ['2021 1000 1100 exceeded final', '2022 1000 1200 exceeded final', '2023 1000 450 not-yet'],
  },
  // A state kept every year: each year on that year's figure; the year without one is left out.
  {
    id: 'y-te',
    asOf: '2023-12-14',
    row: 'duy trì (hằng năm) | - | met | Đạt 2/3 năm; chưa có số liệu năm 2023',
    years: ['2021 1 1 met final', '2022 1 1 met final', '2023 1 - no-data'],
  },
];

describe('a whole-term report of a term plan (table of cases)', () => {
  const plan = termPlan(TARGETS, ENTRIES);
  const report = (asOf: string) => buildStatusReport(plan, { asOf, convention: 'nd-09-2019', period: '2021-2025' });

  it.each(CASES)('$id as of $asOf', (c) => {
    const row = report(c.asOf).targets.find((x) => x.id === c.id)!;
    const note = noteValue(row, 'vi');
    expect([plannedText(row, 'vi'), n(row.actual), `${row.verdict}${row.final ? ' final' : ''}`, note.kind === 'text' ? note.text : '-'].join(' | ')).toBe(c.row);
    expect((row.byYear ?? []).map((y) => `${y.year} ${n(y.planned.reference)} ${n(y.actual)} ${y.verdict}${y.final ? ' final' : ''}`)).toEqual(c.years);
    // The row's own figures are the years'; it has none of its own.
    if (row.byYear !== null) expect([row.variance, row.ratio, row.previous, row.ratioToPrevious, row.pace]).toEqual([null, null, null, null, null]);
  });

  it('a year of the whole term is the report of that year: the same judgement as --period 2022', () => {
    const year = buildStatusReport(plan, { asOf: '2022-12-14', convention: 'nd-09-2019', period: '2022' }).targets.find((x) => x.id === 'bhyt')!;
    const whole = report('2023-06-14').targets.find((x) => x.id === 'bhyt')!.byYear!.find((y) => y.year === 2022)!;
    for (const k of ['actual', 'variance', 'ratio', 'verdict', 'final', 'previous', 'ratioToPrevious'] as const) expect(whole[k]).toEqual(year[k]);
    expect(whole.window).toEqual(year.window);
  });

  it('the report says it is of the whole term; the summary counts the rows over the term', () => {
    const r = report('2023-06-14');
    expect(r.term).toEqual({ start: 2021, end: 2025, name: 'nhiệm kỳ 2020-2025', year: 2023, whole: true });
    expect(r.period).toEqual({ code: '2021-2025', start: '2020-12-15', end: '2025-12-14', convention: 'nd-09-2019' });
    expect(r.summary.closed).toBe(false);
    expect(report('2025-12-14').summary.closed).toBe(true);
    // A year's report of the same plan is as before: no years under the rows.
    const year = buildStatusReport(plan, { asOf: '2023-06-14', convention: 'nd-09-2019', period: '2023-H1' });
    expect(year.term?.whole).toBe(false);
    expect(year.targets.every((x) => x.byYear === null)).toBe(true);
  });

  it('calendar periods: the term runs 01/01/2021 to 31/12/2025, each year 01/01 to 31/12', () => {
    const r = buildStatusReport(plan, { asOf: '2023-06-14', convention: 'calendar', period: '2021-2025' });
    expect(r.period).toMatchObject({ start: '2021-01-01', end: '2025-12-31' });
    expect(r.targets.find((x) => x.id === 'bhyt')!.byYear!.map((y) => `${y.window.start}..${y.window.end}`)).toEqual(['2021-01-01..2021-12-31', '2022-01-01..2022-12-31', '2023-01-01..2023-12-31']);
  });

  it('the báo cáo words a yearly target year by year, and names the term and what follows it', () => {
    const r = report('2023-06-14');
    const words = (id: string) => targetSentence(r.targets.find((x) => x.id === id)!).map((x) => (x.kind === 'text' ? x.text : x.kind === 'value' && x.value.kind === 'number' ? String(x.value.value) : '')).join('');
    expect(words('bhyt')).toBe('Tỷ lệ tham gia bảo hiểm y tế (kế hoạch từ 90% trở lên hằng năm): năm 2021: 89%, không đạt; năm 2022: 91%, vượt; năm 2023: 91.5% (kế hoạch từ 92% trở lên), chưa đạt; đạt 1/3 năm; không đạt kế hoạch.');
    expect(words('y-te')).toBe('Xã đạt chuẩn quốc gia về y tế (kế hoạch duy trì hằng năm): năm 2021: đạt; năm 2022: đạt; năm 2023: chưa có số liệu; đạt 2/3 năm; đạt kế hoạch.');
    expect(reportPeriodWords(r)).toEqual({
      now: 'từ đầu nhiệm kỳ 2020-2025 đến ngày 14/06/2023',
      next: 'những năm còn lại của nhiệm kỳ 2020-2025',
      nextRange: { start: '2023-06-14', end: '2025-12-14' },
    });
    expect(reportPeriodWords(report('2025-12-14'))).toEqual({ now: 'nhiệm kỳ 2020-2025', next: 'nhiệm kỳ 2025-2030', nextRange: null });
    const unnamed = { ...report('2025-12-14'), term: { ...report('2025-12-14').term!, name: null } };
    expect(reportPeriodWords(unnamed)).toMatchObject({ now: 'giai đoạn 2021-2025', next: 'giai đoạn 2026-2030' });
  });
});

describe('--period of a whole term: the grammar and the plan it fits (table of cases)', () => {
  const term = { start: 2021, end: 2025, name: 'nhiệm kỳ 2020-2025' };
  const CASES: [code: string, header: { term?: typeof term; year?: number }, result: string][] = [
    ['2021-2025', { term }, 'ok 2021-2025'],
    // The term by its name's years ("nhiệm kỳ 2020-2025" holds the years 2021-2025).
    ['2020-2025', { term }, 'ok 2021-2025'],
    ['2021-2024', { term }, 'other-term'],
    ['2026-2030', { term }, 'other-term'],
    ['2021-2025', { term: { ...term, name: 'giai đoạn 2021-2025' } }, 'ok 2021-2025'],
    ['2020-2025', { term: { start: 2021, end: 2025 } as typeof term }, 'other-term'],
    ['2021-2025', { year: 2024 }, 'yearly-plan'],
    ['2024', { term }, 'not a term code'],
    ['2024-H1', { year: 2024 }, 'not a term code'],
  ];
  it.each(CASES)('%s on %j → %s', (code, header, result) => {
    const m = matchTermPeriod(header, code);
    expect(m === null ? 'not a term code' : m.ok ? `ok ${m.code}` : m.reason).toBe(result);
  });
  it.each([
    ['2021-2025', '2021-2025'],
    [' 2021-2025 ', '2021-2025'],
    ['2025-2021', null],
    ['2025-2025', null],
    ['2021-25', null],
    ['2021-2025-H1', null],
    ['2024-h1', '2024-H1'],
  ])('normalizePeriod(%j) = %j', (input, out) => expect(normalizePeriod(input)).toBe(out));

  it('the options of a plan take its own years for the term named by its name', () => {
    const plan = termPlan(TARGETS, ENTRIES);
    expect(statusOptionsFor(plan, { period: '2020-2025', calendar: false, filter: {} }, () => '2030-01-01')).toMatchObject({ period: '2021-2025', asOf: '2025-12-14' });
  });
});

describe('plan status and plan report: --period of a whole term on the command line', () => {
  const son = new URL('./son-lang', import.meta.url).pathname;
  it.each([
    [['status', `${EXAMPLE_PLANS}/2024`, '--period', '2021-2025'], 'lỗi: --period 2021-2025 là cả một nhiệm kỳ, nhưng kế hoạch 05/KH-UBND là kế hoạch năm 2024'],
    [['report', `${EXAMPLE_PLANS}/2024`, '--period', '2021-2025', '--format', 'docx', '--out', 'x.docx'], 'lỗi: --period 2021-2025 là cả một nhiệm kỳ'],
    [['status', son, '--period', '2021-2024'], 'lỗi: --period 2021-2024 không phải nhiệm kỳ của kế hoạch (chưa điền): kế hoạch là nhiệm kỳ 2020-2025 (các năm 2021-2025).'],
    [['status', son, '--period', '2021-2024', '--lang', 'en'], 'error: --period 2021-2024 is not the term of the plan (chưa điền): the plan is nhiệm kỳ 2020-2025 (the years 2021-2025).'],
  ])('plan %j: one usage error, exit 2, nothing printed', async (argv, message) => {
    const r = await runCli(argv, { cwd: son });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
    expect(r.stderr.match(/lỗi:|error:/g)).toHaveLength(1);
    expect(r.stderr).toMatch(/gợi ý: |hint: /);
  });

  it('the term named by its name reports as its years, in the table and the JSON', async () => {
    const r = await runCli(['status', son, '--period', '2020-2025', '--as-of', '2023-12-14', '--format', 'json'], { cwd: son });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { period: { code: string }; term: { whole: boolean } };
    expect(out.period.code).toBe('2021-2025');
    expect(out.term.whole).toBe(true);
    // No "outside the plan" warning: 2020 is the name's year, not a year of the period.
    expect(r.stderr).not.toMatch(/nằm ngoài/);
  });

  it('--help says the whole term, in Vietnamese and English', async () => {
    for (const [lang, words] of [['vi', 'cả nhiệm kỳ 2021-2025'], ['en', 'the whole term 2021-2025']] as const) {
      for (const cmd of ['status', 'report']) {
        const r = await runCli([cmd, '--help', '--lang', lang], { cwd: son, columns: 400 });
        expect(r.stdout.replace(/\s+/g, ' ')).toContain(words);
      }
    }
  });
});
