import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { EXAMPLE_PLANS, minimalPlan, writePlan } from '../helpers/plan-fixture.js';

const REPO = resolve(EXAMPLE_PLANS, '..');
const run = (argv: string[], o: Partial<Parameters<typeof runCli>[1]> = {}) => runCli(argv, { cwd: REPO, columns: 120, ...o });
const json = async (argv: string[]) => {
  const r = await run([...argv, '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};
const ids = (report: { targets: { id: string }[] }) => report.targets.map((t) => t.id);

/** Display width of one terminal line: colours stripped, NFC, combining marks count 0. */
function width(line: string): number {
  let w = 0;
  for (const ch of line.replace(/\u001b\[[0-9;]*m/g, '').normalize('NFC')) if (!/\p{M}/u.test(ch)) w += 1;
  return w;
}

/** The tables of an output: runs of consecutive lines drawn with box characters. */
function tables(out: string): string[][] {
  const blocks: string[][] = [];
  let cur: string[] = [];
  for (const line of out.split('\n')) {
    if (/^(\u001b\[[0-9;]*m)*[┌│├└]/.test(line)) cur.push(line);
    else if (cur.length) {
      blocks.push(cur);
      cur = [];
    }
  }
  if (cur.length) blocks.push(cur);
  return blocks;
}

describe('plan status: filters', () => {
  it('--field by section id takes its subsections; by name too', async () => {
    expect(ids(await json(['status', '--as-of', '2024-12-14', '--field', 'II.1']))).toEqual(['thu-ngan-sach', 'nuoc-sach', 'thu-gom-rac']);
    expect(ids(await json(['status', '--as-of', '2024-12-14', '--field', 'II.3']))).toEqual(['hoa-giai', 'nhap-ngu']);
    expect(ids(await json(['status', '--as-of', '2024-12-14', '--field', 'quốc phòng']))).toEqual(['nhap-ngu']);
  });

  it('--unit keeps targets the unit leads or supports; the overdue list follows', async () => {
    const r = await json(['status', '--as-of', '2024-12-14', '--unit', 'tc-kt']);
    expect(ids(r)).toEqual(['thu-ngan-sach']);
    const support = await json(['status', '--as-of', '2024-12-14', '--unit', 'hoi-lhpn']);
    expect(ids(support)).toEqual(['suy-dinh-duong', 'ho-can-ngheo']);
    expect(r.summary.total).toBe(1);
  });

  it('--target is repeatable and takes comma lists; rows are renumbered', async () => {
    const r = await json(['status', '--as-of', '2024-12-14', '--target', 'bhyt,hoa-giai', '--target', 'thu-ngan-sach']);
    expect(ids(r)).toEqual(['thu-ngan-sach', 'bhyt', 'hoa-giai']);
    expect(r.targets.map((t: { no: number }) => t.no)).toEqual([1, 2, 3]);
  });

  it('an unknown target is a usage error (exit 2) with "did you mean"', async () => {
    const r = await run(['status', '--as-of', '2024-12-14', '--target', 'bhytt']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('"bhytt"');
    expect(r.stderr).toContain('"bhyt"');
    const en = await run(['status', '--as-of', '2024-12-14', '--target', 'thu-ngan-sch', '--lang', 'en']);
    expect(en.stderr).toContain('Did you mean "thu-ngan-sach"?');
  });

  it('unknown unit and field are usage errors too', async () => {
    expect((await run(['status', '--as-of', '2024-12-14', '--unit', 'vh-hx'])).code).toBe(2);
    const f = await run(['status', '--as-of', '2024-12-14', '--field', 'II.9']);
    expect(f.code).toBe(2);
    expect(f.stderr).toContain('II.9');
  });
});

describe('plan status: periods', () => {
  it('--period follows Nghị định 09/2019 cut-offs and sets asOf to the period end', async () => {
    const r = await json(['status', '--period', '2024-Q2']);
    expect(r.period).toEqual({ code: '2024-Q2', start: '2024-03-15', end: '2024-06-14', convention: 'nd-09-2019' });
    expect(r.asOf).toBe('2024-06-14');
    const h1 = await json(['status', '--period', '2024-H1']);
    expect(h1.period).toMatchObject({ start: '2023-12-15', end: '2024-06-14' });
    const nine = await json(['status', '--period', '2024-9M']);
    expect(nine.period).toMatchObject({ start: '2023-12-15', end: '2024-09-14' });
  });

  it('--calendar uses calendar periods', async () => {
    const r = await json(['status', '--period', '2024-Q2', '--calendar']);
    expect(r.period).toEqual({ code: '2024-Q2', start: '2024-04-01', end: '2024-06-30', convention: 'calendar' });
    expect(r.asOf).toBe('2024-06-30');
  });

  it('--as-of with --period: the earlier of the two', async () => {
    expect((await json(['status', '--period', '2024-Q2', '--as-of', '2024-05-20'])).asOf).toBe('2024-05-20');
    expect((await json(['status', '--period', '2024-Q2', '--as-of', '2024-08-01'])).asOf).toBe('2024-06-14');
  });

  it('the cut-off reaches the table heading and the figures', async () => {
    const nd = await run(['status', '--period', '2024-06', '--overdue', '0']);
    expect(nd.stdout).toContain('Kỳ báo cáo 2024-06 (15/05/2024 - 14/06/2024');
    const cal = await run(['status', '--period', '2024-06', '--calendar', '--overdue', '0']);
    expect(cal.stdout).toContain('Kỳ báo cáo 2024-06 (01/06/2024 - 30/06/2024, theo lịch)');
    // Budget revenue in the H1 report: Chưa đạt against the year's 6.500; the pace, from 01/01 to the
    // figure's date 14/06 (166 of 366 days), is its own field (issue 11).
    const h1 = await json(['status', '--period', '2024-H1', '--target', 'thu-ngan-sach']);
    expect(h1.targets[0]).toMatchObject({ actual: 3310, expected: 2948.0874, verdict: 'not-yet', final: false, pace: { date: '2024-06-14', status: 'on-track' } });
    // The yearly report closes on 14/12: judged against the full figure.
    const year = await json(['status', '--period', '2024', '--target', 'thu-ngan-sach']);
    expect(year.targets[0]).toMatchObject({ actual: 6790, expected: 6198.0874, verdict: 'exceeded', final: true, ratio: 104.4615 });
  });

  it('a bad period is a usage error', async () => {
    const r = await run(['status', '--period', '2024-Q5']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2024-Q5');
  });
});

describe('plan status: content', () => {
  it('marks estimates "(ước)" and judges stretch goals', async () => {
    const r = await run(['status', '--as-of', '2024-11-14', '--overdue', '0'], { columns: 200 });
    expect(r.stdout).toContain('95,3 (ước)');
    expect(r.stdout).toContain('phấn đấu: tăng 3–5%');
    const en = await run(['status', '--as-of', '2024-11-14', '--overdue', '0', '--lang', 'en'], { columns: 200 });
    expect(en.stdout).toContain('95.3 (est.)');
    expect(en.stdout).toContain('stretch: increase 3–5%');
  });

  it('prints the illustrative banner above the table, and only for illustrative plans', async () => {
    const r = await run(['status', '--as-of', '2024-12-14']);
    const lines = r.stdout.split('\n');
    const banner = lines.findIndex((l) => l.includes('Số liệu minh họa, không phải số liệu thật'));
    expect(banner).toBeGreaterThanOrEqual(0);
    expect(banner).toBeLessThan(lines.findIndex((l) => l.startsWith('┌')));
    expect((await run(['status', '--as-of', '2024-12-14', '--lang', 'en'])).stdout).toContain('Illustrative figures, not real data');
    const dir = writePlan(minimalPlan());
    const real = await runCli(['status', '--as-of', '2024-12-14', dir], { cwd: dir, columns: 120 });
    expect(real.code).toBe(0);
    expect(real.stdout).not.toContain('minh họa');
    const realJson = JSON.parse((await runCli(['status', '--as-of', '2024-12-14', '--format', 'json', dir], { cwd: dir })).stdout);
    expect(realJson.illustrative).toBe(false);
  });

  it('summary counts exceeded as achieved; the overdue list is shortened', async () => {
    const r = await run(['status', '--as-of', '2024-12-14', '--overdue', '3']);
    // The year closed on 14/12 (Nghị định 09): the official wording of a closed window.
    expect(r.stdout.replace(/\n/g, ' ')).toContain('Đạt và vượt 6/12 chỉ tiêu (vượt 5); 2 không đạt; 1 chưa đạt; 3 chưa đánh giá được.');
    // Ongoing tasks are missed reports, one line by unit; no task is past a due date yet.
    expect(r.stdout).toContain('Không có nhiệm vụ quá hạn.');
    expect(r.stdout).toContain('Chậm báo cáo định kỳ: 33 nhiệm vụ');
    const june = await run(['status', '--as-of', '2024-06-14', '--overdue', '1']);
    expect(june.stdout).toMatch(/Đến nay đạt \d+\/12 chỉ tiêu/);
    expect((await run(['status', '--as-of', '2024-12-14', '--overdue', '0'])).stdout).not.toContain('quá hạn');
  });

  it('a plan with errors: the report of its valid part (the broken target left out), diagnostics on stderr, exit 1', async () => {
    const files = minimalPlan();
    files['targets.yaml'] = files['targets.yaml']!.replace('kind: above', 'kind: around');
    const dir = writePlan(files);
    for (const format of ['table', 'json', 'csv', 'markdown']) {
      const r = await runCli(['status', '--as-of', '2024-12-14', '--format', format, dir], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('targets.yaml');
      expect(r.stderr).toContain('Báo cáo chưa đủ');
      if (format === 'json') expect(JSON.parse(r.stdout)).toMatchObject({ partial: true, targets: [], gaps: { targets: ['bhyt'] } });
    }
  });

  it('never reads the clock with --period (today() would fail the test)', async () => {
    expect((await run(['status', '--period', '2024'])).code).toBe(0);
  });
});

describe('plan status: terminal', () => {
  const argv = ['status', '--as-of', '2024-12-14'];

  it('colours with FORCE_COLOR or a TTY, with bars; none with NO_COLOR, --no-color or when piped', async () => {
    const forced = await run(argv, { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(/\u001b\[/);
    expect(forced.stdout).toContain('█');
    const tty = await run(argv, { env: { NO_COLOR: undefined }, stdoutIsTTY: true });
    expect(tty.stdout).toMatch(/\u001b\[/);
    expect((await run(argv, { env: { NO_COLOR: '1' }, stdoutIsTTY: true })).stdout).not.toMatch(/\u001b\[/);
    const noColor = await run([...argv, '--no-color'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' }, stdoutIsTTY: true });
    expect(noColor.stdout).not.toMatch(/\u001b\[/);
    expect(noColor.stdout).not.toContain('█');
    const piped = await run(argv, { env: { NO_COLOR: undefined }, stdoutIsTTY: false });
    expect(piped.stdout).not.toMatch(/\u001b\[/);
    expect(piped.stdout).not.toContain('█');
  });

  for (const columns of [80, 100, 120, 160]) {
    for (const colour of [false, true]) {
      it(`every line of each table has the same display width (columns ${columns}, colour ${colour})`, async () => {
        const env = colour ? { NO_COLOR: undefined, FORCE_COLOR: '1' } : { NO_COLOR: '1' };
        const r = await run(argv, { columns, env });
        const blocks = tables(r.stdout);
        expect(blocks.length).toBe(1);
        for (const block of blocks) {
          const widths = new Set(block.map(width));
          expect([...widths]).toHaveLength(1);
          expect([...widths][0]!).toBeLessThanOrEqual(columns);
        }
        // The one-line overdue list below the table fits too.
        for (const line of r.stdout.split('\n')) expect(width(line), line).toBeLessThanOrEqual(columns);
      });
    }
  }

  it('lines up NFD Vietnamese text from plan files and never cuts words', async () => {
    const files = minimalPlan();
    const nfd = 'Tỷ lệ người tham gia bảo hiểm y tế toàn dân của phường'.normalize('NFD');
    files['targets.yaml'] = files['targets.yaml']!.replace('name: Tỷ lệ người tham gia bảo hiểm y tế', `name: "${nfd}"`);
    const dir = writePlan(files);
    const r = await runCli(['status', '--as-of', '2024-12-14', dir], { cwd: dir, columns: 60 });
    expect(r.code).toBe(0);
    for (const block of tables(r.stdout)) {
      expect(new Set(block.map(width)).size).toBe(1);
      expect(block.join('\n')).not.toContain('…');
    }
    expect(r.stdout.normalize('NFC')).toBe(r.stdout);
  });

  it('neutralises escape sequences from plan files', async () => {
    const files = minimalPlan();
    files['targets.yaml'] = files['targets.yaml']!.replace('name: Tỷ lệ người tham gia bảo hiểm y tế', 'name: "BHYT \\e]0;pwned\\a"');
    const dir = writePlan(files);
    const r = await runCli(['status', '--as-of', '2024-12-14', dir], { cwd: dir, columns: 120 });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\u001b]');
    expect(r.stdout).toContain('␛]0;pwned');
  });
});
